import type { Executor } from '../../db/dialect.ts';
import type { OfficePerson } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { fieldError } from '../../http/errors.ts';
import { personAfter, type PersonAssignment } from '../relationship/office-people.ts';
import { officesRepository } from './offices.repository.ts';

export { personAfter, type PersonAssignment };

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
