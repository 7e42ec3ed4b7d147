import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import { mentionIncidentsRepository as links } from './mention-incidents.repository.ts';
import { mentionsRepository } from './mentions.repository.ts';

/** What other modules may do with mentions: incidents link them (issue 19). */
export const mentionRecords = {
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
