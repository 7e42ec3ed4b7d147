import { workspaceRefresh } from '../jobs/workspace-refresh.ts';

/** One workspace's stored lead scores, all again (`refreshLeadScores`). */
export const LEAD_SCORES_JOB = 'insight.lead-scores';
/** Hourly: every workspace's. */
export const LEAD_SCORES_ALL = 'insight.lead-scores.all';

/** The refresh job and the schedule's fan-out to every workspace. */
export const leadScoresRefresh = workspaceRefresh({ one: LEAD_SCORES_JOB, all: LEAD_SCORES_ALL });

/** The workspace's refresh, later and once (a changed profile, a large import). */
export const enqueueLeadScores = leadScoresRefresh.enqueue;
