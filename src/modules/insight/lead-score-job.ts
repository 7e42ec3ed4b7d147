import type { Executor } from '../../db/dialect.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';

/** One workspace's stored lead scores, all again (`refreshLeadScores`). */
export const LEAD_SCORES_JOB = 'insight.lead-scores';
/** Hourly: every workspace's. */
export const LEAD_SCORES_ALL = 'insight.lead-scores.all';

/** The workspace's refresh, later and once (a changed profile, a large import). */
export const enqueueLeadScores = (db: Executor, workspaceId: string) =>
  enqueueJob(db, LEAD_SCORES_JOB, {}, { workspaceId, dedupKey: workspaceId });
