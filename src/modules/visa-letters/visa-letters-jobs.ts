import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { shiftInstant } from '../../domain/calendar/dates.ts';
import { systemScope } from '../../domain/scope.ts';
import { recordAudits } from '../audit/audit.service.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { visaLettersRepository as repo } from './visa-letters.repository.ts';
import { PASSPORT_RETENTION_DAYS } from './visa-letters.service.ts';

export const PASSPORT_RETENTION_JOB = 'visa-letters.retention';

/**
 * Nightly: passport data of events that ended more than the retention days ago is deleted, each
 * workspace in its own transaction with its audit entries (which invitation, never the data).
 */
export function visaLetterJobKinds(db: Kysely<DB>, now: () => Date): JobKind[] {
  return [
    {
      kind: PASSPORT_RETENTION_JOB,
      run: async () => {
        await deleteExpiredPassports(db, now());
      },
    },
  ];
}

/** Deletes passport data past retention; answers how many rows went. */
export async function deleteExpiredPassports(db: Kysely<DB>, now: Date): Promise<number> {
  const endedBefore = shiftInstant(now, -PASSPORT_RETENTION_DAYS).toISOString();
  let deleted = 0;
  for (const ws of await repo.workspacesDue(db, endedBefore))
    deleted += await db.transaction().execute(async (tx) => {
      const due = await repo.due(tx, ws, endedBefore);
      const n = await repo.remove(
        tx,
        ws,
        due.map((d) => d.invitation_id),
      );
      await recordAudits(
        tx,
        { ...systemScope(ws), systemKind: 'system' },
        due.map((d) => ({
          action: 'update' as const,
          entityType: 'event_invitation',
          entityId: d.invitation_id,
          changes: {
            passportData: { before: 'held', after: null },
            retention: {
              before: null,
              after: `${PASSPORT_RETENTION_DAYS} days after the event ended (${d.ends_at})`,
            },
          },
        })),
      );
      return n;
    });
  return deleted;
}
