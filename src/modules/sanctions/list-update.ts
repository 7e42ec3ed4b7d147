import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, SanctionsEntry, SanctionsList } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import type { ListFormat, ParsedEntry, ParsedList } from './parsers/index.ts';
import { sanctionsRepository as repo } from './sanctions.repository.ts';

export const RESCREEN_JOB = 'sanctions.rescreen';

export interface RescreenPayload {
  workspaceId: string;
  listId: string;
  entryIds: string[];
}

export interface ListReport {
  read: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/**
 * What a review's dismissal is tied to: the fields screening reads (names, countries, birth
 * dates). A new program or remark on an entry does not reopen its dismissals.
 */
export function entryHash(e: ParsedEntry): string {
  return createHash('sha256')
    .update(JSON.stringify([e.names, [...e.countries].sort(), [...e.birthDates].sort()]))
    .digest('base64url')
    .slice(0, 22);
}

/**
 * Replaces a list's entries with a parsed file's in one transaction: entries are matched by the
 * list's own id (`ref`), so an unchanged entry keeps its id (and the reviews naming it), a
 * changed one keeps its id with a new hash, a new one is added and a gone one removed. The new
 * and changed entries are re-screened by a job enqueued in the same transaction. A failure
 * anywhere rolls everything back: the previous version stays as it was.
 */
export async function replaceList(
  db: Kysely<DB>,
  scope: Scope,
  input: { format: ListFormat; name: string; fileName: string; parsed: ParsedList },
): Promise<{ list: SanctionsList; report: ListReport; jobId: string | null }> {
  const ws = scope.workspaceId;
  const at = nowIso();
  return db.transaction().execute(async (tx) => {
    const existing = await repo.listByName(tx, ws, input.format, input.name);
    const listId = existing?.id ?? newId();
    const list: SanctionsList = {
      workspace_id: ws,
      id: listId,
      name: input.name,
      format: input.format,
      published_at: input.parsed.publishedAt,
      entry_count: input.parsed.entries.length,
      version: (existing?.version ?? 0) + 1,
      file_name: input.fileName,
      uploaded_by: scope.userId,
      uploaded_at: at,
      created_at: existing?.created_at ?? at,
    };
    if (existing) await repo.updateList(tx, ws, listId, list);
    else await repo.insertList(tx, list);

    const before = new Map((await repo.entryHashes(tx, ws, listId)).map((e) => [e.ref, e]));
    const report: ListReport = {
      read: input.parsed.entries.length,
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 0,
    };
    const inserts: SanctionsEntry[] = [];
    const rescreen: string[] = [];
    for (const e of input.parsed.entries) {
      const hash = entryHash(e);
      const prev = before.get(e.ref);
      before.delete(e.ref);
      if (prev && prev.hash === hash) {
        report.unchanged++;
        continue;
      }
      const row = toRow(ws, listId, prev?.id ?? newId(), e, hash, at);
      rescreen.push(row.id);
      if (prev) {
        report.changed++;
        await repo.updateEntry(tx, row);
      } else {
        report.added++;
        inserts.push(row);
      }
    }
    await repo.insertEntries(tx, inserts);
    report.removed = before.size;
    await repo.deleteEntries(
      tx,
      ws,
      [...before.values()].map((e) => e.id),
    );
    await recordAudit(tx, scope, {
      action: existing ? 'update' : 'create',
      entityType: 'sanctions_list',
      entityId: listId,
      changes: {
        version: { before: existing?.version ?? null, after: list.version },
        fileName: { before: existing?.file_name ?? null, after: input.fileName },
        publishedAt: { before: existing?.published_at ?? null, after: list.published_at },
        entries: { before: existing?.entry_count ?? 0, after: list.entry_count },
      },
    });
    const payload: RescreenPayload = { workspaceId: ws, listId, entryIds: rescreen };
    const jobId = rescreen.length
      ? await enqueueJob(tx, RESCREEN_JOB, payload, { workspaceId: ws })
      : null;
    return { list, report, jobId };
  });
}

function toRow(
  ws: string,
  listId: string,
  id: string,
  e: ParsedEntry,
  hash: string,
  at: string,
): SanctionsEntry {
  return {
    workspace_id: ws,
    id,
    list_id: listId,
    ref: e.ref,
    kind: e.kind,
    names: JSON.stringify(e.names),
    countries: JSON.stringify(e.countries),
    birth_dates: JSON.stringify(e.birthDates),
    programs: JSON.stringify(e.programs),
    hash,
    updated_at: at,
  };
}
