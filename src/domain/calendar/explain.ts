import type { DayReason, DayStatus } from './business-calendar.ts';
import type { Bilingual } from '../culture/dimensions.ts';

const WEEKDAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAYS_ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

const en = (date: string) =>
  `${WEEKDAYS_EN[weekdayIndex(date)]} ${Number(date.slice(8))} ${MONTHS_EN[Number(date.slice(5, 7)) - 1]}`;
const zh = (date: string) =>
  `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日（${WEEKDAYS_ZH[weekdayIndex(date)]}）`;

export function reasonText(r: DayReason): Bilingual {
  switch (r.kind) {
    case 'weekend':
      return { en: 'weekend', zh: '周末' };
    case 'business-week':
      return {
        en: `${WEEKDAYS_EN[r.weekday - 1]} until ${r.until} (our business week)`,
        zh: `${WEEKDAYS_ZH[r.weekday - 1]}上班至 ${r.until}（本公司工作周）`,
      };
    case 'holiday':
      return { en: r.name, zh: r.name === r.localName ? r.name : `${r.name}` };
    case 'workspace-holiday':
      return { en: `${r.name} (our calendar)`, zh: `${r.name}（本公司日历）` };
    case 'workspace-working-day':
      // The preset already names China's make-up days "春节调休上班"; say it once.
      return {
        en: /working day/i.test(r.name) ? r.name : `${r.name} (working day)`,
        zh: r.name.includes('上班') ? r.name : `${r.name}（调休上班）`,
      };
    case 'correction': {
      // The source is part of the answer: a corrected day always says which text corrected it.
      const at = r.closesAt ? { en: ` from ${r.closesAt}`, zh: `，${r.closesAt} 起休息` } : null;
      return {
        en: `${r.name}${at?.en ?? ''} — ${r.source.short}`,
        zh: `${r.name}${at?.zh ?? ''}（依据：${r.source.short}）`,
      };
    }
  }
}

/**
 * Says why a date moved: "Fri 25 Dec: Christmas Day; Sat 26 Dec: weekend, Second Day of
 * Christmas; Sun 27 Dec: weekend → Mon 28 Dec in Germany".
 */
export function explainShift(
  skipped: DayStatus[],
  result: string,
  placeName: Bilingual,
): Bilingual | null {
  if (skipped.length === 0) return null;
  const partsEn = skipped.map(
    (s) => `${en(s.date)}: ${s.reasons.map((r) => reasonText(r).en).join(', ')}`,
  );
  const partsZh = skipped.map(
    (s) => `${zh(s.date)}${s.reasons.map((r) => reasonText(r).zh).join('、')}`,
  );
  return {
    en: `${partsEn.join('; ')} in ${placeName.en} → ${en(result)}`,
    zh: `${placeName.zh}${partsZh.join('；')} → 顺延至${zh(result)}`,
  };
}

/**
 * Says what one day is and why, with the source of any correction: "Mon 9 Mar in Ukraine: working
 * day — International Women's Day (substitute): a working day, … — Law No. 2136-IX, art. 6".
 */
export function explainDay(status: DayStatus, placeName: Bilingual): Bilingual {
  const texts = status.reasons.map(reasonText);
  const stateEn = status.working
    ? status.closesAt
      ? `working day, closes at ${status.closesAt}`
      : 'working day'
    : 'closed';
  const stateZh = status.working
    ? status.closesAt
      ? `工作日，${status.closesAt} 起休息`
      : '工作日'
    : '休息';
  return {
    en: `${en(status.date)} in ${placeName.en}: ${stateEn}${texts.length ? ` — ${texts.map((t) => t.en).join('; ')}` : ''}`,
    zh: `${placeName.zh}${zh(status.date)}：${stateZh}${texts.length ? `——${texts.map((t) => t.zh).join('；')}` : ''}`,
  };
}
