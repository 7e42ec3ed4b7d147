import type { FollowUp } from '../../db/schema.ts';
import type { FollowUpOut } from './activities.schemas.ts';

export function toFollowUpOut(
  f: Pick<
    FollowUp,
    | 'id'
    | 'customer_id'
    | 'assignee_id'
    | 'assignee_person_id'
    | 'kind'
    | 'due_date'
    | 'due_time'
    | 'status'
    | 'reason'
    | 'note'
  > & { customer_name: string; customer_country: string },
): FollowUpOut {
  const reason = JSON.parse(f.reason) as { en?: string; zh?: string };
  return {
    id: f.id,
    customerId: f.customer_id,
    customerName: f.customer_name,
    country: f.customer_country,
    assigneeId: f.assignee_id,
    assigneePersonId: f.assignee_person_id,
    kind: f.kind,
    dueDate: f.due_date,
    dueTime: f.due_time,
    status: f.status,
    reason: { en: reason.en ?? '', zh: reason.zh ?? reason.en ?? '' },
    note: f.note,
  };
}
