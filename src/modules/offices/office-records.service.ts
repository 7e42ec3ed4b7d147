import type { Executor } from '../../db/dialect.ts';
import type { OfficePerson } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { fieldError, type FieldError } from '../../http/errors.ts';
import { officesRepository } from './offices.repository.ts';

/** What a follow-up's or ticket's "done by an office person" field resolves to. */
export interface PersonAssignment {
  /** undefined: not mentioned; null: cleared; else the person (visible to the caller) */
  person: OfficePerson | null | undefined;
  /** the user the work goes to: the person's own login when they have one, else the one sent */
  assigneeId: string | null | undefined;
  problems: FieldError[];
}

/**
 * What other modules may read of offices. The offices module is the only reader and writer of
 * `offices`, `office_people` and `office_leave`.
 */
export const officeRecords = {
  /**
   * The office person `id` when the caller sees their office (admins every office, others the
   * offices they manage or work in). Unknown, another workspace's and an unseen office's person
   * all answer undefined, so a refusal says nothing about what exists.
   */
  async visiblePerson(db: Executor, scope: Scope, id: string): Promise<OfficePerson | undefined> {
    const person = await officesRepository.person(db, scope.workspaceId, id);
    if (!person) return undefined;
    const seen = await officesRepository.visible(db, scope, person.office_id);
    return seen.length ? person : undefined;
  },

  /**
   * Checks `assigneePersonId` of a follow-up or ticket against the `assigneeId` sent with it. A
   * person with a login is that user: the work goes to them, and another user sent alongside is
   * refused. Staff without a login leave the user assignee as sent (the responsible user).
   */
  async assign(
    db: Executor,
    scope: Scope,
    personId: string | null | undefined,
    assigneeId: string | null | undefined,
  ): Promise<PersonAssignment> {
    if (personId === undefined || personId === null)
      return { person: personId, assigneeId, problems: [] };
    const person = await officeRecords.visiblePerson(db, scope, personId);
    if (!person)
      return {
        person: undefined,
        assigneeId,
        problems: [fieldError('/assigneePersonId', 'office_person_unknown')],
      };
    if (person.user_id && assigneeId && assigneeId !== person.user_id)
      return {
        person,
        assigneeId,
        problems: [fieldError('/assigneeId', 'office_person_other_user', { person: person.name })],
      };
    return { person, assigneeId: person.user_id ?? assigneeId, problems: [] };
  },

  /** People by id in the workspace, whoever the caller (names for lists the caller already sees). */
  peopleByIds: (db: Executor, workspaceId: string, ids: string[]) =>
    officesRepository.peopleByIds(db, workspaceId, ids),
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
