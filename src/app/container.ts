import type { Kysely } from 'kysely';
import type { ScheduledBackups } from '../config.ts';
import type { PoolStats } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { RunnerOptions } from '../modules/jobs/job-runner.ts';
import type { MailResolver } from '../modules/mail/mail-hosts.ts';
import type { Resolver } from '../modules/webhooks/resolver.ts';
import { defineSystemJobs } from './system-jobs.ts';
import { buildCommunication } from './wiring/communication.ts';
import { buildEngagement } from './wiring/engagement.ts';
import { buildFoundation } from './wiring/foundation.ts';
import { buildInsight, buildOffices } from './wiring/offices-insight.ts';
import { buildReputation } from './wiring/reputation.ts';
import { buildRisk } from './wiring/risk.ts';
import { buildSales } from './wiring/sales.ts';
import { buildService } from './wiring/service.ts';
import { buildWorkspace } from './wiring/workspace.ts';

export interface ContainerOptions {
  /** the job runner's clock and poll interval (tests); the server uses the defaults */
  jobs?: RunnerOptions;
  /** scheduled backups, when configured (CHUHAI_BACKUP_DIR) */
  backups?: ScheduledBackups;
  /**
   * where uploaded import files are kept until their import is done (default data/uploads);
   * null for runners that only import files the caller owns (benchmarks)
   */
  uploadsDir?: string | null;
  /**
   * tickets' attachments: their folder (default the uploads folder's `attachments`, which backups
   * copy with it) and the largest file taken (default 10 MB)
   */
  attachments?: { dir?: string; maxBytes?: number };
  /** how webhook hosts are resolved (tests play DNS answers that change) */
  webhooks?: { resolve?: Resolver };
  /** the PostgreSQL connection pool (`Database.pool`), for the pool gauges on `/metrics` */
  pool?: PoolStats;
  /**
   * the app secret (config.secret) mailbox passwords are encrypted under; without it (tests,
   * tools) a random one per process, so nothing is ever sealed under a known key
   */
  secret?: string;
  /**
   * mail servers on private, loopback or link-local addresses (CHUHAI_MAIL_ALLOW_PRIVATE_HOSTS:
   * on-premises servers, tests on 127.0.0.1); refused by default
   */
  mail?: {
    allowPrivateHosts?: boolean;
    resolve?: MailResolver;
    /** the app's public address (config.publicUrl): campaign unsubscribe links live under it */
    publicUrl?: string;
  };
}

/**
 * The composition root: every service built once, with the one calendar cache they share, for
 * the HTTP app, the CLI, the demo seed and background work alike. Nothing else constructs a
 * service. Each capability has its builder in `wiring/`; a new module adds its services to its
 * capability's builder (or a new builder called here), never elsewhere.
 */
export function createContainer(db: Kysely<DB>, opts: ContainerOptions = {}) {
  const f = buildFoundation(db, opts);
  const { schedules, ...risk } = buildRisk(db, f);
  const sales = buildSales(db, f);
  const mail = buildCommunication(db, f, sales, opts);
  // The job kind, delivery and campaign wiring are for other builders, not services to expose.
  const { mailSend, delivery: _delivery, campaignDeps: _campaignDeps, ...communication } = mail;
  defineSystemJobs(f.runner, {
    db,
    passportBox: f.passportBox,
    imports: f.imports,
    value: f.value,
    automation: f.automation,
    webhooks: f.webhooks,
    pool: f.customerPool,
    quoteFlow: sales.quoteFlow,
    churnModel: risk.risk.churnModel,
    schedules,
    mailSync: communication.mailSync,
    returnPathSync: communication.returnPathSync,
    mailSend,
    backups: opts.backups,
    now: f.now,
  });
  return {
    db,
    calendars: f.calendars,
    uploadsDir: f.uploadsDir,
    auth: f.auth,
    sanctions: f.sanctions,
    customers: f.customers,
    contacts: f.contacts,
    duplicates: f.duplicates,
    customerPool: f.customerPool,
    imports: f.imports,
    webhooks: f.webhooks,
    value: f.value,
    exchangeRates: f.exchangeRates,
    countries: f.countries,
    planning: f.planning,
    health: f.health,
    activities: f.activities,
    followUps: f.followUps,
    automation: f.automation,
    ...buildWorkspace(db, f, opts.pool),
    ...risk,
    ...sales,
    ...communication,
    ...buildService(db, f, mail, opts),
    ...buildEngagement(db, f, sales, mail),
    ...buildReputation(db, f, sales, opts),
    ...buildOffices(db, f),
    ...buildInsight(db, f, schedules),
  };
}

export type Container = ReturnType<typeof createContainer>;
