/** Wall-clock time in an IANA zone, without a date library: Intl does the zone rules. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  date: string;
  time: string;
  hour: number;
  minute: number;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const p = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  const hour = Number(p.hour) % 24;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${String(hour).padStart(2, '0')}:${p.minute}`,
    hour,
    minute: Number(p.minute),
  };
}

/** The zone's offset from UTC in minutes at an instant (Berlin in summer: +120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.parse(`${p.date}T${p.time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant when the wall clock in `timeZone` shows `date` `time` (HH:MM). */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  // Two passes settle the offset also on days when it changes (DST transitions).
  let instant = new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60_000);
  instant = new Date(guess.getTime() - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
}

const offsetCache = new Map<string, number>();

/**
 * The local calendar date of an instant. Offsets only change on the hour, so the zone's offset is
 * cached per UTC hour: bulk planning over 100,000 customers asks Intl a few thousand times, not
 * 100,000.
 */
export function localDate(instant: Date, timeZone: string): string {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  const key = `${timeZone}|${hour}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = offsetMinutes(new Date(hour * 3_600_000), timeZone);
    if (offsetCache.size > 200_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 10);
}
