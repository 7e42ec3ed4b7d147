import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { LinkSigner } from '../../domain/link-token.ts';
import { SecretBox } from '../../domain/secret-box.ts';
import { setEventSink } from '../../modules/audit/audit.service.ts';
import { AuthService } from '../../modules/auth/auth.service.ts';
import { AutomationEngine } from '../../modules/automations/automation-engine.ts';
import { CalendarProvider } from '../../modules/countries/calendar.provider.ts';
import { CountriesService } from '../../modules/countries/countries.service.ts';
import { ContactsService } from '../../modules/customers/contacts.service.ts';
import {
  setContactsFollower,
  setCountryFollower,
  setPatchFollower,
  setPlacementFollower,
  setSaleGuard,
  type CustomersCreated,
} from '../../modules/customers/customer-records.service.ts';
import { CustomersService } from '../../modules/customers/customers.service.ts';
import { dealRecords, pipelineRecords } from '../../modules/deals/deal-records.service.ts';
import { DuplicatesService } from '../../modules/duplicates/duplicates.service.ts';
import { events } from '../../modules/events/events.service.ts';
import { ImportsService } from '../../modules/imports/imports.service.ts';
import {
  followLeadFields,
  refreshLeadScores,
  rescore as rescoreLeads,
} from '../../modules/insight/lead-scores.ts';
import { JobRunner } from '../../modules/jobs/job-runner.ts';
import { earnForOrders } from '../../modules/loyalty/loyalty-records.service.ts';
import { ExchangeRatesService } from '../../modules/orders/exchange-rates.service.ts';
import { orderRecords, setOrdersFollower } from '../../modules/orders/order-records.service.ts';
import { ValueService } from '../../modules/orders/value.service.ts';
import { PoolService } from '../../modules/pool/pool.service.ts';
import { ActivitiesService } from '../../modules/relationship/activities.service.ts';
import { setActivityFollower } from '../../modules/relationship/activity-followers.ts';
import { followChurnFields, rescoreChurn } from '../../modules/risk/churn-scores.ts';
import { FollowUpsService } from '../../modules/relationship/follow-ups.service.ts';
import { HealthService } from '../../modules/relationship/health.service.ts';
import { PlanningService } from '../../modules/relationship/planning.service.ts';
import { sanctionRecords } from '../../modules/sanctions/sanctions-records.service.ts';
import { SanctionsService } from '../../modules/sanctions/sanctions.service.ts';
import { dnsResolver } from '../../modules/webhooks/resolver.ts';
import { webhookSubscriber } from '../../modules/webhooks/deliveries.ts';
import { WebhooksService } from '../../modules/webhooks/webhooks.service.ts';
import { SurveyTokens } from '../../modules/feedback/survey-tokens.ts';
import { setWorkspaceSetup } from '../../modules/workspaces/workspaces.service.ts';
import type { ContainerOptions } from '../container.ts';

/**
 * What every capability stands on: the clock, the one calendar cache, the job runner, customers
 * and their relationship (planning, health, activities, follow-ups), imports, events and the
 * secrets links and passwords are sealed under. The followers registered here run inside the
 * writing transaction of the records they follow.
 */
export function buildFoundation(db: Kysely<DB>, opts: ContainerOptions) {
  // Every audited change becomes a domain event (webhooks, automations) in its own transaction.
  setEventSink((tx, actor, audited) => events.fromAudit(tx, actor, audited));
  // A new workspace starts with the default export pipeline.
  setWorkspaceSetup('pipelines', (tx, id) => pipelineRecords.seedDefault(tx, id));
  // Jobs, tests and requests read one clock: the tests set it, the server uses the real one.
  const now = opts.jobs?.now ?? (() => new Date());
  const today = () => now().toISOString().slice(0, 10);
  // Stored lead scores follow the fields they read and every logged activity (insight).
  setPatchFollower('lead-score', (tx, ws, ids, patch) =>
    followLeadFields(tx, ws, ids, patch, now()),
  );
  setActivityFollower('lead-score', (tx, ws, id) =>
    refreshLeadScores(tx, ws, now(), [id]).then(() => undefined),
  );
  // Stored churn scores (risk, 0087) follow health, stage, deletion, contacts and activities here,
  // order writes in the risk builder.
  setPatchFollower('churn-score', (tx, ws, ids, patch) =>
    followChurnFields(tx, ws, ids, patch, today()),
  );
  setActivityFollower('churn-score', (tx, ws, id) => rescoreChurn(tx, ws, [id], today()));
  setContactsFollower('churn-score', (tx, ws, ids) => rescoreChurn(tx, ws, ids, today()));
  // Deals keep their customer's country (forecasts by country read one index), kept in step here.
  setCountryFollower('deals', (tx, ws, ids, country) =>
    dealRecords.followCountry(tx, ws, ids, country),
  );
  // The orders' kept revenue per owner, team, tier and country follows its customers' moves.
  setPlacementFollower('revenue', (tx, ws, ids, sign) =>
    orderRecords.followPlacement(tx, ws, ids, sign),
  );
  // Every write of orders (form, status change, import, accepted quote) brings the order's loyalty
  // points to what they should be, in the writing transaction (the orders module imports no
  // loyalty). Order followers run in the order they are set: loyalty, receivables (risk), visits
  // (service).
  setOrdersFollower('loyalty', (tx, ws, ids) => earnForOrders(tx, ws, ids, now()));

  const calendars = new CalendarProvider();
  const auth = new AuthService(db);
  const planning = new PlanningService(db, calendars);
  const runner = new JobRunner(db, opts.jobs);
  // Sanctions screening: lists, the review queue; a confirmed hit blocks quotes and orders.
  const sanctions = new SanctionsService(db, runner);
  runner.define(sanctions.jobKind());
  setSaleGuard('sanctions', (tx, ws, id) => sanctionRecords.blockReason(tx, ws, id));
  // However a customer is created (by hand, import, web form), its first follow-up is planned,
  // its lead score written and its names (and its contacts') screened against the sanctions lists.
  const customersCreated: CustomersCreated = async (tx, created, context) => {
    await planning.planNew(tx, created);
    const ws = created[0]?.workspace_id;
    if (!ws) return;
    const ids = created.map((c) => c.id);
    await rescoreLeads(tx, ws, ids, now());
    await sanctions.screening.created(tx, ws, ids, context?.importId ?? null);
  };
  const customers = new CustomersService(db, customersCreated);
  const health = new HealthService(db, planning);
  const activities = new ActivitiesService(db, planning, health);
  const value = new ValueService(db);
  const exchangeRates = new ExchangeRatesService(db);
  const uploadsDir = opts.uploadsDir === null ? null : (opts.uploadsDir ?? resolve('data/uploads'));
  const followUps = new FollowUpsService(db, calendars, health);
  // Automation rules act on domain events through the events module's subscriber list.
  const automation = new AutomationEngine({ customers, followUps });
  events.subscribe(automation.subscriber());
  const duplicates = new DuplicatesService(db);
  const imports = new ImportsService(db, {
    auth,
    value,
    exchangeRates,
    uploadsDir,
    customersCreated,
    jobs: runner,
    sanctionsHits: (tx, ws, importId) => sanctionRecords.importHits(tx, ws, importId),
  });
  const webhooks = new WebhooksService(db, {
    runner,
    resolve: opts.webhooks?.resolve ?? dnsResolver,
    now,
  });
  events.subscribe(webhookSubscriber());
  // Mailbox passwords are sealed under a key derived from the app secret, per workspace; passport
  // numbers for visa letters under a key of their own. Survey, unsubscribe and RSVP links are
  // HMACs under the same secret (only their hashes are stored).
  const appSecret = opts.secret ?? randomBytes(32).toString('base64url');
  return {
    now,
    today,
    calendars,
    auth,
    planning,
    runner,
    sanctions,
    customers,
    contacts: new ContactsService(db),
    health,
    activities,
    countries: new CountriesService(db, calendars),
    value,
    exchangeRates,
    uploadsDir,
    followUps,
    automation,
    duplicates,
    // The shared customer pool (公海): claims, returns by hand and the nightly rule.
    customerPool: new PoolService(db, { calendars, followUps, planning, duplicates, now }),
    imports,
    webhooks,
    appSecret,
    secretBox: new SecretBox(appSecret),
    passportBox: new SecretBox(appSecret, 'chuhai passport v1'),
    surveyTokens: new SurveyTokens(appSecret),
    linkSigner: new LinkSigner(appSecret),
  };
}

export type Foundation = ReturnType<typeof buildFoundation>;
