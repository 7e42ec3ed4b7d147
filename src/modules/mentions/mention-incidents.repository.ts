import type { Executor } from '../../db/dialect.ts';

/**
 * Mentions linked to crisis incidents (issue 19). Reads `incidents` for the title and status of a
 * mention's incidents and `mentions` for an incident's list; writes only its own table.
 */
export const mentionIncidentsRepository = {
  /** Links a mention to an incident; false when it already was. */
  async link(db: Executor, ws: string, mentionId: string, incidentId: string, by: string) {
    const found = await db
      .selectFrom('mention_incidents')
      .select('mention_id')
      .where('workspace_id', '=', ws)
      .where('mention_id', '=', mentionId)
      .where('incident_id', '=', incidentId)
      .executeTakeFirst();
    if (found) return false;
    await db
      .insertInto('mention_incidents')
      .values({
        workspace_id: ws,
        mention_id: mentionId,
        incident_id: incidentId,
        linked_by: by || null,
        linked_at: new Date().toISOString(),
      })
      .execute();
    return true;
  },
  /** Unlinks them; false when they were not linked. */
  async unlink(db: Executor, ws: string, mentionId: string, incidentId: string) {
    const res = await db
      .deleteFrom('mention_incidents')
      .where('workspace_id', '=', ws)
      .where('mention_id', '=', mentionId)
      .where('incident_id', '=', incidentId)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },
  async removeForMention(db: Executor, ws: string, mentionId: string) {
    await db
      .deleteFrom('mention_incidents')
      .where('workspace_id', '=', ws)
      .where('mention_id', '=', mentionId)
      .execute();
  },
  /** The mentions linked to an incident, newest first. */
  forIncident(db: Executor, ws: string, incidentId: string) {
    return db
      .selectFrom('mention_incidents as l')
      .innerJoin('mentions as m', (j) =>
        j.onRef('m.workspace_id', '=', 'l.workspace_id').onRef('m.id', '=', 'l.mention_id'),
      )
      .select([
        'm.id',
        'm.title',
        'm.source',
        'm.url',
        'm.country',
        'm.language',
        'm.published_on',
        'm.sentiment',
        'l.linked_at',
      ])
      .where('l.workspace_id', '=', ws)
      .where('l.incident_id', '=', incidentId)
      .orderBy('m.published_on', 'desc')
      .orderBy('m.id')
      .execute();
  },
  /** The incidents each of these mentions is linked to. */
  forMentions(db: Executor, ws: string, mentionIds: string[]) {
    if (!mentionIds.length) return Promise.resolve([]);
    return db
      .selectFrom('mention_incidents as l')
      .innerJoin('incidents as i', (j) =>
        j.onRef('i.workspace_id', '=', 'l.workspace_id').onRef('i.id', '=', 'l.incident_id'),
      )
      .select(['l.mention_id', 'i.id', 'i.title', 'i.status'])
      .where('l.workspace_id', '=', ws)
      .where('l.mention_id', 'in', mentionIds)
      .orderBy('i.first_seen_at', 'desc')
      .execute();
  },
};
