import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import { ticketsRepository } from './tickets.repository.ts';

/**
 * What other code may read of tickets. The tickets module is the only writer of `tickets`,
 * `ticket_comments`, `ticket_status_changes`, `ticket_sequences` and `sla_policies`.
 */
export const ticketRecords = {
  /** A ticket the scope may see, or undefined (the feedback module's CSAT line on the ticket). */
  findVisible: (db: Executor, scope: Scope, id: string) =>
    ticketsRepository.findVisible(db, scope, id),

  /** "T-000001 — subject" by id (the audit log names its records). */
  namesOf: async (db: Executor, workspaceId: string, ids: string[]) => {
    const rows = await ticketsRepository.namesOf(db, workspaceId, [...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, `${r.number} — ${r.subject}`]));
  },
};
