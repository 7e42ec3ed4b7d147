import { chunks } from '../../db/chunks.ts';
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Import, ImportErrorTable, ImportTable } from '../../db/schema.ts';

type Counts = Pick<ImportTable, 'created' | 'updated' | 'merged' | 'unchanged' | 'rejected'>;

export const importsRepository = {
  async insert(db: Executor, row: Insertable<ImportTable>): Promise<void> {
    await db.insertInto('imports').values(row).execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<Import | undefined> {
    return db
      .selectFrom('imports')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /**
   * The caller's imports, or everyone's for admins (`createdBy` null), newest first, with the
   * name of the user who ran each (a read join; users are written by the users module).
   */
  list(
    db: Executor,
    workspaceId: string,
    createdBy: string | null,
  ): Promise<(Import & { created_by_name: string | null })[]> {
    let q = db
      .selectFrom('imports')
      .leftJoin('users', (j) =>
        j
          .onRef('users.workspace_id', '=', 'imports.workspace_id')
          .onRef('users.id', '=', 'imports.created_by'),
      )
      .selectAll('imports')
      .select('users.name as created_by_name')
      .where('imports.workspace_id', '=', workspaceId);
    if (createdBy) q = q.where('imports.created_by', '=', createdBy);
    return q.orderBy('imports.id', 'desc').limit(100).execute();
  },

  /** Imports a crash left running or never started, to resume. */
  unfinished(db: Executor): Promise<Import[]> {
    return db
      .selectFrom('imports')
      .selectAll()
      .where('status', 'in', ['queued', 'running'])
      .orderBy('id')
      .execute();
  },

  async setStatus(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Pick<ImportTable, 'status' | 'error' | 'finished_at' | 'bytes_total'>>,
  ): Promise<void> {
    await db
      .updateTable('imports')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Moves the checkpoint: called in the same transaction as the batch's writes. */
  async advance(
    db: Executor,
    workspaceId: string,
    id: string,
    rowsDone: number,
    bytesDone: number,
    add: Counts,
  ): Promise<void> {
    await db
      .updateTable('imports')
      .set((eb) => ({
        rows_done: rowsDone,
        bytes_done: bytesDone,
        created: eb('created', '+', add.created),
        updated: eb('updated', '+', add.updated),
        merged: eb('merged', '+', add.merged),
        unchanged: eb('unchanged', '+', add.unchanged),
        rejected: eb('rejected', '+', add.rejected),
      }))
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async insertErrors(db: Executor, rows: ImportErrorTable[]): Promise<void> {
    for (const part of chunks(rows, 1000))
      await db.insertInto('import_errors').values(part).execute();
  },

  errors(
    db: Executor,
    workspaceId: string,
    importId: string,
    limit: number,
  ): Promise<ImportErrorTable[]> {
    return db
      .selectFrom('import_errors')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('import_id', '=', importId)
      .orderBy('row')
      .orderBy('field')
      .limit(limit)
      .execute();
  },

  async savedMapping(
    db: Executor,
    workspaceId: string,
    entity: string,
    source: string,
  ): Promise<Record<string, string | null> | null> {
    const row = await db
      .selectFrom('import_mappings')
      .select('mapping')
      .where('workspace_id', '=', workspaceId)
      .where('entity', '=', entity)
      .where('source', '=', source)
      .executeTakeFirst();
    return row ? (JSON.parse(row.mapping) as Record<string, string | null>) : null;
  },

  async saveMapping(
    db: Executor,
    workspaceId: string,
    entity: string,
    source: string,
    mapping: Record<string, string | null>,
    at: string,
  ): Promise<void> {
    await db
      .deleteFrom('import_mappings')
      .where('workspace_id', '=', workspaceId)
      .where('entity', '=', entity)
      .where('source', '=', source)
      .execute();
    await db
      .insertInto('import_mappings')
      .values({
        workspace_id: workspaceId,
        entity,
        source,
        mapping: JSON.stringify(mapping),
        updated_at: at,
      })
      .execute();
  },
};
