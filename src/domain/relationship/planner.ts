import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import { addDays } from '../calendar/dates.ts';
import { explainShift } from '../calendar/explain.ts';
import { inSlowSeason, type SlowSeason } from '../calendar/slow-seasons.ts';
import type { Bilingual } from '../culture/dimensions.ts';

export interface PlanInput {
  /** the last outbound touch as a date in the customer's own calendar */
  lastTouchDate: string;
  days: number;
  calendar: BusinessCalendar;
  placeName: Bilingual;
  avoidSlowSeasons?: boolean;
  seasons?: SlowSeason[];
}

export interface Plan {
  dueDate: string;
  /** the date the cadence alone gives, before calendar moves */
  nominalDate: string;
  reason: Bilingual;
}

const SEASON_NAMES: Record<SlowSeason['kind'], Bilingual> = {
  ramadan: { en: 'Ramadan', zh: '斋月' },
  christmas: { en: 'the Christmas–New Year lull', zh: '圣诞至新年假期' },
  august: { en: 'the August holidays', zh: '八月休假季' },
  'lunar-new-year': { en: 'Lunar New Year', zh: '农历新年' },
  'home-holiday': { en: 'our own long holiday', zh: '我方长假' },
};

/**
 * Next follow-up = last touch + cadence, moved to the customer's next business day and, when the
 * policy asks, out of a slow season. The reason says what moved it.
 */
export function planNextFollowUp(input: PlanInput): Plan {
  const nominalDate = addDays(input.lastTouchDate, input.days);
  const base: Bilingual = { en: `every ${input.days} days`, zh: `每 ${input.days} 天跟进一次` };
  let { date, skipped } = input.calendar.nextBusinessDay(nominalDate);
  let moved = explainShift(skipped, date, input.placeName);
  if (input.avoidSlowSeasons && input.seasons) {
    const season = inSlowSeason(input.seasons, date);
    if (season) {
      const after = input.calendar.nextBusinessDay(addDays(season.end, 1));
      const name = SEASON_NAMES[season.kind];
      const seasonText: Bilingual = {
        en: `${date} falls in ${name.en} (${season.start} to ${season.end}) → ${after.date}`,
        zh: `${date} 处于${name.zh}（${season.start} 至 ${season.end}）→ 推迟到 ${after.date}`,
      };
      moved = moved
        ? { en: `${moved.en}; ${seasonText.en}`, zh: `${moved.zh}；${seasonText.zh}` }
        : seasonText;
      date = after.date;
      skipped = after.skipped;
    }
  }
  return {
    dueDate: date,
    nominalDate,
    reason: moved
      ? {
          en: `${base.en} from ${input.lastTouchDate}: ${moved.en}`,
          zh: `${base.zh}（上次联系 ${input.lastTouchDate}）：${moved.zh}`,
        }
      : {
          en: `${base.en} from ${input.lastTouchDate}`,
          zh: `${base.zh}（上次联系 ${input.lastTouchDate}）`,
        },
  };
}

export interface FirstContactInput {
  /** the customer's creation as a date in their own calendar */
  createdDate: string;
  /** business days allowed for the first contact */
  businessDays: number;
  calendar: BusinessCalendar;
  placeName: Bilingual;
}

/**
 * A new customer's first contact is due on the Nth business day after creation in the
 * customer's own calendar (a lead created on a Thursday in Riyadh, 2 days: Sunday, Monday). The
 * reason names the closed days it stepped over.
 */
export function planFirstContact(input: FirstContactInput): Plan {
  const n = Math.max(1, input.businessDays);
  let date = input.createdDate;
  const skipped: ReturnType<BusinessCalendar['status']>[] = [];
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    const status = input.calendar.status(date);
    if (status.working) counted++;
    else skipped.push(status);
  }
  const base: Bilingual = {
    en: `first contact within ${n} business days of ${input.createdDate}`,
    zh: `新客户 ${input.createdDate} 建档，${n} 个工作日内首次联系`,
  };
  const moved = explainShift(skipped, date, input.placeName);
  return {
    dueDate: date,
    nominalDate: addDays(input.createdDate, n),
    reason: moved ? { en: `${base.en} (${moved.en})`, zh: `${base.zh}（${moved.zh}）` } : base,
  };
}
