import type { Executor } from '../../db/dialect.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';

/** One workspace's stored churn scores, all again (`refreshChurnScores`). */
export const CHURN_SCORES_JOB = 'risk.churn-scores';
/** Hourly: every workspace's (days pass; mail, tickets, feedback and bounces arrive). */
export const CHURN_SCORES_ALL = 'risk.churn-scores.all';

/** The workspace's refresh, later and once (a large import). */
export const enqueueChurnScores = (db: Executor, workspaceId: string) =>
  enqueueJob(db, CHURN_SCORES_JOB, {}, { workspaceId, dedupKey: workspaceId });
