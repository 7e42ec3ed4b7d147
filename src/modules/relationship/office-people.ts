import type { Executor } from '../../db/dialect.ts';
import type { OfficePerson } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { fieldError } from '../../http/errors.ts';
import type { FieldError } from '../../http/errors.ts';

/** What a follow-up's or ticket's "done by an office person" field resolves to. */
export interface PersonAssignment {
  /** undefined: not mentioned; null: cleared; else the person (visible to the caller) */
  person: OfficePerson | null | undefined;
  /** the user the work goes to: the person's own login when they have one, else the one sent */
  assigneeId: string | null | undefined;
  problems: FieldError[];
}

/** The offices module's answers the follow-ups and tickets need. */
export interface OfficePeople {
  assign(
    db: Executor,
    scope: Scope,
    personId: string | null | undefined,
    assigneeId: string | null | undefined,
  ): Promise<PersonAssignment>;
  peopleByIds(db: Executor, workspaceId: string, ids: string[]): Promise<OfficePerson[]>;
}

// Set by the composition root: the offices module sits above this one and the tickets module (it
// plans their follow-ups and tickets), so they reach its people through this port instead of an
// import (no module cycle). Until it is set no person is known.
let port: OfficePeople = {
  assign: async (_db, _scope, personId, assigneeId) => ({
    person: personId === null ? null : undefined,
    assigneeId,
    problems: personId ? [fieldError('/assigneePersonId', 'office_person_unknown')] : [],
  }),
  peopleByIds: async () => [],
};

export function setOfficePeople(people: OfficePeople): void {
  port = people;
}

export const officePeople: OfficePeople = {
  assign: (db, scope, personId, assigneeId) => port.assign(db, scope, personId, assigneeId),
  peopleByIds: (db, workspaceId, ids) => port.peopleByIds(db, workspaceId, ids),
};

/**
 * The office person after a change: the one sent (or null to clear); unmentioned, the person stays
 * unless the work moved to another user, which hands the whole of it over (send both to keep
 * staff without a login doing it under a new responsible user).
 */
export function personAfter(
  row: { assignee_id: string | null; assignee_person_id?: string | null },
  person: { id: string } | null | undefined,
  assigneeId: string | null | undefined,
): string | null {
  if (person !== undefined) return person?.id ?? null;
  if (assigneeId !== undefined && assigneeId !== row.assignee_id) return null;
  return row.assignee_person_id ?? null;
}
