import { siteDay, type ClosedReason, type Site } from './site.ts';

/** Why a piece of work due on a day cannot be done by its assignee that day. */
export type AvailabilityFlag =
  | { kind: 'office-closed'; reasons: ClosedReason[] }
  | { kind: 'on-leave'; status: 'approved' | 'requested' };

export interface AssigneeCalendar {
  site: Site;
  /** the person's leave that is not rejected, as inclusive local dates */
  leave: readonly { from: string; to: string; status: 'approved' | 'requested' }[];
}

/**
 * Whether an assignee working from an office can take a follow-up or ticket due on `date` (their
 * office's local date). A closed office wins over leave: the hand-over is needed either way, and
 * "closed for Eid al-Adha" is the reason the whole office shares. Approved leave wins over a
 * request; a pending request is still flagged so the manager sees it before approving.
 */
export function assigneeFlag(who: AssigneeCalendar, date: string): AvailabilityFlag | null {
  const day = siteDay(who.site, date);
  if (!day.working) return { kind: 'office-closed', reasons: day.reasons };
  const hits = who.leave.filter((l) => l.from <= date && date <= l.to);
  if (hits.some((l) => l.status === 'approved')) return { kind: 'on-leave', status: 'approved' };
  if (hits.length) return { kind: 'on-leave', status: 'requested' };
  return null;
}
