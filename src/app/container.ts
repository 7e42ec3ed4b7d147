import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { ScheduledBackups } from '../config.ts';
import type { Kysely } from 'kysely';
import type { PoolStats } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { AuditService, setEventSink } from '../modules/audit/audit.service.ts';
import { events } from '../modules/events/events.service.ts';
import { auditRecordNames } from './audit-record-names.ts';
import { AuthService } from '../modules/auth/auth.service.ts';
import { AutomationEngine } from '../modules/automations/automation-engine.ts';
import { AutomationsService } from '../modules/automations/automations.service.ts';
import { CalendarService } from '../modules/calendar/calendar.service.ts';
import { CalendarProvider } from '../modules/countries/calendar.provider.ts';
import { CountriesService } from '../modules/countries/countries.service.ts';
import { CountryOverridesService } from '../modules/countries/country-overrides.service.ts';
import { CustomFieldsService } from '../modules/custom-fields/custom-fields.service.ts';
import { ContactsService } from '../modules/customers/contacts.service.ts';
import {
  setCountryFollower,
  setPatchFollower,
  setPlacementFollower,
  setSaleGuard,
  type CustomersCreated,
} from '../modules/customers/customer-records.service.ts';
import { sanctionRecords } from '../modules/sanctions/sanctions-records.service.ts';
import { SanctionsService } from '../modules/sanctions/sanctions.service.ts';
import { CustomersService } from '../modules/customers/customers.service.ts';
import { DuplicatesService } from '../modules/duplicates/duplicates.service.ts';
import { ImportsService } from '../modules/imports/imports.service.ts';
import type { RunnerOptions } from '../modules/jobs/job-runner.ts';
import { JobRunner } from '../modules/jobs/job-runner.ts';
import { JobsService } from '../modules/jobs/jobs.service.ts';
import { defineSystemJobs } from './system-jobs.ts';
import {
  followLeadFields,
  refreshLeadScores,
  rescore as rescoreLeads,
} from '../modules/insight/lead-scores.ts';
import { setActivityFollower } from '../modules/relationship/activity-followers.ts';
import { setOfficePeople } from '../modules/relationship/office-people.ts';
import { officeRecords } from '../modules/offices/office-records.service.ts';
import { LeadCaptureService } from '../modules/lead-capture/lead-capture.service.ts';
import { ExchangeRatesService } from '../modules/orders/exchange-rates.service.ts';
import { Metrics } from '../modules/operations/metrics.service.ts';
import { OperationsService } from '../modules/operations/operations.service.ts';
import { OrdersService } from '../modules/orders/orders.service.ts';
import {
  orderRecords,
  setOrdersFollower,
  setOrdersMovedFollower,
} from '../modules/orders/order-records.service.ts';
import {
  earnForOrders,
  eventAttended,
  surveyAnswered,
} from '../modules/loyalty/loyalty-records.service.ts';
import { LoyaltyService } from '../modules/loyalty/loyalty.service.ts';
import { expiryReminderJobKind } from '../modules/loyalty/loyalty-expiry-reminders.ts';
import { LoyaltyStatementService } from '../modules/loyalty/loyalty-statement.service.ts';
import { ValueService } from '../modules/orders/value.service.ts';
import { ActivitiesService } from '../modules/relationship/activities.service.ts';
import { FollowUpsService } from '../modules/relationship/follow-ups.service.ts';
import { HealthService, setPoorAnswers } from '../modules/relationship/health.service.ts';
import { InboxService } from '../modules/relationship/inbox.service.ts';
import { PlanningService } from '../modules/relationship/planning.service.ts';
import { PoliciesService } from '../modules/relationship/policies.service.ts';
import { PoolService } from '../modules/pool/pool.service.ts';
import { productRecords } from '../modules/products/product-records.service.ts';
import { PriceListsService } from '../modules/products/price-lists.service.ts';
import { ProductsService } from '../modules/products/products.service.ts';
import { SegmentsService } from '../modules/segments/segments.service.ts';
import { TeamsService } from '../modules/users/teams.service.ts';
import { SupportTeamsService } from '../modules/users/support-teams.service.ts';
import { ticketRecords } from '../modules/tickets/ticket-records.service.ts';
import { OfficesService } from '../modules/offices/offices.service.ts';
import { InsightService } from '../modules/insight/insight.service.ts';
import { InsightExports } from '../modules/insight/insight-exports.service.ts';
import { InsightSettingsService } from '../modules/insight/insight-settings.service.ts';
import { LeadScoreService } from '../modules/insight/lead-score.service.ts';
import { builtInMeasures, MeasureRegistry } from '../modules/insight/measures.ts';
import { NextActionsService } from '../modules/insight/next-actions.service.ts';
import { OfficePlanningService } from '../modules/offices/planning.service.ts';
import { MentionsService } from '../modules/mentions/mentions.service.ts';
import { FEEDS_FETCH_ALL, FeedsService } from '../modules/mentions/feeds.service.ts';
import { StakeholdersService } from '../modules/stakeholders/stakeholders.service.ts';
import { EngagementService } from '../modules/stakeholders/engagement.service.ts';
import { IncidentsService } from '../modules/incidents/incidents.service.ts';
import { IncidentStatementsService } from '../modules/incidents/incident-statements.service.ts';
import { IncidentMentionsService } from '../modules/incidents/incident-mentions.service.ts';
import { PlaybooksService } from '../modules/incidents/playbooks.service.ts';
import { LocalValueService } from '../modules/local-value/local-value.service.ts';
import { LocalValueReportService } from '../modules/local-value/local-value-report.service.ts';
import { HandOverService } from '../modules/offices/handover.service.ts';
import { LeaveImportService } from '../modules/offices/leave-import.service.ts';
import { UsersService } from '../modules/users/users.service.ts';
import { TenderAnalysisService } from '../modules/tenders/tender-analysis.service.ts';
import { TenderReasonsService } from '../modules/tenders/tender-reasons.service.ts';
import { TendersService } from '../modules/tenders/tenders.service.ts';
import { GreetingMailService } from '../modules/greetings/greeting-mail.service.ts';
import { GreetingsService } from '../modules/greetings/greetings.service.ts';
import { CustomerEventsService } from '../modules/customer-events/customer-events.service.ts';
import { InvitationsService } from '../modules/customer-events/invitations.service.ts';
import { RsvpService } from '../modules/customer-events/rsvp.service.ts';
import { EventResultsService } from '../modules/customer-events/event-results.service.ts';
import {
  InvitationMailService,
  type InvitationMailDeps,
} from '../modules/customer-events/invitation-mail.service.ts';
import { invitationMailJobKinds } from '../modules/customer-events/invitation-mail-jobs.ts';
import { LinkSigner } from '../domain/link-token.ts';
import { SlaService } from '../modules/tickets/sla.service.ts';
import { TicketsService } from '../modules/tickets/tickets.service.ts';
import { TicketFormSubmissions } from '../modules/ticket-portal/ticket-form-submissions.service.ts';
import { TicketFormsService } from '../modules/ticket-portal/ticket-forms.service.ts';
import { TicketPortalService } from '../modules/ticket-portal/ticket-portal.service.ts';
import { AttachmentStore } from '../modules/ticket-attachments/attachment-store.ts';
import { TicketAttachmentsService } from '../modules/ticket-attachments/ticket-attachments.service.ts';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '../domain/service/attachments.ts';
import { EscalationsService } from '../modules/ticket-escalations/escalations.service.ts';
import { SLA_JOB, slaJobKind } from '../modules/ticket-escalations/escalation-job.ts';
import {
  setWorkspaceSetup,
  WorkspaceSettingsService,
} from '../modules/workspaces/workspaces.service.ts';
import { DealReportsService } from '../modules/deals/deal-reports.service.ts';
import { dealRecords, pipelineRecords } from '../modules/deals/deal-records.service.ts';
import { DealsService } from '../modules/deals/deals.service.ts';
import { PipelinesService } from '../modules/deals/pipelines.service.ts';
import { TemplatesService } from '../modules/templates/templates.service.ts';
import { TemplateRenderService } from '../modules/templates/template-render.service.ts';
import type { RelatedRecords } from '../modules/templates/related.ts';
import { BouncedAddressesService } from '../modules/campaigns/bounced-addresses.service.ts';
import { AppError } from '../http/errors.ts';
import { SendSlotsService } from '../modules/templates/send-slots.service.ts';
import { dnsResolver, type Resolver } from '../modules/webhooks/resolver.ts';
import { WebhooksService } from '../modules/webhooks/webhooks.service.ts';
import { webhookSubscriber } from '../modules/webhooks/deliveries.ts';
import { PdfBrowser } from '../modules/pdf/browser.ts';
import { QuoteFlowService } from '../modules/quotes/quote-flow.service.ts';
import { QuoteSettingsService } from '../modules/quotes/quote-settings.service.ts';
import { QuotesService } from '../modules/quotes/quotes.service.ts';
import { quoteRecords } from '../modules/quotes/quote-records.ts';
import { setCreditCheck, setCreditHold } from '../modules/orders/credit-check.ts';
import { PaymentSchedules } from '../modules/risk/schedules.ts';
import { moveReceivables, refreshReceivables } from '../modules/risk/receivable-lines.ts';
import { PaymentsService } from '../modules/risk/payments.service.ts';
import { ReceivablesService } from '../modules/risk/receivables.service.ts';
import { CreditService } from '../modules/risk/credit.service.ts';
import { CountryRiskService } from '../modules/risk/country-risk.service.ts';
import { ConcentrationService } from '../modules/risk/concentration.service.ts';
import { CustomerRiskService } from '../modules/risk/customer-risk.service.ts';
import { ChurnService } from '../modules/risk/churn.service.ts';
import { MailboxesService } from '../modules/mail/mailboxes.service.ts';
import { MailSyncService } from '../modules/mail/mail-sync.service.ts';
import { MessagesService } from '../modules/mail/messages.service.ts';
import { SecretBox } from '../domain/secret-box.ts';
import { dnsMailResolver, type MailResolver } from '../modules/mail/mail-hosts.ts';
import { OutboxService } from '../modules/mail/outbox.service.ts';
import { sendJobKind } from '../modules/mail/send-job.ts';
import { MailDeliveryService } from '../modules/mail/delivery.service.ts';
import type { CampaignDeps } from '../modules/campaigns/campaign-deps.ts';
import { campaignSendJobKind } from '../modules/campaigns/campaign-send-job.ts';
import { campaignBounceHandler } from '../modules/campaigns/campaign-bounces.ts';
import { MAIL_REPLY_FOLLOW_UPS, replyFollowUpsJobKind } from '../modules/mail/reply-follow-ups.ts';
import { CampaignResultsService } from '../modules/campaigns/campaign-results.service.ts';
import { CampaignsService } from '../modules/campaigns/campaigns.service.ts';
import { UnsubscribeService } from '../modules/campaigns/unsubscribe.service.ts';
import { SmtpService } from '../modules/mail/smtp.service.ts';
import { SmtpAccountsService } from '../modules/mail/smtp-accounts.service.ts';
import { FeedbackService } from '../modules/feedback/feedback.service.ts';
import { PublicSurveysService } from '../modules/feedback/public-surveys.service.ts';
import { SurveyRoundsService } from '../modules/feedback/survey-rounds.service.ts';
import { SurveyTokens } from '../modules/feedback/survey-tokens.ts';
import { VisaLettersService } from '../modules/visa-letters/visa-letters.service.ts';
import { ServiceVisitsService } from '../modules/service-visits/service-visits.service.ts';
import { VisitPlanner } from '../modules/service-visits/visit-planner.ts';
import { VisitRulesService } from '../modules/service-visits/visit-rules.service.ts';

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
 * service; a new module adds its services here.
 */
export function createContainer(db: Kysely<DB>, opts: ContainerOptions = {}) {
  // Every audited change becomes a domain event (webhooks, automations) in its own transaction.
  setEventSink((tx, actor, audited) => events.fromAudit(tx, actor, audited));
  // A new workspace starts with the default export pipeline.
  setWorkspaceSetup('pipelines', (tx, id) => pipelineRecords.seedDefault(tx, id));
  // Deals keep their customer's country (forecasts by country read one index), kept in step here.
  // Stored lead scores follow the fields they read and every logged activity (insight).
  const clock = opts.jobs?.now ?? (() => new Date());
  setPatchFollower('lead-score', (tx, ws, ids, patch) =>
    followLeadFields(tx, ws, ids, patch, clock()),
  );
  setActivityFollower('lead-score', (tx, ws, id) =>
    refreshLeadScores(tx, ws, clock(), [id]).then(() => undefined),
  );
  setCountryFollower('deals', (tx, ws, ids, country) =>
    dealRecords.followCountry(tx, ws, ids, country),
  );
  // The orders' kept revenue per owner, team, tier and country follows its customers' moves.
  setPlacementFollower('revenue', (tx, ws, ids, sign) =>
    orderRecords.followPlacement(tx, ws, ids, sign),
  );
  const calendars = new CalendarProvider();
  const sla = new SlaService(db, calendars);
  const auth = new AuthService(db);
  const planning = new PlanningService(db, calendars);
  const runner = new JobRunner(db, opts.jobs);
  // Sanctions screening: lists, the review queue; a confirmed hit blocks quotes and orders.
  const sanctions = new SanctionsService(db, runner);
  runner.define(sanctions.jobKind());
  setSaleGuard('sanctions', (tx, ws, id) => sanctionRecords.blockReason(tx, ws, id));
  // However a customer is created (by hand, import, web form), its first follow-up is planned
  // and its names (and its contacts') are screened against the sanctions lists.
  const customersCreated: CustomersCreated = async (tx, created, context) => {
    await planning.planNew(tx, created);
    const ws = created[0]?.workspace_id;
    if (ws)
      await rescoreLeads(
        tx,
        ws,
        created.map((c) => c.id),
        clock(),
      );
    if (ws)
      await sanctions.screening.created(
        tx,
        ws,
        created.map((c) => c.id),
        context?.importId ?? null,
      );
  };
  const customers = new CustomersService(db, customersCreated);
  const contacts = new ContactsService(db);
  const health = new HealthService(db, planning);
  const activities = new ActivitiesService(db, planning, health);
  const countries = new CountriesService(db, calendars);
  const value = new ValueService(db);
  const exchangeRates = new ExchangeRatesService(db);
  const uploadsDir = opts.uploadsDir === null ? null : (opts.uploadsDir ?? resolve('data/uploads'));
  const followUps = new FollowUpsService(db, calendars, health);
  // Automation rules act on domain events through the events module's subscriber list.
  const automation = new AutomationEngine({ customers, followUps });
  events.subscribe(automation.subscriber());
  const duplicates = new DuplicatesService(db);
  // The shared customer pool (公海): claims, returns by hand and the nightly rule.
  const customerPool = new PoolService(db, {
    calendars,
    followUps,
    planning,
    duplicates,
    now: opts.jobs?.now ?? (() => new Date()),
  });
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
    now: opts.jobs?.now ?? (() => new Date()),
  });
  events.subscribe(webhookSubscriber());
  const now = opts.jobs?.now ?? (() => new Date());
  // Every write of orders (form, status change, import, accepted quote) brings the order's loyalty
  // points to what they should be, in the writing transaction (the orders module imports no loyalty).
  setOrdersFollower('loyalty', (tx, ws, ids) => earnForOrders(tx, ws, ids, now()));
  // Risk (docs/risk.md): new orders and quotes are checked against the customer's credit limit,
  // and one waiting for approval may not ship or be sent; orders and quotes import no risk module.
  const today = () => now().toISOString().slice(0, 10);
  const schedules = new PaymentSchedules(calendars);
  // The receivables the aging report sums (0074) follow every order write and merge.
  setOrdersFollower('receivables', (tx, ws, ids) => refreshReceivables(tx, ws, ids, schedules));
  setOrdersMovedFollower('receivables', moveReceivables);
  const credit = new CreditService(db);
  setCreditCheck(credit.check);
  setCreditHold(credit.held);
  const receivables = new ReceivablesService(db, schedules, today);
  const countryRisk = new CountryRiskService(db);
  const churn = new ChurnService(db, today);
  const risk = {
    churn,
    receivables,
    credit,
    countryRisk,
    concentration: new ConcentrationService(db, today),
    customerRisk: new CustomerRiskService(db, credit, receivables, countryRisk, churn, today),
  };
  const quotes = new QuotesService(db, {
    // wired to the deals module when it lands
    products: productRecords,
    deals: dealRecords,
    now,
  });
  // One headless Chromium per process for PDFs (quotes, visa letters), started by the first one,
  // closed on shutdown.
  const pdfBrowser = new PdfBrowser();
  const localValue = new LocalValueService(db);
  const quoteFlow = new QuoteFlowService(db, quotes, pdfBrowser, now);
  const deals = new DealsService(db, activities);
  // Mailbox passwords are sealed under a key derived from the app secret, per workspace.
  const appSecret = opts.secret ?? randomBytes(32).toString('base64url');
  const secretBox = new SecretBox(appSecret);
  // Passport numbers and dates of birth for visa letters, under a key of their own.
  const passportBox = new SecretBox(appSecret, 'chuhai passport v1');
  // CSAT and NPS: survey links are HMACs under the app secret (only their hashes are stored); a
  // solved ticket plans its CSAT survey, and poor answers weigh on the health score.
  const surveyTokens = new SurveyTokens(appSecret);
  const feedback = new FeedbackService(db, { tokens: surveyTokens, now });
  setPoorAnswers(feedback.poorAnswers);
  // Follow-ups and tickets name office people through the offices module (which sits above them).
  setOfficePeople(officeRecords);
  // One rule for the mail servers users name, IMAP and SMTP alike: no private network unless
  // the installation allows it (tests, on-premises servers).
  const mailHosts = {
    allowPrivate: opts.mail?.allowPrivateHosts ?? false,
    resolve: opts.mail?.resolve ?? dnsMailResolver,
  };
  const mailSync = new MailSyncService(db, secretBox, activities, mailHosts);
  const smtp = new SmtpService(db, secretBox, mailHosts);
  // What mail may be "about": each read in the caller's scope (out of scope is 404).
  const related: RelatedRecords = {
    deal: (scope, id) => deals.get(scope, id),
    quote: (scope, id) => quotes.get(scope, id),
    ticket: async (scope, id) => {
      const t = await ticketRecords.findVisible(db, scope, id);
      if (!t) throw AppError.notFound('Ticket');
      return { customerId: t.customer_id, number: t.number, subject: t.subject };
    },
  };
  const templateRender = new TemplateRenderService(db, calendars, related);
  const sendSlots = new SendSlotsService(db, calendars);
  const delivery = new MailDeliveryService(db, smtp, activities);
  defineSystemJobs(runner, {
    db,
    passportBox,
    imports,
    value,
    automation,
    webhooks,
    pool: customerPool,
    quoteFlow,
    mailSync,
    mailSend: sendJobKind(db, delivery, now, (scope, id) => quoteFlow.pdf(scope, id)),
    backups: opts.backups,
    now,
  });
  // Campaigns send through the same mailbox path as the outbox; unsubscribe links are HMAC
  // tokens like survey links, absolute under the app's public address.
  const campaignDeps: CampaignDeps = {
    calendars,
    render: templateRender,
    delivery,
    tokens: surveyTokens,
    publicUrl: opts.mail?.publicUrl ?? 'http://localhost:3000',
    now,
  };
  const campaigns = new CampaignsService(db, campaignDeps);
  // Mentions (issue 19): every feed with a URL is read hourly, each with a timeout and size limit.
  const feeds = new FeedsService(db, { resolve: opts.webhooks?.resolve ?? dnsResolver, now });
  for (const kind of feeds.jobKinds()) runner.define(kind);
  runner.schedule({
    name: FEEDS_FETCH_ALL,
    cron: '35 * * * *',
    timeZone: 'UTC',
    kind: FEEDS_FETCH_ALL,
  });
  runner.define(campaignSendJobKind(db, campaignDeps));
  // Bounces (delivery reports) found by the mail sync mark campaign recipients and addresses.
  mailSync.onDeliveryReport(campaignBounceHandler(now));
  // Inbound mail unanswered after N business hours of the customer's calendar: a follow-up.
  runner.define(replyFollowUpsJobKind(db, { calendars, now }));
  runner.schedule({
    name: MAIL_REPLY_FOLLOW_UPS,
    cron: '7,22,37,52 * * * *',
    timeZone: 'UTC',
    kind: MAIL_REPLY_FOLLOW_UPS,
  });
  // Event invitations and reminders go out the same way, each RSVP link signed (written again
  // for every mail, only its hash stored) and absolute under the app's public address.
  const linkSigner = new LinkSigner(appSecret);
  const invitationMailDeps: InvitationMailDeps = {
    delivery,
    calendars,
    tokens: linkSigner,
    publicUrl: campaignDeps.publicUrl,
    render: templateRender,
    now,
  };
  const invitationMail = new InvitationMailService(db, invitationMailDeps);
  for (const kind of invitationMailJobKinds(db, invitationMailDeps)) runner.define(kind);
  // Points about to expire: one reminder per lot, from the customer owner's mailbox.
  runner.define(expiryReminderJobKind(db, { delivery, now }));
  // The app's own Prometheus registry; other modules add gauges with `metrics.gauge(...)`.
  const metrics = new Metrics({ pool: opts.pool });
  const jobs = new JobsService(db, runner);
  metrics.gauge(
    'chuhai_jobs',
    'Background jobs by kind and status (queue depth: queued; failures: dead)',
    ['kind', 'status'],
    async () =>
      (await jobs.countAll()).map((c) => ({
        labels: { kind: c.kind, status: c.status },
        value: c.n,
      })),
  );
  // Follow-up visits (回访): a solved or closed ticket and shipped or delivered orders plan them
  // by the workspace's rules, in the transaction of the change.
  const visitPlanner = new VisitPlanner(calendars, now);
  setOrdersFollower('service-visits', (tx, ws, ids, actor) =>
    visitPlanner.ordersWritten(tx, ws, ids, actor),
  );
  // Tickets read the clock the tests set, so breach states and pauses are told at a fixed time. A
  // solved ticket plans its CSAT survey; solved or closed, its follow-up visits.
  const tickets = new TicketsService(db, sla, now, async (tx, ticket, status, actor) => {
    if (status === 'solved') await feedback.ticketSolved(tx, ticket);
    await visitPlanner.ticketFinished(tx, ticket, status, actor);
  });
  const ticketAttachments = new TicketAttachmentsService(
    db,
    new AttachmentStore(
      opts.attachments?.dir ??
        (uploadsDir ? join(uploadsDir, 'attachments') : resolve('data/uploads/attachments')),
    ),
    opts.attachments?.maxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES,
  );
  // The SLA job: escalation rules every five minutes, then attachment files left without a row.
  const escalations = new EscalationsService(db, tickets, now);
  runner.define(slaJobKind(escalations, ticketAttachments));
  runner.schedule({ name: SLA_JOB, cron: '*/5 * * * *', timeZone: 'UTC', kind: SLA_JOB });
  // The portal lists the files of public replies under them.
  const ticketPortal = new TicketPortalService(db, tickets, (ws, id) =>
    ticketAttachments.publicOf(ws, id),
  );
  const offices = new OfficesService(db);
  const stakeholders = new StakeholdersService(db);
  const playbooks = new PlaybooksService(db);
  const incidents = new IncidentsService(db, stakeholders, now, playbooks);
  // Insight (docs/insight.md): the map's measures are a registry; a module adds its own here.
  const insightMeasures = new MeasureRegistry();
  for (const m of builtInMeasures(schedules)) insightMeasures.register(m);
  const insight = new InsightService(db, insightMeasures, countries, now);
  const nextActions = new NextActionsService(db, calendars, schedules, now);
  const greetings = new GreetingsService(db, calendars, now);
  // Outgoing mail reads the clock the tests set, so "their morning" is planned from a fixed day.
  const outbox = new OutboxService(db, {
    render: templateRender,
    slots: sendSlots,
    now,
    quote: (scope, id) => quotes.get(scope, id),
    related,
  });
  return {
    insight,
    nextActions,
    insightExports: new InsightExports(insight, nextActions),
    leadScore: new LeadScoreService(db, now),
    insightSettings: new InsightSettingsService(db),
    offices,
    officePlanning: new OfficePlanningService(db, calendars, offices),
    leaveImport: new LeaveImportService(db, offices),
    stakeholders,
    stakeholderEngagement: new EngagementService(db, calendars, now),
    incidents,
    incidentStatements: new IncidentStatementsService(db, incidents),
    incidentMentions: new IncidentMentionsService(db, incidents),
    playbooks,
    mentions: new MentionsService(db),
    feeds,
    localValue,
    localValueReports: new LocalValueReportService(db, localValue, pdfBrowser),
    officeHandOvers: new HandOverService(db, calendars),
    db,
    calendars,
    uploadsDir,
    metrics,
    operations: new OperationsService(db),
    audit: new AuditService(db, auditRecordNames),
    auth,
    users: new UsersService(db, auth),
    teams: new TeamsService(db),
    // A deleted support team's tickets go to no team, in the deleting transaction.
    supportTeams: new SupportTeamsService(db, (tx, ws, id) => ticketRecords.clearTeam(tx, ws, id)),
    workspace: new WorkspaceSettingsService(db, (id) => calendars.invalidate(id)),
    customFields: new CustomFieldsService(db),
    customers,
    contacts,
    segments: new SegmentsService(db, customers, (tx, ws, id) =>
      automation.rulesUsingSegment(tx, ws, id),
    ),
    duplicates,
    orders: new OrdersService(db),
    payments: new PaymentsService(db, schedules, today),
    risk,
    exchangeRates,
    value,
    countries,
    countryOverrides: new CountryOverridesService(db, calendars, countries),
    calendar: new CalendarService(db, calendars),
    planning,
    health,
    activities,
    followUps,
    automation,
    automations: new AutomationsService(db, automation),
    inbox: new InboxService(db, calendars, planning),
    policies: new PoliciesService(db, planning),
    leadCapture: new LeadCaptureService(db, { auth, customers, contacts, activities }),
    imports,
    jobs,
    webhooks,
    customerPool,
    products: new ProductsService(db, quoteRecords.usingProduct),
    priceLists: new PriceListsService(db),
    quotes,
    quoteFlow,
    quoteSettings: new QuoteSettingsService(db),
    pdfBrowser,
    // Tenders read the clock the tests set, so deadline reminders are planned from a fixed day.
    tenders: new TendersService(db, calendars, opts.jobs?.now ?? (() => new Date())),
    greetings,
    // A greeting as a scheduled email: the calendar's occasion, sent through the outbox.
    greetingMail: new GreetingMailService(db, greetings, outbox, now),
    customerEvents: new CustomerEventsService(db, now, (tx, ws, id) =>
      invitationMail.replan(tx, ws, id),
    ),
    invitationMail,
    eventResults: new EventResultsService(db, exchangeRates),
    // A check-in earns the loyalty programme's event bonus, once per invitation.
    invitations: new InvitationsService(db, {
      calendars,
      activities,
      now,
      tokens: linkSigner,
      checkedIn: (tx, ws, attended) => eventAttended(tx, ws, attended, now()),
    }),
    rsvp: new RsvpService(db, now),
    visaLetters: new VisaLettersService(db, {
      browser: pdfBrowser,
      now,
      box: passportBox,
    }),
    tenderAnalysis: new TenderAnalysisService(db),
    tenderReasons: new TenderReasonsService(db),
    pipelines: new PipelinesService(db),
    deals,
    dealReports: new DealReportsService(db, exchangeRates),
    sla,
    tickets,
    ticketPortal,
    ticketAttachments,
    escalations,
    ticketForms: new TicketFormsService(db),
    ticketFormSubmissions: new TicketFormSubmissions(db, {
      auth,
      customers,
      contacts,
      tickets,
      portal: ticketPortal,
    }),
    templates: new TemplatesService(db),
    templateRender,
    sendSlots,
    mailSync,
    mailboxes: new MailboxesService(db, secretBox, mailSync, smtp),
    // Workspace SMTP accounts for campaigns: sealed like mailbox passwords, under the same key.
    smtpAccounts: new SmtpAccountsService(db, secretBox, smtp),
    outbox,
    messages: new MessagesService(db, related),
    campaigns,
    campaignResults: new CampaignResultsService(db, campaigns, campaignDeps),
    bouncedAddresses: new BouncedAddressesService(db),
    unsubscribe: new UnsubscribeService(db, surveyTokens, now),
    loyalty: new LoyaltyService(db, now),
    loyaltyStatements: new LoyaltyStatementService(db, pdfBrowser, now),
    feedback,
    visitRules: new VisitRulesService(db),
    serviceVisits: new ServiceVisitsService(db, { activities, now }),
    sanctions,
    surveyRounds: new SurveyRoundsService(db, { calendars, tokens: surveyTokens, now }),
    // An NPS answer earns the loyalty programme's bonus, once per survey (an edit earns nothing).
    publicSurveys: new PublicSurveysService(db, {
      activities,
      calendars,
      now,
      answered: (tx, ws, answer) => surveyAnswered(tx, ws, answer, now()),
    }),
  };
}

export type Container = ReturnType<typeof createContainer>;
