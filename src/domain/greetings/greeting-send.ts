import { addDays } from '../calendar/dates.ts';
import { localParts, zonedToUtc } from '../calendar/zoned-time.ts';

/** The local time a greeting arrives: early in their working morning, after the first coffee. */
export const GREETING_TIME = '09:30';

export interface GreetingSend {
  /** the instant to send */
  at: Date;
  /** the same instant on the recipient's clock */
  local: { date: string; time: string };
  /** true when the greeting day's morning had passed and the next local morning was taken */
  moved: boolean;
}

/**
 * When a greeting email leaves: 09:30 on the greeting day on the recipient's clock. When that
 * instant has passed (a greeting planned late, or their morning already over) it goes at the
 * next 09:30 on their clock — today's if it is still ahead, else tomorrow's — never at once in
 * their night. Weekends are not skipped: the greeting day itself may be one (a birthday).
 */
export function greetingSendTime(day: string, timeZone: string, now: Date): GreetingSend {
  const planned = zonedToUtc(day, GREETING_TIME, timeZone);
  if (planned.getTime() > now.getTime())
    return { at: planned, local: { date: day, time: GREETING_TIME }, moved: false };
  const today = localParts(now, timeZone).date;
  let date = today;
  let at = zonedToUtc(date, GREETING_TIME, timeZone);
  if (at.getTime() <= now.getTime()) {
    date = addDays(today, 1);
    at = zonedToUtc(date, GREETING_TIME, timeZone);
  }
  const local = localParts(at, timeZone);
  return { at, local: { date: local.date, time: local.time }, moved: true };
}
