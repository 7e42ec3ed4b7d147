import { getTimezone } from 'countries-and-timezones';
import { countryName } from './countries.ts';
import { zoneOffsetMinutes } from './format.ts';

/** The zone this browser runs in (the fallback when the profile names none). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// Chinese names of the cities IANA names zones after, for the business hubs our users sell to;
// CLDR has them but Intl does not expose them. Others fall back to the zone's generic name.
const ZH_CITIES: Record<string, string> = {
  Shanghai: '上海',
  Hong_Kong: '香港',
  Taipei: '台北',
  Macau: '澳门',
  Urumqi: '乌鲁木齐',
  Tokyo: '东京',
  Seoul: '首尔',
  Singapore: '新加坡',
  Bangkok: '曼谷',
  Ho_Chi_Minh: '胡志明市',
  Jakarta: '雅加达',
  Kuala_Lumpur: '吉隆坡',
  Manila: '马尼拉',
  Kolkata: '加尔各答',
  Karachi: '卡拉奇',
  Dhaka: '达卡',
  Dubai: '迪拜',
  Riyadh: '利雅得',
  Tehran: '德黑兰',
  Istanbul: '伊斯坦布尔',
  Moscow: '莫斯科',
  Almaty: '阿拉木图',
  Tashkent: '塔什干',
  Cairo: '开罗',
  Lagos: '拉各斯',
  Nairobi: '内罗毕',
  Johannesburg: '约翰内斯堡',
  Casablanca: '卡萨布兰卡',
  London: '伦敦',
  Paris: '巴黎',
  Berlin: '柏林',
  Madrid: '马德里',
  Rome: '罗马',
  Amsterdam: '阿姆斯特丹',
  Warsaw: '华沙',
  Sydney: '悉尼',
  Auckland: '奥克兰',
  New_York: '纽约',
  Chicago: '芝加哥',
  Denver: '丹佛',
  Los_Angeles: '洛杉矶',
  Toronto: '多伦多',
  Vancouver: '温哥华',
  Mexico_City: '墨西哥城',
  Bogota: '波哥大',
  Lima: '利马',
  Santiago: '圣地亚哥',
  Sao_Paulo: '圣保罗',
  Buenos_Aires: '布宜诺斯艾利斯',
};

const cityKey = (zone: string) => zone.split('/').pop() ?? zone;

/** "Sao Paulo" / "圣保罗" — the city a zone is named after; in Chinese only when known. */
export function zoneCity(zone: string, locale: string): string {
  const key = cityKey(zone);
  return (locale.startsWith('zh') ? ZH_CITIES[key] : undefined) ?? key.replaceAll('_', ' ');
}

function genericName(zone: string, locale: string) {
  try {
    return (
      new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
        .formatToParts(new Date())
        .find((p) => p.type === 'timeZoneName')?.value ?? zone
    );
  } catch {
    return zone;
  }
}

/**
 * How the UI names a clock: "Shanghai time" / "上海时间"; in Chinese, a city we have no name for
 * is named by the zone's own name ("中欧时间") rather than in Latin letters.
 */
export function zoneLabel(zone: string, locale: string): string {
  if (!locale.startsWith('zh')) return `${zoneCity(zone, locale)} time`;
  const city = ZH_CITIES[cityKey(zone)];
  return city ? `${city}时间` : genericName(zone, locale);
}

/** Hours the `theirs` clock is ahead of `mine` at an instant (negative: behind; 5.5 for India). */
export function hoursAhead(theirs: string, mine: string, at: Date): number {
  return (zoneOffsetMinutes(theirs, at) - zoneOffsetMinutes(mine, at)) / 60;
}

export interface ZoneOption {
  value: string;
  label: string;
  /** what the search box matches: the id, the city and country in both languages, the zone name */
  search: string;
}

const optionsCache = new Map<string, ZoneOption[]>();

/**
 * Every IANA zone for a picker, labelled in the reader's language and findable by city or
 * country. Offsets come from the zone table (standard time), not from one Intl formatter per
 * zone, which took seconds for 400 zones.
 */
export function timeZoneOptions(locale: string): ZoneOption[] {
  const cached = optionsCache.get(locale);
  if (cached) return cached;
  const options = Intl.supportedValuesOf('timeZone')
    .map((zone) => {
      const info = getTimezone(zone);
      const country = info?.countries[0];
      const label = [
        zoneCity(zone, locale),
        country ? countryName(country, locale) : '',
        info ? `UTC${info.utcOffsetStr}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      const search = [
        zone,
        label,
        zoneCity(zone, 'en'),
        zoneCity(zone, 'zh-CN'),
        country ? countryName(country, 'en') : '',
      ]
        .join(' ')
        .toLowerCase();
      return { value: zone, label, search };
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  optionsCache.set(locale, options);
  return options;
}
