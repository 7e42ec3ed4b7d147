import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import { nowIso } from '../../domain/ids.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { relationshipRecords } from '../relationship/relationship-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { AutomationEngine } from './automation-engine.ts';
import { decide } from './automation-run.ts';
import { automationsRepository as repo } from './automations.repository.ts';

export const OVERDUE_JOB = 'automations.overdue';
const PAGE = 500;

/**
 * The hourly scan for "a follow-up becomes overdue": open follow-ups due before today where
 * their customer is (the customer's time zone; the home office's when it has none) that an
 * enabled overdue rule has not fired for. Each (rule, follow-up) pair is noted as it fires,
 * in the run's transaction, so it fires once however often the scan runs; one page of
 * follow-ups is one transaction, each run behind its own savepoint.
 */
export function overdueJobKind(db: Kysely<DB>, engine: AutomationEngine): JobKind {
  return {
    kind: OVERDUE_JOB,
    run: async () => {
      const now = engine.now();
      // No zone is more than a day ahead of UTC: follow-ups due before tomorrow (UTC) are the
      // candidates, and each is overdue once its due date has passed where its customer is.
      const tomorrow = addDays(now.toISOString().slice(0, 10), 1);
      const byWorkspace = await engine.rulesOfKind(db, 'follow_up_overdue');
      for (const [ws, ruleIds] of byWorkspace) {
        const homeZone = (await workspaces.find(db, ws))?.home_time_zone ?? 'UTC';
        for (const ruleId of ruleIds) {
          let after: string | null = null;
          for (;;) {
            const candidates = await relationshipRecords.overdueFollowUps(
              db,
              ws,
              tomorrow,
              after,
              PAGE,
            );
            if (!candidates.length) break;
            after = candidates[candidates.length - 1]!.id;
            const page = candidates.filter(
              (f) => f.due_date < localDate(now, f.time_zone ?? homeZone),
            );
            await db.transaction().execute(async (tx) => {
              const rule = await engine.rule(tx, ws, ruleId);
              if (!rule) return;
              const fired = await repo.fired(
                tx,
                ws,
                ruleId,
                page.map((f) => f.id),
              );
              for (const f of page) {
                if (fired.has(f.id)) continue;
                await repo.markFired(tx, ws, ruleId, f.id, nowIso());
                const cause = {
                  eventId: null,
                  eventType: 'follow_up.overdue',
                  entityType: 'follow_up',
                  entityId: f.id,
                  customerId: f.customer_id,
                  depth: 0,
                  chain: [],
                };
                if (await decide(tx, ws, rule, cause)) await engine.act(tx, ws, rule, cause);
              }
            });
            if (candidates.length < PAGE) break;
          }
        }
      }
    },
  };
}
