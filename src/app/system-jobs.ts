import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { dispatchJobKind } from '../modules/events/dispatch-job.ts';
import type { ImportsService } from '../modules/imports/imports.service.ts';
import type { JobRunner } from '../modules/jobs/job-runner.ts';
import { pruneJobsKind } from '../modules/jobs/prune-jobs.ts';
import type { ValueService } from '../modules/orders/value.service.ts';
import { valueJobKinds } from '../modules/orders/value-jobs.ts';
import type { WebhooksService } from '../modules/webhooks/webhooks.service.ts';

/**
 * Every kind of background work and every repeating schedule, in one list. Schedules are read in
 * a stated zone: nightly work runs at night in China, where most users of a workspace are.
 */
export function defineSystemJobs(
  runner: JobRunner,
  s: { db: Kysely<DB>; imports: ImportsService; value: ValueService; webhooks: WebhooksService },
): void {
  runner.define(s.imports.jobKind());
  runner.define(dispatchJobKind(s.db));
  for (const kind of s.webhooks.jobKinds()) runner.define(kind);
  runner.schedule({
    name: 'webhooks.prune',
    cron: '40 3 * * *',
    timeZone: 'Asia/Shanghai',
    kind: 'webhooks.prune',
  });

  runner.define({
    kind: 'uploads.sweep',
    run: async () => {
      await s.imports.sweepUploads();
    },
  });
  runner.schedule({
    name: 'uploads.sweep',
    cron: '7 * * * *',
    timeZone: 'UTC',
    kind: 'uploads.sweep',
  });

  runner.define(pruneJobsKind(s.db));
  runner.schedule({
    name: 'jobs.prune',
    cron: '30 3 * * *',
    timeZone: 'Asia/Shanghai',
    kind: 'jobs.prune',
  });

  for (const kind of valueJobKinds(s.db, s.value)) runner.define(kind);
  runner.schedule({
    name: 'value.classify-nightly',
    cron: '0 2 * * *',
    timeZone: 'Asia/Shanghai',
    kind: 'value.classify-all',
  });
}
