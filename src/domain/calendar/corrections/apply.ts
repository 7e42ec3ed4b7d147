import type { DayReason } from '../business-calendar.ts';
import { isoWeekday, toDay } from '../dates.ts';
import type { ReaderLanguage } from '../holidays.ts';
import type { Correction } from './types.ts';

/** The year table a calendar is building, as far as corrections touch it. */
export interface CorrectableYear {
  start: number;
  closed: Uint8Array;
  reasons: Map<number, DayReason[]>;
  closesAt: Map<number, string>;
}

/**
 * Applies reviewed corrections over the library's answer (and under the workspace's own days,
 * which are applied after and win). Each touched day carries the correction with its source, so
 * the explanation can say why: "working day: … — Law No. 2136-IX".
 */
export function applyCorrections(
  year: CorrectableYear,
  corrections: Correction[],
  weekend: number[],
  language: ReaderLanguage,
): void {
  const { start, closed, reasons } = year;
  const inYear = (i: number) => i >= 0 && i < closed.length;
  const isWeekend = (i: number) => weekend.includes(isoWeekday(start + i));
  const add = (i: number, r: DayReason) => reasons.set(i, [...(reasons.get(i) ?? []), r]);
  // A library holiday the law does not have: the day is what the week makes it.
  const dropLibrary = (i: number) => {
    const kept = (reasons.get(i) ?? []).filter((r) => r.kind !== 'holiday');
    reasons.set(i, kept);
    closed[i] = isWeekend(i) || kept.some((r) => r.kind === 'correction' && r.closes) ? 1 : 0;
  };
  for (const c of corrections) {
    const i = toDay(c.date) - start;
    if (!inYear(i)) continue;
    const reason = (closes: boolean, name = language === 'zh' ? c.name.zh : c.name.en) =>
      ({
        kind: 'correction',
        correction: c.kind,
        name,
        closes,
        ...(c.closesAt ? { closesAt: c.closesAt } : {}),
        source: c.source,
      }) as const;
    switch (c.kind) {
      case 'span':
      case 'substitute':
        closed[i] = 1;
        add(i, reason(true));
        break;
      case 'abolished':
        dropLibrary(i);
        add(i, reason(false));
        break;
      case 'moved': {
        const from = toDay(c.from ?? c.date) - start;
        if (inYear(from)) {
          dropLibrary(from);
          const to = language === 'zh' ? `移至${c.date}` : `moved to ${c.date}`;
          add(from, reason(false, `${language === 'zh' ? c.name.zh : c.name.en} (${to})`));
        }
        closed[i] = 1;
        add(i, reason(true));
        break;
      }
      case 'half-day':
        if (c.closesAt) year.closesAt.set(i, c.closesAt);
        add(i, reason(false));
        break;
      case 'business-saturday':
        closed[i] = 0;
        reasons.set(i, [reason(false)]);
        break;
    }
  }
}
