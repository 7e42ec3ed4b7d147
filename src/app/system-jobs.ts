import type { Kysely } from 'kysely';
import type { ScheduledBackups } from '../config.ts';
import { scheduledBackupKind } from '../modules/backup/scheduled-backup.ts';
import type { DB } from '../db/schema.ts';
import type { SecretBox } from '../domain/secret-box.ts';
import type { AutomationEngine } from '../modules/automations/automation-engine.ts';
import { DATE_JOB, dateJobKind } from '../modules/automations/date-job.ts';
import { OVERDUE_JOB, overdueJobKind } from '../modules/automations/overdue-job.ts';
import { dispatchJobKind } from '../modules/events/dispatch-job.ts';
import type { ImportsService } from '../modules/imports/imports.service.ts';
import type { JobKind } from '../modules/jobs/job-kind.ts';
import type { JobRunner } from '../modules/jobs/job-runner.ts';
import { pruneJobsKind } from '../modules/jobs/prune-jobs.ts';
import type { ValueService } from '../modules/orders/value.service.ts';
import { valueJobKinds } from '../modules/orders/value-jobs.ts';
import type { WebhooksService } from '../modules/webhooks/webhooks.service.ts';
import { POOL_SWEEP_ALL, poolJobKinds } from '../modules/pool/pool-jobs.ts';
import type { PoolService } from '../modules/pool/pool.service.ts';
import { EXPIRE_JOB, expireJobKind } from '../modules/quotes/expire-job.ts';
import type { QuoteFlowService } from '../modules/quotes/quote-flow.service.ts';
import { LOYALTY_NIGHTLY, loyaltyJobKinds } from '../modules/loyalty/loyalty-jobs.ts';
import { LEAD_SCORES_ALL } from '../modules/insight/lead-score-job.ts';
import { leadScoreJobKinds } from '../modules/insight/lead-scores.ts';
import { CHURN_SCORES_ALL } from '../modules/risk/churn-score-job.ts';
import { churnScoreJobKinds } from '../modules/risk/churn-scores.ts';
import { CHURN_MODEL_CHECK_ALL, churnModelCheck } from '../modules/risk/churn-model-check-job.ts';
import type { ChurnModelService } from '../modules/risk/churn-model.service.ts';
import {
  AGING_DAY_START_ALL,
  agingDayStart,
  startAgingDay,
} from '../modules/risk/aging-day-start.ts';
import type { PaymentSchedules } from '../modules/risk/schedules.ts';
import { workspaces } from '../modules/workspaces/workspaces.service.ts';
import { MAIL_SYNC_ALL, type MailSyncService } from '../modules/mail/mail-sync.service.ts';
import type { ReturnPathSync } from '../modules/mail/return-path-sync.ts';
import {
  PASSPORT_RETENTION_JOB,
  visaLetterJobKinds,
} from '../modules/visa-letters/visa-letters-jobs.ts';

/**
 * Every kind of background work and every repeating schedule, in one list. Schedules are read in
 * a stated zone: nightly work runs at night in China, where most users of a workspace are.
 */
export function defineSystemJobs(
  runner: JobRunner,
  s: {
    db: Kysely<DB>;
    imports: ImportsService;
    value: ValueService;
    automation: AutomationEngine;
    webhooks: WebhooksService;
    pool: PoolService;
    quoteFlow: QuoteFlowService;
    churnModel: ChurnModelService;
    schedules: PaymentSchedules;
    mailSync: MailSyncService;
    returnPathSync: ReturnPathSync;
    mailSend: JobKind<{ outboxId: string }>;
    passportBox: SecretBox;
    backups?: ScheduledBackups;
    now: () => Date;
  },
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

  // Loyalty: lots past their expiry day expire and tiers are told from the 12 months ending today.
  for (const kind of loyaltyJobKinds(s.db, s.now)) runner.define(kind);
  runner.schedule({
    name: 'loyalty.nightly',
    cron: '20 2 * * *',
    timeZone: 'Asia/Shanghai',
    kind: LOYALTY_NIGHTLY,
  });

  // Visa letters: passport data is deleted once its event ended more than the retention days ago,
  // and rows stored before sealing began are sealed.
  for (const kind of visaLetterJobKinds(s.db, s.now, s.passportBox)) runner.define(kind);
  runner.schedule({
    name: PASSPORT_RETENTION_JOB,
    cron: '50 2 * * *',
    timeZone: 'Asia/Shanghai',
    kind: PASSPORT_RETENTION_JOB,
  });

  // Stored lead scores: hourly, as the 30-day engagement window moves and mail syncs add
  // activities in bulk (a logged activity or an edit rescores its customer at once).
  for (const kind of leadScoreJobKinds(
    s.db,
    async (db) => (await workspaces.list(db)).map((w) => w.id),
    s.now,
  ))
    runner.define(kind);
  runner.schedule({
    name: LEAD_SCORES_ALL,
    cron: '45 * * * *',
    timeZone: 'UTC',
    kind: LEAD_SCORES_ALL,
  });
  // Stored churn scores: hourly, as days pass (the rules count days since the last order, the
  // age of unanswered mail) and mail, tickets, feedback and bounces arrive; order writes, health,
  // stage, contact changes and logged activities rescore their customer at once.
  for (const kind of churnScoreJobKinds(
    s.db,
    async (db) => (await workspaces.list(db)).map((w) => w.id),
    () => s.now().toISOString().slice(0, 10),
  ))
    runner.define(kind);
  runner.schedule({
    name: CHURN_SCORES_ALL,
    cron: '15 * * * *',
    timeZone: 'UTC',
    kind: CHURN_SCORES_ALL,
  });

  // Whether each workspace has the history to train a churn model: counted nightly (customers
  // cross the 12 months of history as days pass); "check now" and training count it too.
  for (const kind of churnModelCheck.kinds(
    s.db,
    async (db) => (await workspaces.list(db)).map((w) => w.id),
    (ws) => s.churnModel.check(ws),
  ))
    runner.define(kind);
  runner.schedule({
    name: CHURN_MODEL_CHECK_ALL,
    cron: '40 2 * * *',
    timeZone: 'Asia/Shanghai',
    kind: CHURN_MODEL_CHECK_ALL,
  });

  // The aging report's kept per-customer sums re-keyed to the new day's buckets (its "today" is
  // the UTC date), so no one's first report of the day pays for it.
  for (const kind of agingDayStart.kinds(
    s.db,
    async (db) => (await workspaces.list(db)).map((w) => w.id),
    (ws) => startAgingDay(s.db, s.schedules, ws, s.now().toISOString().slice(0, 10)),
  ))
    runner.define(kind);
  runner.schedule({
    name: AGING_DAY_START_ALL,
    cron: '2 0 * * *',
    timeZone: 'UTC',
    kind: AGING_DAY_START_ALL,
  });

  // Automation rules on "a follow-up becomes overdue": each (rule, follow-up) fires once.
  runner.define(overdueJobKind(s.db, s.automation));
  runner.schedule({ name: OVERDUE_JOB, cron: '20 * * * *', timeZone: 'UTC', kind: OVERDUE_JOB });
  // "A date arrives in the customer's calendar": hourly, as midnight comes to each time zone.
  runner.define(dateJobKind(s.db, s.automation));
  runner.schedule({ name: DATE_JOB, cron: '5 * * * *', timeZone: 'UTC', kind: DATE_JOB });

  // The shared pool's rule: warn owners, then return idle leads and prospects. Each workspace
  // counts in its own home office's zone and calendar, whatever the hour here.
  for (const kind of poolJobKinds(s.pool, s.db)) runner.define(kind);
  runner.schedule({
    name: 'pool.nightly',
    cron: '10 1 * * *',
    timeZone: 'Asia/Shanghai',
    kind: POOL_SWEEP_ALL,
  });

  // Sent quotes past the end of their validity date (in the customer's zone) become expired.
  runner.define(expireJobKind(s.quoteFlow));
  runner.schedule({ name: EXPIRE_JOB, cron: '5 * * * *', timeZone: 'UTC', kind: EXPIRE_JOB });

  // Mail: a sync per mailbox on request, and every 15 minutes for all mailboxes.
  runner.define(s.mailSync.jobKind());
  runner.define(s.mailSync.syncAllKind());
  // Bounces of campaigns sent through a workspace SMTP account: its return-path mailbox.
  runner.define(s.returnPathSync.jobKind());
  // Outgoing mail, each message at its planned instant (now, the recipient's morning, a time).
  runner.define(s.mailSend);
  runner.schedule({
    name: MAIL_SYNC_ALL,
    cron: '*/15 * * * *',
    timeZone: 'UTC',
    kind: MAIL_SYNC_ALL,
  });

  if (s.backups) {
    runner.define(scheduledBackupKind(s.backups));
    runner.schedule({
      name: 'backup.scheduled',
      cron: s.backups.cron,
      timeZone: s.backups.timeZone,
      kind: 'backup.scheduled',
    });
  }
}
