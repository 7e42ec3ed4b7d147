type WeekInfo = { weekend: number[] };
type LocaleWithWeekInfo = Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };

const cache = new Map<string, number[]>();

/**
 * The country's weekend as ISO weekdays (1 = Monday … 7 = Sunday), from CLDR through Intl:
 * Node 20 exposes `weekInfo` as a getter, newer Node `getWeekInfo()`. Saudi Arabia → [5, 6].
 */
export function weekendOf(country: string): number[] {
  const hit = cache.get(country);
  if (hit) return hit;
  let weekend = [6, 7];
  try {
    const locale = new Intl.Locale(`und-${country}`).maximize() as LocaleWithWeekInfo;
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    if (info?.weekend?.length) weekend = [...info.weekend].sort();
  } catch {
    // An unknown region keeps the Saturday–Sunday default.
  }
  cache.set(country, weekend);
  return weekend;
}
