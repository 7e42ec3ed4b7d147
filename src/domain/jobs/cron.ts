import { Cron } from 'croner';

/**
 * Cron expressions evaluated in a stated IANA time zone ("0 7 * * 1-5" in Asia/Shanghai is 07:00
 * Beijing time on weekdays, whatever the server's zone). Five fields (minute hour day month
 * weekday) or six with seconds first. Across a daylight-saving change a wall time that does not
 * exist runs at the next valid instant, and one that happens twice runs once.
 */
export function nextRun(expression: string, timeZone: string, after: Date): Date {
  const next = new Cron(expression, { timezone: timeZone, paused: true }).nextRun(after);
  if (!next) throw new Error(`cron "${expression}" never runs again`);
  return next;
}

/** Null when the expression and zone are valid, else why not (for validation messages). */
export function cronProblem(expression: string, timeZone: string): string | null {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return `unknown time zone "${timeZone}"`;
  }
  try {
    nextRun(expression, timeZone, new Date());
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
