import type { Office, OfficeLeave, OfficePerson } from '../../db/schema.ts';
import { addDays, isValidDate, toDay } from '../../domain/calendar/dates.ts';
import { closedDifferences, sharedHours } from '../../domain/offices/shared-hours.ts';
import { siteDay, type ClosedReason, type Site } from '../../domain/offices/site.ts';
import { stallWarnings } from '../../domain/offices/stall-periods.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { officeOut } from './offices.service.ts';

/** A closed day's reason as one short label ("Eid al-Adha", "weekend", "office closing day"). */
export function reasonLabel(r: ClosedReason): string {
  if (r.kind === 'weekend') return 'weekend';
  if (r.kind === 'office-closing-day') return 'office closing day';
  if (r.kind === 'business-week') return 'business week';
  return r.name;
}

export function checkFrom(from: string | undefined): void {
  if (from !== undefined && !isValidDate(from))
    throw AppError.validation([fieldError('/querystring/from', 'invalid_date')]);
}

export function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** The people and leave a plan reads: names for who is away, spans for each day. */
export type PlanPerson = Pick<OfficePerson, 'id' | 'name'>;
export type PlanLeave = Pick<
  OfficeLeave,
  'person_id' | 'kind' | 'status' | 'from_date' | 'to_date'
>;

/**
 * Each day's leave, found by walking every leave's own days once instead of testing every leave
 * on every day (fifty offices over 90 days made that half a million comparisons per request).
 */
function leaveByDay<L extends PlanLeave>(leave: readonly L[], start: string, days: number): L[][] {
  const first = toDay(start);
  const out: L[][] = Array.from({ length: days }, () => []);
  for (const l of leave) {
    const from = Math.max(0, toDay(l.from_date) - first);
    const to = Math.min(days - 1, toDay(l.to_date) - first);
    for (let i = from; i <= to; i++) out[i]!.push(l);
  }
  return out;
}

/**
 * One office's days next to headquarters: open or why closed, shared hours, who is away.
 * `windows: 'first'` keeps the shared windows (local times on both sides) for the first day only,
 * as the view across offices shows them.
 */
export function officePlan(
  scope: Scope,
  hq: { country: string; site: Site },
  at: { office: Office; site: Site; people: readonly PlanPerson[]; leave: readonly PlanLeave[] },
  start: string,
  days: number,
  opts: { windows?: 'all' | 'first' } = {},
) {
  const { office, site, people } = at;
  const dates = Array.from({ length: days + 2 }, (_, i) => addDays(start, i - 1));
  const end = dates[days]!;
  const current = at.leave.filter((l) => l.status !== 'rejected' && l.from_date <= end);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const awayOn = leaveByDay(current, start, days);
  const out = [];
  for (let i = 0; i < days; i++) {
    const date = dates[i + 1]!;
    const day = siteDay(site, date);
    const shared = sharedHours(hq.site, site, date, {
      windows: opts.windows !== 'first' || i === 0,
      around: [dates[i]!, dates[i + 2]!],
    });
    const away = awayOn[i]!.map((l) => ({
      personId: l.person_id,
      name: names.get(l.person_id) ?? '',
      kind: l.kind,
      status: l.status,
    }));
    out.push({
      date,
      officeOpen: day.working,
      officeHours: day.working ? { start: day.start ?? '', end: day.end ?? '' } : null,
      shortened: day.shortened ?? null,
      closedBecause: day.working ? [] : [...new Set(day.reasons.map(reasonLabel))],
      hqOpen: shared.hqWorking,
      sharedMinutes: shared.minutes,
      windows: shared.windows,
      away,
      working: day.working
        ? people.length -
          new Set(away.filter((a) => a.status === 'approved').map((a) => a.personId)).size
        : 0,
    });
  }
  return {
    office: officeOut(scope, office),
    hq: { country: hq.country, timeZone: hq.site.timeZone, hours: hq.site.hours },
    from: start,
    to: end,
    headcount: people.length,
    days: out,
    closedDifferences: closedDifferences(hq.site, site, start, end).map((d) => ({
      date: d.date,
      closed: d.closed,
      because: [...new Set(d.reasons.map(reasonLabel))],
    })),
    stalls: stallWarnings(
      office.country,
      site,
      start,
      end,
      current
        .filter((l) => l.status === 'approved')
        .map((l) => ({ personId: l.person_id, from: l.from_date, to: l.to_date })),
      people.length,
    ),
  };
}

/**
 * An office's plan as the view across offices shows it: per day only whether it is open, why
 * not, the shared minutes and the people away as numbers into the office's `away` list; the shared
 * windows for the first day only. Fifty offices over 90 days stay a few hundred KiB, not
 * megabytes of repeated names and windows.
 */
export function leanPlan(p: ReturnType<typeof officePlan>) {
  // People away are numbered in the order they first appear; a day lists their numbers.
  const index = new Map<string, number>();
  const away: { id: string; name: string }[] = [];
  const numberOf = (a: { personId: string; name: string }) => {
    let n = index.get(a.personId);
    if (n === undefined) {
      n = away.push({ id: a.personId, name: a.name }) - 1;
      index.set(a.personId, n);
    }
    return n;
  };
  const days = p.days.map((d) => {
    return {
      date: d.date,
      officeOpen: d.officeOpen,
      shortened: d.shortened,
      closedBecause: d.closedBecause,
      hqOpen: d.hqOpen,
      sharedMinutes: d.sharedMinutes,
      working: d.working,
      away: d.away.map(numberOf),
    };
  });
  return {
    office: p.office,
    headcount: p.headcount,
    away,
    firstDayWindows: p.days[0]?.windows ?? [],
    days,
    closedDifferences: p.closedDifferences,
    stalls: p.stalls,
  };
}
