import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type {
  Incident,
  IncidentAction,
  IncidentActionTable,
  IncidentStatement,
  IncidentStatementTable,
  IncidentTable,
} from '../../db/schema.ts';

/** The only reader and writer of `incidents`, `incident_actions` and `incident_statements`. */
export const incidentsRepository = {
  list(
    db: Executor,
    workspaceId: string,
    f: { status?: string; country?: string; limit: number },
  ): Promise<Incident[]> {
    let q = db.selectFrom('incidents').selectAll().where('workspace_id', '=', workspaceId);
    if (f.status) q = q.where('status', '=', f.status);
    // Countries are a short JSON array; the quoted code cannot match inside another code.
    if (f.country) q = q.where('countries', 'like', `%"${f.country}"%`);
    return q.orderBy('first_seen_at', 'desc').orderBy('id').limit(f.limit).execute();
  },
  find(db: Executor, workspaceId: string, id: string): Promise<Incident | undefined> {
    return db
      .selectFrom('incidents')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insert(db: Executor, row: Insertable<IncidentTable>): Promise<void> {
    await db.insertInto('incidents').values(row).execute();
  },
  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Updateable<IncidentTable>,
  ): Promise<void> {
    await db
      .updateTable('incidents')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
  actions(db: Executor, workspaceId: string, incidentId: string): Promise<IncidentAction[]> {
    return db
      .selectFrom('incident_actions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('incident_id', '=', incidentId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  },
  async addAction(db: Executor, row: IncidentActionTable): Promise<void> {
    await db.insertInto('incident_actions').values(row).execute();
  },
  statements(db: Executor, workspaceId: string, incidentId: string): Promise<IncidentStatement[]> {
    return db
      .selectFrom('incident_statements')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('incident_id', '=', incidentId)
      .orderBy('language')
      .execute();
  },
  statement(
    db: Executor,
    workspaceId: string,
    incidentId: string,
    id: string,
  ): Promise<IncidentStatement | undefined> {
    return db
      .selectFrom('incident_statements')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('incident_id', '=', incidentId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertStatement(db: Executor, row: IncidentStatementTable): Promise<void> {
    await db.insertInto('incident_statements').values(row).execute();
  },
  async updateStatement(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Updateable<IncidentStatementTable>,
  ): Promise<void> {
    await db
      .updateTable('incident_statements')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
