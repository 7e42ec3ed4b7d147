import type { BusinessCalendar, DayReason } from '../calendar/business-calendar.ts';
import { addDays } from '../calendar/dates.ts';
import { localDate, localParts, zonedToUtc } from '../calendar/zoned-time.ts';
import type { TimeSpan } from './sla-clock.ts';

/** A support team as follow the sun sees it: its own calendar, clock and working hours. */
export interface SunTeam {
  id: string;
  calendar: BusinessCalendar;
  timeZone: string;
  hours: TimeSpan;
}

/** A team passed over, and why: its day is closed (weekend, holiday) or it is outside its hours. */
export interface PassedTeam {
  teamId: string;
  why: 'closed' | 'outside_hours';
  /** the team's local date and time at the instant */
  local: { date: string; time: string };
  reasons: DayReason[];
}

export interface SunRoute {
  teamId: string;
  /** the team is at work at the instant; false: no team is, and this one starts first */
  atWork: boolean;
  /** when the team is (or next is) at work: the instant itself when at work */
  from: Date;
  passed: PassedTeam[];
}

/** How far ahead a team's next working hours are looked for (a fortnight of closed days). */
const LOOK_AHEAD_DAYS = 14;

/** A local date's working hours on the team's clock, as UTC instants; null when closed. */
function window(team: SunTeam, date: string): { start: Date; end: Date } | null {
  const status = team.calendar.status(date);
  if (!status.working) return null;
  // A half day (Christmas Eve in Germany) closes early.
  const end =
    status.closesAt && status.closesAt < team.hours.end ? status.closesAt : team.hours.end;
  if (end <= team.hours.start) return null;
  return {
    start: zonedToUtc(date, team.hours.start, team.timeZone),
    end: zonedToUtc(date, end, team.timeZone),
  };
}

/** When the team is next at work from `at` (at itself when it is), or null within the fortnight. */
function nextAtWork(team: SunTeam, at: Date): Date | null {
  const first = localDate(at, team.timeZone);
  for (let i = 0; i <= LOOK_AHEAD_DAYS; i++) {
    const w = window(team, addDays(first, i));
    if (!w || w.end <= at) continue;
    return w.start <= at ? at : w.start;
  }
  return null;
}

/**
 * Follow the sun: the first team (in the order given) whose working hours, on its own clock and
 * calendar, hold the instant. A team whose day is closed (its weekend, its country's holiday) or
 * who is outside its hours is passed over, with the reason. When no team is at work, the ticket
 * goes to the team whose working hours start first (ties: the earlier in the order). Null when
 * there is no team, or none works in the next fortnight.
 */
export function followTheSun(teams: SunTeam[], at: Date): SunRoute | null {
  const passed: PassedTeam[] = [];
  for (const team of teams) {
    const local = localParts(at, team.timeZone);
    const status = team.calendar.status(local.date);
    const w = window(team, local.date);
    if (w && w.start <= at && at < w.end)
      return { teamId: team.id, atWork: true, from: at, passed };
    passed.push({
      teamId: team.id,
      why: w ? 'outside_hours' : 'closed',
      local: { date: local.date, time: local.time },
      reasons: status.reasons,
    });
  }
  let best: { team: SunTeam; from: Date } | null = null;
  for (const team of teams) {
    const from = nextAtWork(team, at);
    if (from && (!best || from < best.from)) best = { team, from };
  }
  return best ? { teamId: best.team.id, atWork: false, from: best.from, passed } : null;
}
