/**
 * The reputation page's alert: negative mentions in a sliding window of days. It is raised when
 * the window ending on the last day of the period holds more negative mentions than the threshold;
 * the worst window of the period is given too, so a past storm is seen.
 */
export interface NegativeAlert {
  windowDays: number;
  threshold: number;
  /** negative mentions in the window ending on `to` */
  current: number;
  raised: boolean;
  /** the window of the period with the most negative mentions (its last day), null when none */
  worst: { endsOn: string; count: number } | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function negativeAlert(
  perDay: readonly { day: string; n: number }[],
  to: string,
  windowDays: number,
  threshold: number,
): NegativeAlert {
  const counts = new Map<number, number>();
  for (const d of perDay)
    counts.set(dayNumber(d.day), (counts.get(dayNumber(d.day)) ?? 0) + Number(d.n));
  const inWindow = (end: number) => {
    let sum = 0;
    for (let d = end - windowDays + 1; d <= end; d++) sum += counts.get(d) ?? 0;
    return sum;
  };
  const last = dayNumber(to);
  const current = inWindow(last);
  let worst: NegativeAlert['worst'] = null;
  // Only windows ending on a day with a negative mention can be the worst.
  for (const end of [...counts.keys()].sort((a, b) => a - b)) {
    if (end > last) continue;
    const count = inWindow(end);
    if (!worst || count > worst.count) worst = { endsOn: isoDay(end), count };
  }
  return { windowDays, threshold, current, raised: current > threshold, worst };
}

/** Negative mentions' share of all, in per cent with one decimal; 0 when there are none. */
export const negativeShare = (negative: number, total: number) =>
  total ? Math.round((negative / total) * 1000) / 10 : 0;
