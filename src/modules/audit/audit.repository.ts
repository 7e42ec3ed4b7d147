import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { AuditEntry, NewAuditEntry } from '../../db/schema.ts';
import { insertRows } from '../../db/bulk-insert.ts';
import { newId, nowIso } from '../../domain/ids.ts';

export type Changes = Record<string, { before: unknown; after: unknown }>;

export interface AuditWrite {
  workspaceId: string;
  actorId: string | null;
  /** who acted when no user did (actorId null) */
  actorKind?: string | null;
  action: NewAuditEntry['action'];
  entityType: string;
  entityId: string;
  changes?: Changes;
}

export interface AuditFilter {
  entityId?: string;
  entityType?: string;
  actorId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

export const auditRepository = {
  async record(db: Executor, entry: AuditWrite): Promise<void> {
    await db.insertInto('audit_log').values(auditRow(entry)).execute();
  },

  async recordMany(db: Executor, entries: AuditWrite[]): Promise<void> {
    const rows = entries.map(auditRow);
    // One column list for the whole insert: if any row names its actor kind, all do.
    if (rows.some((r) => 'actor_kind' in r)) for (const r of rows) r.actor_kind ??= null;
    await insertRows(db, 'audit_log', rows);
  },

  /** The changes each record was created with (they hold its name after it is deleted). */
  async createdWith(
    db: Executor,
    workspaceId: string,
    ids: string[],
  ): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_LIST)) {
      const rows = await db
        .selectFrom('audit_log')
        .select(['entity_id', 'changes'])
        .where('workspace_id', '=', workspaceId)
        .where('action', '=', 'create')
        .where('entity_id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.entity_id, r.changes);
    }
    return out;
  },

  async list(db: Executor, workspaceId: string, f: AuditFilter): Promise<AuditEntry[]> {
    let q = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
    if (f.entityId) q = q.where('entity_id', '=', f.entityId);
    if (f.entityType) q = q.where('entity_type', '=', f.entityType);
    if (f.actorId) q = q.where('actor_id', '=', f.actorId);
    if (f.from) q = q.where('at', '>=', f.from);
    if (f.to) q = q.where('at', '<', f.to);
    if (f.cursor) q = q.where('id', '<', f.cursor);
    return q.orderBy('id', 'desc').limit(f.limit).execute();
  },
};

function auditRow(entry: AuditWrite): NewAuditEntry {
  return {
    workspace_id: entry.workspaceId,
    id: newId(),
    actor_id: entry.actorId,
    // Only written when no user acted, so a user's change also inserts into a database migrated
    // to before 0019 (the migration tests do).
    ...(entry.actorId ? {} : { actor_kind: entry.actorKind ?? 'system' }),
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    changes: JSON.stringify(entry.changes ?? {}),
    at: nowIso(),
  };
}
