import type { Executor } from '../../db/dialect.ts';
import type { ChecklistItem } from '../../domain/reputation/incidents.ts';

/** The workspace's own playbooks per incident kind (issue 19). */
export const playbooksRepository = {
  async all(db: Executor, ws: string) {
    const rows = await db
      .selectFrom('incident_playbooks')
      .selectAll()
      .where('workspace_id', '=', ws)
      .execute();
    return rows.map((r) => ({ ...r, steps: JSON.parse(r.steps) as ChecklistItem[] }));
  },
  async find(db: Executor, ws: string, kind: string) {
    const r = await db
      .selectFrom('incident_playbooks')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return r && { ...r, steps: JSON.parse(r.steps) as ChecklistItem[] };
  },
  async put(db: Executor, ws: string, kind: string, steps: ChecklistItem[], by: string) {
    await db
      .deleteFrom('incident_playbooks')
      .where('workspace_id', '=', ws)
      .where('kind', '=', kind)
      .execute();
    await db
      .insertInto('incident_playbooks')
      .values({
        workspace_id: ws,
        kind,
        steps: JSON.stringify(steps),
        updated_by: by || null,
        updated_at: new Date().toISOString(),
      })
      .execute();
  },
  async remove(db: Executor, ws: string, kind: string) {
    const res = await db
      .deleteFrom('incident_playbooks')
      .where('workspace_id', '=', ws)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },
};
