import { workspaceRefresh } from '../jobs/workspace-refresh.ts';

/** One workspace's stored churn scores, all again (`refreshChurnScores`). */
export const CHURN_SCORES_JOB = 'risk.churn-scores';
/** Hourly: every workspace's (days pass; mail, tickets, feedback and bounces arrive). */
export const CHURN_SCORES_ALL = 'risk.churn-scores.all';

/** The refresh job and the schedule's fan-out to every workspace. */
export const churnScoresRefresh = workspaceRefresh({
  one: CHURN_SCORES_JOB,
  all: CHURN_SCORES_ALL,
});

/** The workspace's refresh, later and once (a large import). */
export const enqueueChurnScores = churnScoresRefresh.enqueue;
