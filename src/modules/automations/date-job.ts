import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  arrivedTarget,
  candidateRange,
  customDateKey,
  type DateTrigger,
} from '../../domain/automations/date-trigger.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import { nowIso } from '../../domain/ids.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { AutomationEngine } from './automation-engine.ts';
import { decide } from './automation-run.ts';
import { automationsRepository as repo } from './automations.repository.ts';

export const DATE_JOB = 'automations.dates';
const PAGE = 500;

/**
 * The hourly scan for "a date field arrives in the customer's calendar". Each customer's date is
 * compared with the customer's own local date (its time zone; the home office's when it has
 * none), so a rule on a date fires at the customer's midnight, not the server's. Each (rule,
 * customer, target date) is noted as it fires, in the run's transaction: it fires once however
 * often the scan runs. One page of customers is one transaction, each run behind a savepoint.
 */
export function dateJobKind(db: Kysely<DB>, engine: AutomationEngine): JobKind {
  return {
    kind: DATE_JOB,
    run: async () => {
      const now = engine.now();
      const utcToday = now.toISOString().slice(0, 10);
      for (const [ws, ruleIds] of await engine.rulesOfKind(db, 'date_arrives')) {
        const homeZone = (await workspaces.find(db, ws))?.home_time_zone ?? 'UTC';
        for (const ruleId of ruleIds) {
          const rule = await engine.rule(db, ws, ruleId);
          if (rule?.trigger.kind !== 'date_arrives') continue;
          const t: DateTrigger = rule.trigger;
          const key = customDateKey(t.field);
          const field = key ? { customKey: key } : 'last_order_date';
          const range = candidateRange(t, utcToday);
          let after: string | null = null;
          for (;;) {
            const page = await customerRecords.datesPage(db, ws, field, range, after, PAGE);
            if (!page.length) break;
            after = page[page.length - 1]!.id;
            const due = page.flatMap((c) => {
              const target = arrivedTarget(c.value, t, localDate(now, c.time_zone ?? homeZone));
              return target ? [{ id: c.id, target }] : [];
            });
            if (due.length)
              await db.transaction().execute(async (tx) => {
                const live = await engine.rule(tx, ws, ruleId);
                if (!live) return;
                const fired = await repo.firedDates(
                  tx,
                  ws,
                  ruleId,
                  due.map((d) => d.id),
                );
                for (const d of due) {
                  if (fired.has(`${d.id}|${d.target}`)) continue;
                  await repo.markDateFired(tx, ws, ruleId, d.id, d.target, nowIso());
                  const cause = {
                    eventId: null,
                    eventType: 'date.arrived',
                    entityType: 'customer',
                    entityId: d.id,
                    customerId: d.id,
                    depth: 0,
                    chain: [],
                  };
                  if (await decide(tx, ws, live, cause)) await engine.act(tx, ws, live, cause);
                }
              });
            if (page.length < PAGE) break;
          }
        }
      }
    },
  };
}
