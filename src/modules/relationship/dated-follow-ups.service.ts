import type { Executor } from '../../db/dialect.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { followUpsRepository } from './follow-ups.repository.ts';

export interface DatedFollowUp {
  customerId: string;
  assigneeId: string;
  /** the date another module planned, in the calendar it chose (and says in `reason`) */
  dueDate: string;
  reason: { en: string; zh: string };
  note: string | null;
}

/**
 * Follow-ups another module plans for a date it works out itself (a tender's deadline reminder,
 * counted back in the home office's calendar), inside that module's transaction. They are manual
 * follow-ups to the inbox and the cadence: a replan never moves them. Each write is audited as
 * any follow-up change is. The caller has checked that the scope may see the customer.
 */
export const datedFollowUps = {
  async plan(db: Executor, scope: Scope, input: DatedFollowUp): Promise<string> {
    const id = newId();
    const at = nowIso();
    await followUpsRepository.insertMany(db, [
      {
        workspace_id: scope.workspaceId,
        id,
        customer_id: input.customerId,
        assignee_id: input.assigneeId,
        kind: 'manual',
        due_date: input.dueDate,
        due_time: null,
        status: 'open',
        reason: JSON.stringify(input.reason),
        note: input.note,
        created_at: at,
        updated_at: at,
        done_at: null,
        basis_date: null,
        assignee_person_id: null,
      },
    ]);
    await recordAudit(db, scope, {
      action: 'create',
      entityType: 'follow_up',
      entityId: id,
      changes: diff(
        {},
        { customerId: input.customerId, dueDate: input.dueDate, assigneeId: input.assigneeId },
      ),
    });
    return id;
  },

  /**
   * Moves a planned follow-up to a new date (and reason) while it is still to do. One already
   * done or cancelled is left as it is and a new one planned. Answers the follow-up's id.
   */
  async move(db: Executor, scope: Scope, id: string | null, input: DatedFollowUp) {
    const row = id ? await followUpsRepository.findVisible(db, scope, id) : undefined;
    if (!row) return datedFollowUps.plan(db, scope, input);
    if (row.status !== 'open' && row.status !== 'snoozed')
      // Done or cancelled for this same date: an edit of what it is about (a tender's title or
      // documents) must not bring back what the user dealt with. A new date is a new reminder.
      return row.due_date === input.dueDate ? row.id : datedFollowUps.plan(db, scope, input);
    const reason = JSON.stringify(input.reason);
    if (row.due_date === input.dueDate && row.reason === reason && row.note === input.note)
      return row.id;
    await followUpsRepository.update(db, scope.workspaceId, row.id, {
      due_date: input.dueDate,
      status: 'open',
      reason,
      note: input.note,
      updated_at: nowIso(),
    });
    const changes = diff(
      { dueDate: row.due_date, status: row.status },
      { dueDate: input.dueDate, status: 'open' },
    );
    if (Object.keys(changes).length)
      await recordAudit(db, scope, {
        action: 'update',
        entityType: 'follow_up',
        entityId: row.id,
        changes,
      });
    return row.id;
  },

  /** Due date and status of planned follow-ups, by id. */
  dates: (db: Executor, workspaceId: string, ids: string[]) =>
    followUpsRepository.datesOf(db, workspaceId, ids),

  /**
   * Marks a planned follow-up done (what it asked for was done, and recorded by the module that
   * planned it); one already done or cancelled is left as it is.
   */
  async complete(db: Executor, scope: Scope, id: string): Promise<void> {
    const row = await followUpsRepository.findVisible(db, scope, id);
    if (!row || (row.status !== 'open' && row.status !== 'snoozed')) return;
    const at = nowIso();
    await followUpsRepository.update(db, scope.workspaceId, row.id, {
      status: 'done',
      done_at: at,
      updated_at: at,
    });
    await recordAudit(db, scope, {
      action: 'update',
      entityType: 'follow_up',
      entityId: row.id,
      changes: diff({ status: row.status }, { status: 'done' }),
    });
  },

  /** Cancels a planned follow-up still to do (its reason is gone); done ones stay done. */
  async cancel(db: Executor, scope: Scope, id: string | null): Promise<void> {
    const row = id ? await followUpsRepository.findVisible(db, scope, id) : undefined;
    if (!row || (row.status !== 'open' && row.status !== 'snoozed')) return;
    await followUpsRepository.update(db, scope.workspaceId, row.id, {
      status: 'cancelled',
      updated_at: nowIso(),
    });
    await recordAudit(db, scope, {
      action: 'update',
      entityType: 'follow_up',
      entityId: row.id,
      changes: diff({ status: row.status }, { status: 'cancelled' }),
    });
  },
};
