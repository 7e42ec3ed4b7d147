import type { Executor } from '../../db/dialect.ts';
import { refreshStatistics } from '../../db/statistics.ts';
import { childIds, reparent } from '../../db/reparent.ts';
import type { Activity, FollowUpStatus } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { activitiesRepository } from './activities.repository.ts';
import { followUpsRepository } from './follow-ups.repository.ts';

/**
 * What other modules may do with activities and follow-ups, inside their own transaction. The
 * relationship module is the only writer of `activities`, `follow_ups`, `cadence_policies` and
 * `cadence_plan_map`.
 */
export const relationshipRecords = {
  /** After a bulk write grew them: fresh planner statistics of follow-ups and touches. */
  refreshStatistics: (db: Executor) =>
    refreshStatistics(db, ['follow_ups', 'activities', 'cadence_plan_map']),

  /** A history of touches written at once (the demo seed); callers then replan and score. */
  insertActivities: (db: Executor, rows: Activity[]) => activitiesRepository.insertMany(db, rows),

  /** An import's notes, written with its batch; notes are records, not touches: nothing replans. */
  insertImportedNotes: (db: Executor, rows: Activity[]) =>
    activitiesRepository.insertMany(db, rows),

  /** The notes imports already put on these customers, so a re-import adds none twice. */
  importedNotes: (db: Executor, workspaceId: string, customerIds: string[]) =>
    activitiesRepository.importedNotes(db, workspaceId, customerIds),

  /** A customer's cadence follow-ups still to do (open or snoozed). */
  openCadence: (db: Executor, workspaceId: string, customerId: string) =>
    followUpsRepository.openCadence(db, workspaceId, customerId),

  /** Open follow-ups due before `date`, by id after `afterId` (automations' overdue scan). */
  overdueFollowUps: (
    db: Executor,
    workspaceId: string,
    date: string,
    afterId: string | null,
    limit: number,
  ) => followUpsRepository.overdue(db, workspaceId, date, afterId, limit),

  /**
   * Cancels everything still to do for the customer (a customer returned to the shared pool:
   * its former owner's follow-ups are no one's now). Answers the ids cancelled.
   */
  async cancelOpen(db: Executor, workspaceId: string, customerId: string, at: string) {
    const ids = await followUpsRepository.openOf(db, workspaceId, customerId);
    await followUpsRepository.setStatus(db, workspaceId, ids, 'cancelled', at);
    return ids;
  },

  setFollowUpStatus: (
    db: Executor,
    workspaceId: string,
    ids: string[],
    status: FollowUpStatus,
    at: string,
  ) => followUpsRepository.setStatus(db, workspaceId, ids, status, at),

  /**
   * Open follow-ups of customers the scope sees, due from `from` to `until` (the offices module flags
   * those whose assignee's office is closed or who is on leave that day).
   */
  openFollowUps: (db: Executor, scope: Scope, from: string, until: string) =>
    followUpsRepository.open(db, scope, { from, until }),

  /** The customer's activities and follow-ups, as a merge moves them. */
  async idsOf(db: Executor, workspaceId: string, customerId: string) {
    return {
      activities: await childIds(db, 'activities', workspaceId, customerId),
      followUps: await childIds(db, 'follow_ups', workspaceId, customerId),
    };
  },

  async moveTo(
    db: Executor,
    workspaceId: string,
    ids: { activities: string[]; followUps: string[] },
    customerId: string,
  ) {
    await reparent(db, 'activities', workspaceId, ids.activities, customerId);
    await reparent(db, 'follow_ups', workspaceId, ids.followUps, customerId);
  },
};
