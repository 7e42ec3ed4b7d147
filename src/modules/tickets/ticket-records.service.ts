import type { Executor } from '../../db/dialect.ts';
import type { TicketCommentTable, TicketStatusChangeTable, TicketTable } from '../../db/schema.ts';
import { systemScope, type Scope } from '../../domain/scope.ts';
import { ticketsRepository } from './tickets.repository.ts';

/**
 * What other code may read of tickets. The tickets module is the only writer of `tickets`,
 * `ticket_comments`, `ticket_status_changes`, `ticket_sequences` and `sla_policies`.
 */
export const ticketRecords = {
  /** "T-000001 — subject" by id (the audit log names its records). */
  namesOf: async (db: Executor, workspaceId: string, ids: string[]) => {
    const rows = await ticketsRepository.namesOf(db, workspaceId, [...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, `${r.number} — ${r.subject}`]));
  },

  /** A ticket the scope may see (its customer's access rule), or undefined: the portal, the CSAT line. */
  findVisible: (db: Executor, scope: Scope, id: string) =>
    ticketsRepository.findVisible(db, scope, id),

  /** Those of these tickets the scope may see (escalation notices), in no particular order. */
  visibleAmong: (db: Executor, scope: Scope, ids: string[]) =>
    ticketsRepository.visibleAmong(db, scope, ids),

  /** Running, assigned tickets the scope may see due in [from, to] (hand-over flags). */
  dueBetween: (db: Executor, scope: Scope, from: string, to: string, limit: number) =>
    ticketsRepository.dueBetween(db, scope, from, to, limit),

  /** A ticket by id, unscoped: for the customer portal, which checked the link's token. */
  find: (db: Executor, workspaceId: string, id: string) =>
    ticketsRepository.findVisible(db, systemScope(workspaceId), id),

  /** Open tickets per customer (churn risk): count and the oldest's creation; scope checked. */
  openPerCustomer: (db: Executor, workspaceId: string, customerIds: string[]) =>
    ticketsRepository.openPerCustomer(db, workspaceId, customerIds),

  /** A deleted support team's tickets go to no team (wired to the users module's teams). */
  clearTeam: (db: Executor, workspaceId: string, teamId: string) =>
    ticketsRepository.clearTeam(db, workspaceId, teamId),

  /**
   * Tickets as they stand, many at once, with their comments and status history (the demo's
   * past year, benchmarks): numbers and SLA instants as given; the workspace's running number
   * moves past the highest given.
   */
  insertHistory: async (
    db: Executor,
    rows: TicketTable[],
    more: { comments?: TicketCommentTable[]; changes?: TicketStatusChangeTable[] } = {},
  ) => {
    await ticketsRepository.insertMany(db, rows);
    await ticketsRepository.insertCommentsMany(db, more.comments ?? []);
    await ticketsRepository.insertStatusChangesMany(db, more.changes ?? []);
    const ws = rows[0]?.workspace_id;
    const top = Math.max(0, ...rows.map((r) => Number(r.number.replace(/\D/g, '')) || 0));
    if (ws && top) await ticketsRepository.raiseNumber(db, ws, top);
  },

  /** Running tickets past a warning instant, most urgent first (the escalation job). */
  escalationCandidates: (db: Executor, workspaceId: string, now: string, limit: number) =>
    ticketsRepository.escalationCandidates(db, workspaceId, now, limit),

  /** A ticket's comments, oldest first (attachments check which comment a file belongs to). */
  comments: (db: Executor, workspaceId: string, ticketId: string) =>
    ticketsRepository.comments(db, workspaceId, ticketId),

  /** What the customer may read of the conversation: public comments only, oldest first. */
  publicComments: async (db: Executor, workspaceId: string, ticketId: string) =>
    (await ticketsRepository.comments(db, workspaceId, ticketId)).filter((c) => c.public === 1),
};
