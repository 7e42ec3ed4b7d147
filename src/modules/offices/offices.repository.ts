import type { Executor } from '../../db/dialect.ts';
import type {
  Office,
  OfficeLeave,
  OfficeLeaveTable,
  OfficePerson,
  OfficePersonTable,
  OfficeTable,
} from '../../db/schema.ts';
import type { Insertable, Updateable } from 'kysely';
import type { Scope } from '../../domain/scope.ts';

/**
 * Offices, their people and leave. Access is the office's: admins see every office; others see
 * the offices they manage or work in, decided here in the query so an unseen office is "not found".
 */
export const officesRepository = {
  visible(db: Executor, scope: Scope, id?: string): Promise<Office[]> {
    let q = db.selectFrom('offices').selectAll().where('workspace_id', '=', scope.workspaceId);
    if (id !== undefined) q = q.where('id', '=', id);
    if (scope.role !== 'admin')
      q = q.where((eb) =>
        eb.or([
          eb('manager_id', '=', scope.userId),
          eb.exists(
            eb
              .selectFrom('office_people as p')
              .select('p.id')
              .whereRef('p.workspace_id', '=', 'offices.workspace_id')
              .whereRef('p.office_id', '=', 'offices.id')
              .where('p.user_id', '=', scope.userId),
          ),
        ]),
      );
    return q.orderBy('name').orderBy('id').execute();
  },
  /** Offices by id, whoever the caller (the hand-over flags name an assignee's office). */
  byIds(db: Executor, workspaceId: string, ids: string[]): Promise<Office[]> {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('offices')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  },
  /** The office people who are these users (a user works from at most a few offices). */
  peopleOfUsers(db: Executor, workspaceId: string, userIds: string[]): Promise<OfficePerson[]> {
    if (!userIds.length) return Promise.resolve([]);
    return db
      .selectFrom('office_people')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', 'in', userIds)
      .orderBy('start_date')
      .orderBy('id')
      .execute();
  },
  /** Office people by id (the hand-over flags read the people work is assigned to). */
  peopleByIds(db: Executor, workspaceId: string, ids: string[]): Promise<OfficePerson[]> {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('office_people')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  },
  async insert(db: Executor, row: Insertable<OfficeTable>): Promise<void> {
    await db.insertInto('offices').values(row).execute();
  },
  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Updateable<OfficeTable>,
  ): Promise<void> {
    await db
      .updateTable('offices')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
  people(db: Executor, workspaceId: string, officeIds: string[]): Promise<OfficePerson[]> {
    if (!officeIds.length) return Promise.resolve([]);
    return db
      .selectFrom('office_people')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('office_id', 'in', officeIds)
      .orderBy('name')
      .orderBy('id')
      .execute();
  },
  person(db: Executor, workspaceId: string, id: string): Promise<OfficePerson | undefined> {
    return db
      .selectFrom('office_people')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertPerson(db: Executor, row: Insertable<OfficePersonTable>): Promise<void> {
    await db.insertInto('office_people').values(row).execute();
  },
  /** Leave of the offices that ends on or after `from` (all of it when `from` is null). */
  leave(
    db: Executor,
    workspaceId: string,
    officeIds: string[],
    from: string | null = null,
  ): Promise<OfficeLeave[]> {
    if (!officeIds.length) return Promise.resolve([]);
    let q = db
      .selectFrom('office_leave')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('office_id', 'in', officeIds);
    if (from) q = q.where('to_date', '>=', from);
    return q.orderBy('from_date').orderBy('id').execute();
  },
  /** The few columns a planning view reads of the offices' people (names for who is away). */
  planningPeople(db: Executor, workspaceId: string, officeIds: string[]) {
    if (!officeIds.length) return Promise.resolve([]);
    return db
      .selectFrom('office_people')
      .select(['id', 'office_id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .where('office_id', 'in', officeIds)
      .orderBy('name')
      .orderBy('id')
      .execute();
  },
  /**
   * Leave touching `from`..`to` that is not rejected, with only what a planning view shows: the
   * view across offices reads thousands of these per request, so reasons and audit columns stay.
   */
  planningLeave(db: Executor, workspaceId: string, officeIds: string[], from: string, to: string) {
    if (!officeIds.length) return Promise.resolve([]);
    return db
      .selectFrom('office_leave')
      .select(['person_id', 'office_id', 'kind', 'status', 'from_date', 'to_date'])
      .where('workspace_id', '=', workspaceId)
      .where('office_id', 'in', officeIds)
      .where('to_date', '>=', from)
      .where('from_date', '<=', to)
      .where('status', '!=', 'rejected')
      .orderBy('from_date')
      .orderBy('id')
      .execute();
  },
  leaveById(db: Executor, workspaceId: string, id: string): Promise<OfficeLeave | undefined> {
    return db
      .selectFrom('office_leave')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertLeave(db: Executor, row: Insertable<OfficeLeaveTable>): Promise<void> {
    await db.insertInto('office_leave').values(row).execute();
  },
  async decideLeave(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Pick<OfficeLeave, 'status' | 'decided_by' | 'decided_at'>,
  ): Promise<void> {
    await db
      .updateTable('office_leave')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
