import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { shiftInstant } from '../../domain/calendar/dates.ts';
import { systemScope } from '../../domain/scope.ts';
import { recordAudits } from '../audit/audit.service.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import type { SecretBox } from '../../domain/secret-box.ts';
import { visaLettersRepository as repo } from './visa-letters.repository.ts';
import { sealPassport } from './visa-letters.service.ts';

export const PASSPORT_RETENTION_JOB = 'visa-letters.retention';

/**
 * Nightly: passport data of events that ended more than the retention days ago is deleted, each
 * workspace in its own transaction with its audit entries (which invitation, never the data);
 * then rows stored in plain text before sealing began are sealed.
 */
export function visaLetterJobKinds(db: Kysely<DB>, now: () => Date, box: SecretBox): JobKind[] {
  return [
    {
      kind: PASSPORT_RETENTION_JOB,
      run: async () => {
        await deleteExpiredPassports(db, now());
        await sealPlainPassports(db, box);
      },
    },
  ];
}

/** Seals the passport rows written before sealing began (migration 0050's); answers how many. */
export async function sealPlainPassports(db: Kysely<DB>, box: SecretBox): Promise<number> {
  const plain = await repo.unsealed(db);
  if (plain.length)
    await db.transaction().execute(async (tx) => {
      for (const row of plain) await repo.save(tx, sealPassport(box, row));
    });
  return plain.length;
}

/**
 * Deletes passport data past each workspace's retention days (a workspace setting, 30 unless
 * set); answers how many rows went.
 */
export async function deleteExpiredPassports(db: Kysely<DB>, now: Date): Promise<number> {
  let deleted = 0;
  for (const { workspace_id: ws, days } of await repo.workspacesHolding(db)) {
    const endedBefore = shiftInstant(now, -days).toISOString();
    deleted += await db.transaction().execute(async (tx) => {
      const due = await repo.due(tx, ws, endedBefore);
      if (!due.length) return 0;
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
              after: `${days} days after the event ended (${d.ends_at})`,
            },
          },
        })),
      );
      return n;
    });
  }
  return deleted;
}
