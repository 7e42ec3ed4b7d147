import { resolve } from 'node:path';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { authRoutes } from '../modules/auth/auth.routes.ts';
import { automationsRoutes } from '../modules/automations/automations.routes.ts';
import { calendarRoutes } from '../modules/calendar/calendar.routes.ts';
import { countriesRoutes } from '../modules/countries/countries.routes.ts';
import { customFieldsRoutes } from '../modules/custom-fields/custom-fields.routes.ts';
import { contactsRoutes } from '../modules/customers/contacts.routes.ts';
import { customersRoutes } from '../modules/customers/customers.routes.ts';
import { duplicatesRoutes } from '../modules/duplicates/duplicates.routes.ts';
import { importsRoutes } from '../modules/imports/imports.routes.ts';
import { jobsRoutes } from '../modules/jobs/jobs.routes.ts';
import { feedbackRoutes } from '../modules/feedback/feedback.routes.ts';
import { leadCaptureRoutes } from '../modules/lead-capture/lead-capture.routes.ts';
import { ordersRoutes } from '../modules/orders/orders.routes.ts';
import { paymentsRoutes } from '../modules/risk/payments.routes.ts';
import { churnModelRoutes } from '../modules/risk/churn-model.routes.ts';
import { riskRoutes } from '../modules/risk/risk.routes.ts';
import { valueRoutes } from '../modules/orders/value.routes.ts';
import { activitiesRoutes } from '../modules/relationship/activities.routes.ts';
import { followUpsRoutes } from '../modules/relationship/follow-ups.routes.ts';
import { inboxRoutes } from '../modules/relationship/inbox.routes.ts';
import { segmentsRoutes } from '../modules/segments/segments.routes.ts';
import { tendersRoutes } from '../modules/tenders/tenders.routes.ts';
import { greetingsRoutes } from '../modules/greetings/greetings.routes.ts';
import { customerEventsRoutes } from '../modules/customer-events/customer-events.routes.ts';
import { visaLettersRoutes } from '../modules/visa-letters/visa-letters.routes.ts';
import { teamsRoutes } from '../modules/users/teams.routes.ts';
import { supportTeamsRoutes } from '../modules/users/support-teams.routes.ts';
import { usersRoutes } from '../modules/users/users.routes.ts';
import { workspaceRoutes } from '../modules/workspaces/workspaces.routes.ts';
import type { App } from '../http/types.ts';
import { webhooksRoutes } from '../modules/webhooks/webhooks.routes.ts';
import { poolRoutes } from '../modules/pool/pool.routes.ts';
import { priceListsRoutes } from '../modules/products/price-lists.routes.ts';
import { productsRoutes } from '../modules/products/products.routes.ts';
import { quotesRoutes } from '../modules/quotes/quotes.routes.ts';
import { dealsRoutes } from '../modules/deals/deals.routes.ts';
import { mailRoutes } from '../modules/mail/mail.routes.ts';
import { pipelinesRoutes } from '../modules/deals/pipelines.routes.ts';
import { ticketsRoutes } from '../modules/tickets/tickets.routes.ts';
import { ticketFormsRoutes } from '../modules/ticket-portal/ticket-forms.routes.ts';
import { ticketPortalRoutes } from '../modules/ticket-portal/ticket-portal.routes.ts';
import { templatesRoutes } from '../modules/templates/templates.routes.ts';
import { loyaltyRoutes } from '../modules/loyalty/loyalty.routes.ts';
import { smtpAccountsRoutes } from '../modules/mail/smtp-accounts.routes.ts';
import { campaignsRoutes } from '../modules/campaigns/campaigns.routes.ts';
import { bouncedAddressesRoutes } from '../modules/campaigns/bounced-addresses.routes.ts';
import { unsubscribeRoutes } from '../modules/campaigns/unsubscribe.routes.ts';
import { serviceVisitsRoutes } from '../modules/service-visits/service-visits.routes.ts';
import { mentionsRoutes } from '../modules/mentions/mentions.routes.ts';
import { feedsRoutes } from '../modules/mentions/feeds.routes.ts';
import { sanctionsRoutes } from '../modules/sanctions/sanctions.routes.ts';
import { escalationsRoutes } from '../modules/ticket-escalations/escalations.routes.ts';
import { ticketAttachmentsRoutes } from '../modules/ticket-attachments/ticket-attachments.routes.ts';
import { officesRoutes } from '../modules/offices/offices.routes.ts';
import { incidentCustomersRoutes } from '../modules/incidents/incident-customers.routes.ts';
import { incidentMentionsRoutes } from '../modules/incidents/incident-mentions.routes.ts';
import { playbooksRoutes } from '../modules/incidents/playbooks.routes.ts';
import { incidentsRoutes } from '../modules/incidents/incidents.routes.ts';
import { leaveImportRoutes } from '../modules/offices/leave-import.routes.ts';
import { stakeholdersRoutes } from '../modules/stakeholders/stakeholders.routes.ts';
import { engagementRoutes } from '../modules/stakeholders/engagement.routes.ts';
import { localValueRoutes } from '../modules/local-value/local-value.routes.ts';
import { sustainabilityRoutes } from '../modules/sustainability/sustainability.routes.ts';
import { insightRoutes } from '../modules/insight/insight.routes.ts';
import type { Container } from './container.ts';

/** Every module's routes under /api/v1, each handed the services it needs from the container. */
export async function registerRoutes(
  v1: App,
  c: Container,
  opts: { secureCookies: boolean },
): Promise<void> {
  authRoutes(v1, { auth: c.auth, users: c.users, secureCookies: opts.secureCookies });
  usersRoutes(v1, c.users);
  teamsRoutes(v1, c.teams);
  supportTeamsRoutes(v1, c.supportTeams);
  stakeholdersRoutes(v1, c.stakeholders);
  engagementRoutes(v1, c.stakeholderEngagement);
  mentionsRoutes(v1, c.mentions);
  localValueRoutes(v1, { ledger: c.localValue, reports: c.localValueReports });
  sustainabilityRoutes(v1, c.sustainability);
  insightRoutes(v1, {
    insight: c.insight,
    nextActions: c.nextActions,
    exports: c.insightExports,
    leadScore: c.leadScore,
    settings: c.insightSettings,
  });
  officesRoutes(v1, c.offices, c.officePlanning, c.officeHandOvers);
  incidentsRoutes(v1, { incidents: c.incidents, statements: c.incidentStatements });
  incidentMentionsRoutes(v1, c.incidentMentions);
  incidentCustomersRoutes(v1, c.incidentCustomers);
  playbooksRoutes(v1, c.playbooks);
  customersRoutes(v1, c.customers);
  contactsRoutes(v1, c.contacts);
  customFieldsRoutes(v1, c.customFields);
  segmentsRoutes(v1, c.segments);
  duplicatesRoutes(v1, c.duplicates);
  ordersRoutes(v1, c.orders);
  valueRoutes(v1, c.exchangeRates, c.value);
  paymentsRoutes(v1, c.payments);
  riskRoutes(v1, c.risk);
  churnModelRoutes(v1, c.risk.churnModel);
  auditRoutes(v1, c.audit);
  countriesRoutes(v1, c.countries, c.countryOverrides);
  calendarRoutes(v1, c.calendar);
  workspaceRoutes(v1, c.workspace);
  activitiesRoutes(v1, c.activities);
  followUpsRoutes(v1, c);
  inboxRoutes(v1, c);
  leadCaptureRoutes(v1, c.leadCapture);
  jobsRoutes(v1, c.jobs);
  automationsRoutes(v1, c.automations);
  webhooksRoutes(v1, c.webhooks);
  poolRoutes(v1, c.customerPool);
  productsRoutes(v1, c.products);
  priceListsRoutes(v1, c.priceLists);
  quotesRoutes(v1, { quotes: c.quotes, flow: c.quoteFlow, settings: c.quoteSettings });
  tendersRoutes(v1, {
    tenders: c.tenders,
    analysis: c.tenderAnalysis,
    reasons: c.tenderReasons,
  });
  pipelinesRoutes(v1, c.pipelines);
  greetingsRoutes(v1, { greetings: c.greetings, greetingMail: c.greetingMail });
  customerEventsRoutes(v1, {
    events: c.customerEvents,
    invitations: c.invitations,
    rsvp: c.rsvp,
    mail: c.invitationMail,
    results: c.eventResults,
  });
  visaLettersRoutes(v1, c.visaLetters);
  dealsRoutes(v1, { deals: c.deals, reports: c.dealReports });
  ticketsRoutes(v1, { tickets: c.tickets, sla: c.sla });
  ticketPortalRoutes(v1, c.ticketPortal);
  escalationsRoutes(v1, c.escalations);
  ticketFormsRoutes(v1, { forms: c.ticketForms, submissions: c.ticketFormSubmissions });
  loyaltyRoutes(v1, c.loyalty, c.loyaltyStatements);
  templatesRoutes(v1, { templates: c.templates, render: c.templateRender, slots: c.sendSlots });
  mailRoutes(v1, { mailboxes: c.mailboxes, messages: c.messages, outbox: c.outbox });
  smtpAccountsRoutes(v1, c.smtpAccounts);
  feedbackRoutes(v1, {
    feedback: c.feedback,
    rounds: c.surveyRounds,
    surveys: c.publicSurveys,
    settings: c.serviceSettings,
  });
  serviceVisitsRoutes(v1, { rules: c.visitRules, visits: c.serviceVisits });
  campaignsRoutes(v1, { campaigns: c.campaigns, results: c.campaignResults });
  bouncedAddressesRoutes(v1, c.bouncedAddresses);
  await unsubscribeRoutes(v1, c.unsubscribe);
  await importsRoutes(v1, c.imports, c.uploadsDir ?? resolve('data/uploads'));
  // After the imports routes: they register the multipart parser this upload uses too.
  sanctionsRoutes(v1, c.sanctions, c.uploadsDir ?? resolve('data/uploads'));
  leaveImportRoutes(v1, c.leaveImport, c.uploadsDir ?? resolve('data/uploads'));
  feedsRoutes(v1, c.feeds);
  ticketAttachmentsRoutes(v1, {
    attachments: c.ticketAttachments,
    openToken: (token) => c.ticketPortal.openToken(token),
  });
}
