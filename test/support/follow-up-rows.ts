import type { FollowUp } from '../../src/db/schema.ts';
import { newId } from '../../src/domain/ids.ts';

/**
 * A manual follow-up row, written straight to the table by tests that need many of them (the
 * inbox at size, its pages): open unless `status` says otherwise, nothing else set.
 */
export function manualFollowUp(
  f: Pick<FollowUp, 'workspace_id' | 'customer_id' | 'assignee_id' | 'due_date'> &
    Partial<Pick<FollowUp, 'id' | 'status' | 'note'>>,
): FollowUp {
  const at = new Date().toISOString();
  return {
    id: newId(),
    kind: 'manual',
    due_time: null,
    status: 'open',
    reason: '{}',
    note: null,
    created_at: at,
    updated_at: at,
    done_at: null,
    basis_date: null,
    assignee_person_id: null,
    ...f,
  };
}
