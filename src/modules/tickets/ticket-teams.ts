import type { Executor } from '../../db/dialect.ts';
import type { Ticket } from '../../db/schema.ts';
import { fieldError, type FieldError } from '../../http/errors.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';

// Support teams and agents on tickets, apart from the ticket's own use-cases: which team a
// ticket may name, the teams' names on a list, and whom an agent answers.

/** A team named on a ticket must be one of the workspace's support teams. */
export async function teamProblems(
  db: Executor,
  workspaceId: string,
  teamId: string | null | undefined,
): Promise<FieldError[]> {
  if (!teamId) return [];
  const team = await userRecords.findSupportTeam(db, workspaceId, teamId);
  return team ? [] : [fieldError('/teamId', 'no_such', { entity: 'support team' })];
}

/** The support teams' names of a page of tickets. */
export const teamNamesOf = (db: Executor, workspaceId: string, rows: Pick<Ticket, 'team_id'>[]) =>
  userRecords.supportTeamNamesOf(
    db,
    workspaceId,
    rows.flatMap((r) => (r.team_id ? [r.team_id] : [])),
  );

const list = (json: string): string[] => {
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? v.map(String) : [];
};

/**
 * The ticket's contact as the one answering needs it — name, title, addresses, language — read
 * through the ticket (which the caller reached), so an agent, who sees no customer record,
 * still knows whom they write to and in which language.
 */
export async function contactOf(
  db: Executor,
  t: Pick<Ticket, 'workspace_id' | 'customer_id' | 'contact_id'>,
) {
  if (!t.contact_id) return null;
  const c = (await contactRecords.ofCustomer(db, t.workspace_id, t.customer_id)).find(
    (x) => x.id === t.contact_id,
  );
  if (!c) return null;
  return {
    id: c.id,
    name: [c.first_name, c.last_name].filter(Boolean).join(' '),
    title: c.title,
    emails: list(c.emails),
    phones: list(c.phones),
    language: c.preferred_language,
  };
}
