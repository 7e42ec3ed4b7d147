import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, TicketAttachment } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { ticketRecords } from '../tickets/ticket-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import type { AttachmentStore } from './attachment-store.ts';
import { ticketAttachmentsRepository as repo } from './ticket-attachments.repository.ts';

/** A file received and written under its random key, before it has a row. */
export interface ReceivedFile {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  commentId: string | null;
}

const gone = () => AppError.notFound('Ticket');
const noFile = () => AppError.notFound('Attachment');

function out(a: TicketAttachment, names: Map<string, string> = new Map()) {
  return {
    id: a.id,
    ticketId: a.ticket_id,
    commentId: a.comment_id,
    fileName: a.file_name,
    contentType: a.content_type,
    size: Number(a.size),
    createdBy: a.created_by,
    createdByName: a.created_by ? (names.get(a.created_by) ?? null) : null,
    createdAt: a.created_at,
  };
}

/**
 * Files on tickets and their comments. Whoever can see the ticket (its access rule) lists,
 * downloads and attaches; anyone else gets 404 as for the ticket. The customer's portal reaches
 * only files of public comments.
 */
export class TicketAttachmentsService {
  constructor(
    private readonly db: Kysely<DB>,
    readonly store: AttachmentStore,
    readonly maxBytes: number,
  ) {}

  /** 404 unless the scope sees the ticket: checked before an upload's body is read. */
  async checkTicket(scope: Scope, ticketId: string, db: Executor = this.db) {
    const t = await ticketRecords.findVisible(db, scope, ticketId);
    if (!t) throw gone();
    return t;
  }

  async list(scope: Scope, ticketId: string) {
    await this.checkTicket(scope, ticketId);
    const rows = await repo.ofTicket(this.db, scope.workspaceId, ticketId);
    const names = await userRecords.namesOf(
      this.db,
      scope.workspaceId,
      rows.flatMap((r) => (r.created_by ? [r.created_by] : [])),
    );
    return { items: rows.map((r) => out(r, names)) };
  }

  /**
   * Gives a written file its row. On any refusal (the ticket gone meanwhile, a comment of
   * another ticket, a closed ticket) the file is deleted: nothing is left behind.
   */
  async record(scope: Scope, ticketId: string, file: ReceivedFile) {
    try {
      const row = await this.db.transaction().execute(async (tx) => {
        const t = await this.checkTicket(scope, ticketId, tx);
        if (t.status === 'closed')
          throw AppError.conflict('This ticket is closed', [
            fieldError('/status', 'ticket_closed'),
          ]);
        if (file.commentId) {
          const comments = await ticketRecords.comments(tx, scope.workspaceId, ticketId);
          if (!comments.some((c) => c.id === file.commentId))
            throw AppError.validation([
              fieldError('/commentId', 'no_such', { entity: 'comment on this ticket' }),
            ]);
        }
        const a = {
          workspace_id: scope.workspaceId,
          id: newId(),
          ticket_id: ticketId,
          comment_id: file.commentId,
          file_name: file.fileName,
          content_type: file.contentType,
          size: file.size,
          storage_key: file.storageKey,
          created_by: scope.userId || null,
          created_at: nowIso(),
        };
        await repo.insert(tx, a);
        await recordAudit(tx, scope, {
          action: 'create',
          entityType: 'ticket_attachment',
          entityId: a.id,
          changes: diff(
            {},
            {
              ticketId,
              commentId: file.commentId,
              fileName: a.file_name,
              size: a.size,
            },
          ),
        });
        return a;
      });
      const names = await userRecords.namesOf(this.db, scope.workspaceId, [scope.userId]);
      return out(row, names);
    } catch (err) {
      await this.store.remove(file.storageKey);
      throw err;
    }
  }

  /** The row and the stream of a file the scope may see. */
  async open(scope: Scope, ticketId: string, id: string) {
    await this.checkTicket(scope, ticketId);
    const a = await repo.find(this.db, scope.workspaceId, ticketId, id);
    if (!a) throw noFile();
    return { attachment: a, stream: this.store.open(a.storage_key) };
  }

  /** The uploader, a manager or an admin who sees the ticket deletes a file; row and file go. */
  async remove(scope: Scope, ticketId: string, id: string): Promise<void> {
    const key = await this.db.transaction().execute(async (tx) => {
      await this.checkTicket(scope, ticketId, tx);
      const a = await repo.find(tx, scope.workspaceId, ticketId, id);
      if (!a) throw noFile();
      if (a.created_by !== scope.userId && scope.role !== 'admin' && scope.role !== 'manager')
        throw AppError.forbidden('Only who attached the file, a manager or an admin can delete it');
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'ticket_attachment',
        entityId: id,
        changes: diff({ ticketId, fileName: a.file_name }, {}),
      });
      return a.storage_key;
    });
    await this.store.remove(key);
  }

  /** The files of a ticket's public comments: what its customer link shows. */
  async publicOf(workspaceId: string, ticketId: string) {
    const [rows, comments] = await Promise.all([
      repo.ofTicket(this.db, workspaceId, ticketId),
      ticketRecords.publicComments(this.db, workspaceId, ticketId),
    ]);
    const shown = new Set(comments.map((c) => c.id));
    return rows.filter((r) => r.comment_id && shown.has(r.comment_id));
  }

  /** One file of a public comment, for the portal (the token was checked); else 404. */
  async publicOpen(workspaceId: string, ticketId: string, id: string) {
    const a = (await this.publicOf(workspaceId, ticketId)).find((r) => r.id === id);
    if (!a) throw noFile();
    return { attachment: a, stream: this.store.open(a.storage_key) };
  }

  /** Files whose row went with their ticket or comment (the SLA job calls this). */
  sweep(): Promise<number> {
    return this.store.sweep((keys) => repo.knownKeys(this.db, keys));
  }
}
