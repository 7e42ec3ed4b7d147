/** ISO weekday (1 = Monday … 7 = Sunday) a week starts on for a locale, from CLDR through Intl. */
export function firstDayOfWeek(locale: string): number {
  try {
    const l = new Intl.Locale(locale).maximize() as Intl.Locale & {
      weekInfo?: { firstDay: number };
      getWeekInfo?: () => { firstDay: number };
    };
    const info = typeof l.getWeekInfo === 'function' ? l.getWeekInfo() : l.weekInfo;
    return info?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** The seven ISO weekdays in display order, starting on `firstDay`. */
export function weekOrder(firstDay: number): number[] {
  return Array.from({ length: 7 }, (_, i) => ((firstDay - 1 + i) % 7) + 1);
}

/** Short weekday names in the reader's language ("Mon" / "周一"), keyed by ISO weekday. */
export function weekdayNames(locale: string): Record<number, string> {
  const fmt = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Object.fromEntries(
    Array.from({ length: 7 }, (_, i) => [i + 1, fmt.format(new Date(Date.UTC(2024, 0, 1 + i)))]),
  );
}

/** Empty cells before day 1 of a month in a grid whose columns start on `firstDay`. */
export function leadingBlanks(year: number, month: number, firstDay: number): number {
  const iso = ((new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7) + 1;
  return (iso - firstDay + 7) % 7;
}
