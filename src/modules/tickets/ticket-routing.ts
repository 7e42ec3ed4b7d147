import type { Executor } from '../../db/dialect.ts';
import type { SlaPolicy } from '../../db/schema.ts';
import { followTheSun, type SunRoute, type SunTeam } from '../../domain/service/follow-the-sun.ts';
import { userRecords } from '../users/user-records.service.ts';
import type { SlaService } from './sla.service.ts';

/**
 * Follow the sun for a new ticket under `policy`: the policy's support teams (or every team, by
 * position), each on its own clock with its country's holidays and the workspace's overrides
 * for that country, and the first at work at `at` (`followTheSun`). Null when the policy does
 * not route, or there is no team to route to.
 */
export async function routeNewTicket(
  db: Executor,
  sla: SlaService,
  workspaceId: string,
  policy: SlaPolicy | undefined,
  at: Date,
): Promise<SunRoute | null> {
  if (policy?.routing !== 'follow_sun') return null;
  const all = await userRecords.supportTeams(db, workspaceId);
  const named = JSON.parse(policy.routing_team_ids) as string[];
  const teams = named.length ? named.flatMap((id) => all.filter((t) => t.id === id)) : all;
  const sun: SunTeam[] = [];
  for (const t of teams) {
    const hours = { start: t.hours_start, end: t.hours_end };
    const place = { country: t.country, region: t.region, timeZone: t.time_zone };
    const clock = await sla.clock(db, workspaceId, 'customer', place, hours, []);
    if (clock.kind === 'business')
      sun.push({ id: t.id, calendar: clock.calendar, timeZone: t.time_zone, hours });
  }
  return followTheSun(sun, at);
}
