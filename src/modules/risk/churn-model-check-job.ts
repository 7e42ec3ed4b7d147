import { workspaceRefresh } from '../jobs/workspace-refresh.ts';

/** Counts one workspace's churn-model history again (`ChurnModelService.check`). */
export const CHURN_MODEL_CHECK_JOB = 'risk.churn-model-check';
/** Nightly: every workspace's (a day older, customers cross the 12 months of history). */
export const CHURN_MODEL_CHECK_ALL = 'risk.churn-model-check.all';

/** The check job and the schedule's fan-out to every workspace. */
export const churnModelCheck = workspaceRefresh({
  one: CHURN_MODEL_CHECK_JOB,
  all: CHURN_MODEL_CHECK_ALL,
});
