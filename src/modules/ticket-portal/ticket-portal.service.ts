import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import { PORTAL_LABELS } from '../../domain/service/portal-labels.ts';
import {
  acceptedLanguages,
  countryWish,
  directionOf,
  portalLanguage,
  publicStatus,
} from '../../domain/service/portal-language.ts';
import { systemScope, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import { RateLimit } from '../rate-limits/rate-limits.service.ts';
import { ticketRecords } from '../tickets/ticket-records.service.ts';
import type { TicketsService } from '../tickets/tickets.service.ts';
import { newToken, portalPath, readToken } from './portal-token.ts';
import { ticketPortalLinksRepository as links } from './ticket-portal-links.repository.ts';
import type { PublicTicket } from './ticket-portal.schemas.ts';

/** What a reader asked for: `?lang=` and the browser's Accept-Language. */
export interface Asked {
  lang?: string;
  acceptLanguage?: string;
}

const gone = () => AppError.notFound('Ticket');

/** Files of a ticket's public comments, as the portal lists them under their message. */
export type PublicFiles = (
  workspaceId: string,
  ticketId: string,
) => Promise<{ id: string; comment_id: string | null; file_name: string; size: number }[]>;

/**
 * The customer portal: one public link per ticket, unguessable and revocable, where the contact
 * reads the public conversation in their language and answers. Staff create (or rotate) and
 * revoke the link on tickets they may see; the public side knows only the token.
 */
export class TicketPortalService {
  // Twenty messages an hour per link and address: a customer writing back never meets it.
  private readonly replies: RateLimit;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly tickets: TicketsService,
    /** the files of the ticket's public comments (the attachments module, wired by the container) */
    private readonly publicFiles: PublicFiles = async () => [],
  ) {
    this.replies = new RateLimit(db, 'ticket-portal-reply', {
      maxAttempts: 20,
      windowMs: 3_600_000,
    });
  }

  private async visible(scope: Scope, ticketId: string) {
    const t = await ticketRecords.findVisible(this.db, scope, ticketId);
    if (!t) throw gone();
    return t;
  }

  async status(scope: Scope, ticketId: string) {
    await this.visible(scope, ticketId);
    const link = await links.ofTicket(this.db, scope.workspaceId, ticketId);
    return {
      active: !!link,
      createdAt: link?.created_at ?? null,
      language: link?.language ?? null,
    };
  }

  /** Issues a ticket's link inside the caller's transaction; a previous token stops working. */
  async issueIn(tx: Executor, scope: Scope, ticketId: string, language: string | null) {
    const { token, hash } = newToken(scope.workspaceId);
    const before = await links.ofTicket(tx, scope.workspaceId, ticketId);
    const createdAt = nowIso();
    await links.put(tx, {
      workspace_id: scope.workspaceId,
      ticket_id: ticketId,
      token_hash: hash,
      language: language ?? before?.language ?? null,
      created_by: scope.userId || null,
      created_at: createdAt,
    });
    await recordAudit(tx, scope, {
      action: 'update',
      entityType: 'ticket',
      entityId: ticketId,
      changes: diff(
        { portalLink: before ? 'active' : null },
        { portalLink: before ? 'rotated' : 'active' },
      ),
    });
    return { url: portalPath(token), token, createdAt };
  }

  async create(scope: Scope, ticketId: string) {
    await this.visible(scope, ticketId);
    return this.db.transaction().execute((tx) => this.issueIn(tx, scope, ticketId, null));
  }

  async revoke(scope: Scope, ticketId: string): Promise<void> {
    await this.visible(scope, ticketId);
    await this.db.transaction().execute(async (tx) => {
      if (!(await links.remove(tx, scope.workspaceId, ticketId))) return;
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'ticket',
        entityId: ticketId,
        changes: diff({ portalLink: 'active' }, { portalLink: null }),
      });
    });
  }

  /** The workspace and ticket a token opens (the attachments' public download), else 404. */
  async openToken(token: string) {
    const { link, ticket } = await this.open(token);
    return { workspaceId: link.workspace_id, ticketId: ticket.id };
  }

  /** The link and its ticket for a token, or 404 alike for malformed, unknown and revoked. */
  private async open(token: string) {
    const read = readToken(token);
    if (!read) throw gone();
    const link = await links.byHash(this.db, read.workspaceId, read.hash);
    const ticket = link && (await ticketRecords.find(this.db, read.workspaceId, link.ticket_id));
    if (!link || !ticket) throw gone();
    return { link, ticket };
  }

  /**
   * What the customer sees: subject, a customer-facing status and the public comments, never an
   * internal note or a staff member's name or address. The description is shown only when the
   * customer wrote it (a ticket from the web form): staff write phone tickets' descriptions.
   */
  async view(token: string, asked: Asked = {}): Promise<PublicTicket> {
    const { link, ticket } = await this.open(token);
    const ws = link.workspace_id;
    const contact = ticket.contact_id
      ? (await contactRecords.ofCustomer(this.db, ws, ticket.customer_id)).find(
          (c) => c.id === ticket.contact_id,
        )
      : undefined;
    const language = portalLanguage([
      asked.lang,
      link.language,
      contact?.preferred_language,
      countryWish(ticket.customer_country),
      ...acceptedLanguages(asked.acceptLanguage),
    ]);
    const [comments, files] = await Promise.all([
      ticketRecords.publicComments(this.db, ws, ticket.id),
      this.publicFiles(ws, ticket.id),
    ]);
    const filesOf = (commentId: string) =>
      files
        .filter((f) => f.comment_id === commentId)
        .map((f) => ({
          id: f.id,
          fileName: f.file_name,
          size: Number(f.size),
          url: `/api/v1/public/tickets/${encodeURIComponent(token)}/attachments/${f.id}`,
        }));
    const opening =
      ticket.channel === 'web' && ticket.description
        ? [
            {
              id: `${ticket.id}-description`,
              from: 'customer' as const,
              body: ticket.description,
              createdAt: ticket.created_at,
              attachments: [],
            },
          ]
        : [];
    return {
      language,
      dir: directionOf(language),
      labels: PORTAL_LABELS[language],
      number: ticket.number,
      subject: ticket.subject,
      status: publicStatus(ticket.status),
      canReply: ticket.status !== 'closed',
      createdAt: ticket.created_at,
      messages: [
        ...opening,
        ...comments.map((c) => ({
          id: c.id,
          from: c.author_kind === 'customer' ? ('customer' as const) : ('support' as const),
          body: c.body,
          createdAt: c.created_at,
          attachments: filesOf(c.id),
        })),
      ],
    };
  }

  /** The customer answers: a public message from the customer, which reopens a solved ticket. */
  async reply(token: string, body: string, address: string, asked: Asked = {}) {
    const { link, ticket } = await this.open(token);
    const key = `${link.token_hash}|${address}`;
    const wait = await this.replies.retryAfter(key);
    if (wait) throw new AppError(429, 'Too many messages', `Try again in ${wait} s`);
    await this.replies.record(key);
    if (!body.trim()) throw AppError.validation([fieldError('/body', 'required')]);
    if (ticket.status === 'closed')
      throw AppError.conflict('This ticket is closed', [fieldError('/status', 'ticket_closed')]);
    // Recorded by the system on the customer's behalf: no user wrote it.
    await this.tickets.comment(systemScope(link.workspace_id), ticket.id, {
      body: body.trim(),
      public: true,
      from: 'customer',
    });
    return this.view(token, asked);
  }
}
