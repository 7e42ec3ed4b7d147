import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { mentionRecords } from '../mentions/mention-records.service.ts';
import type { IncidentsService } from './incidents.service.ts';

/**
 * Mentions linked to an incident as records (issue 19): its owner and admins link and unlink
 * them; every manager and admin reads them on the incident, and on the mention. Each change is
 * on the incident's timeline and in the audit log.
 */
export class IncidentMentionsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly incidents: IncidentsService,
  ) {}

  async link(scope: Scope, id: string, mentionId: string) {
    await this.db.transaction().execute(async (tx) => {
      await this.incidents.editable(tx, scope, id);
      const mention = await mentionRecords.visible(tx, scope, mentionId);
      if (!mention) throw AppError.notFound('Mention');
      if (!(await mentionRecords.link(tx, scope, mentionId, id))) return;
      await this.incidents.log(tx, scope, id, 'mention', mention.title);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'incident',
        entityId: id,
        changes: diff({ linkedMention: null }, { linkedMention: mentionId }),
      });
    });
    return this.incidents.detailOf(scope, id);
  }

  async unlink(scope: Scope, id: string, mentionId: string) {
    await this.db.transaction().execute(async (tx) => {
      await this.incidents.editable(tx, scope, id);
      const mention = await mentionRecords.visible(tx, scope, mentionId);
      if (!mention || !(await mentionRecords.unlink(tx, scope, mentionId, id)))
        throw AppError.notFound('Linked mention');
      await this.incidents.log(tx, scope, id, 'mention_unlinked', mention.title);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'incident',
        entityId: id,
        changes: diff({ unlinkedMention: null }, { unlinkedMention: mentionId }),
      });
    });
    return this.incidents.detailOf(scope, id);
  }
}
