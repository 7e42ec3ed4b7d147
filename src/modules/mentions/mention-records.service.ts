import type { Insertable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { MentionTable } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { mentionIncidentsRepository as links } from './mention-incidents.repository.ts';
import { mentionsRepository } from './mentions.repository.ts';

/** What other modules may do with mentions: incidents link them (issue 19); the bench fills them. */
export const mentionRecords = {
  /**
   * Mentions written at once (the bench), counted with them — or, with `counts: 'later'`, left
   * for one `recount` after the last batch.
   */
  insertHistory: (db: Executor, rows: Insertable<MentionTable>[], o: { counts?: 'later' } = {}) =>
    mentionsRepository.insertMany(db, rows, o),
  /** The workspace's mentions counted again (after histories inserted with `counts: 'later'`). */
  recount: (db: Executor, workspaceId: string) => mentionsRepository.recount(db, workspaceId),
  /** The reputation page's counts read from the mentions themselves (the bench's comparison). */
  summaryRaw: (db: Executor, workspaceId: string, country: string, from: string, to: string) =>
    mentionsRepository.summaryRaw(db, workspaceId, country, from, to),
  /** The mention if the scope may read it (the mentions' rule), else undefined. */
  async visible(db: Executor, scope: Scope, id: string) {
    const [row] = await mentionsRepository.visible(db, scope, { id });
    return row;
  },
  link: (db: Executor, scope: Scope, mentionId: string, incidentId: string) =>
    links.link(db, scope.workspaceId, mentionId, incidentId, scope.userId),
  unlink: (db: Executor, scope: Scope, mentionId: string, incidentId: string) =>
    links.unlink(db, scope.workspaceId, mentionId, incidentId),
  /** The mentions linked to an incident (incidents are read by managers and admins only). */
  forIncident: (db: Executor, scope: Scope, incidentId: string) =>
    links.forIncident(db, scope.workspaceId, incidentId),
};
