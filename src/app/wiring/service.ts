import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '../../domain/service/attachments.ts';
import { FeedbackService } from '../../modules/feedback/feedback.service.ts';
import { PublicSurveysService } from '../../modules/feedback/public-surveys.service.ts';
import { ServiceSettingsService } from '../../modules/feedback/service-settings.service.ts';
import { surveyMailJobKind } from '../../modules/feedback/survey-mail.ts';
import { SurveyRoundsService } from '../../modules/feedback/survey-rounds.service.ts';
import { surveyAnswered } from '../../modules/loyalty/loyalty-records.service.ts';
import { setOrdersFollower } from '../../modules/orders/order-records.service.ts';
import { setPoorAnswers } from '../../modules/relationship/health.service.ts';
import { ServiceVisitsService } from '../../modules/service-visits/service-visits.service.ts';
import { VisitPlanner } from '../../modules/service-visits/visit-planner.ts';
import { VisitRulesService } from '../../modules/service-visits/visit-rules.service.ts';
import { AttachmentStore } from '../../modules/ticket-attachments/attachment-store.ts';
import { TicketAttachmentsService } from '../../modules/ticket-attachments/ticket-attachments.service.ts';
import { SLA_JOB, slaJobKind } from '../../modules/ticket-escalations/escalation-job.ts';
import { EscalationsService } from '../../modules/ticket-escalations/escalations.service.ts';
import { TicketFormSubmissions } from '../../modules/ticket-portal/ticket-form-submissions.service.ts';
import { TicketFormsService } from '../../modules/ticket-portal/ticket-forms.service.ts';
import { TicketPortalService } from '../../modules/ticket-portal/ticket-portal.service.ts';
import { SlaService } from '../../modules/tickets/sla.service.ts';
import { TicketsService } from '../../modules/tickets/tickets.service.ts';
import type { ContainerOptions } from '../container.ts';
import type { Communication } from './communication.ts';
import type { Foundation } from './foundation.ts';

/**
 * Service (docs/service.md): tickets with SLAs in the right calendar, the portal and its forms,
 * attachments, escalations, follow-up visits (回访), CSAT and NPS.
 */
export function buildService(
  db: Kysely<DB>,
  f: Foundation,
  mail: Pick<Communication, 'delivery' | 'campaignDeps'>,
  opts: ContainerOptions,
) {
  const { calendars, now, runner, activities, uploadsDir } = f;
  const sla = new SlaService(db, calendars);
  // CSAT and NPS: a solved ticket plans its CSAT survey, and poor answers weigh on the health score.
  const feedback = new FeedbackService(db, { tokens: f.surveyTokens, now });
  setPoorAnswers(feedback.poorAnswers);
  // Follow-up visits: a solved or closed ticket and shipped or delivered orders plan them by the
  // workspace's rules, in the transaction of the change.
  const visitPlanner = new VisitPlanner(calendars, now);
  setOrdersFollower('service-visits', (tx, ws, ids, actor) =>
    visitPlanner.ordersWritten(tx, ws, ids, actor),
  );
  // Tickets read the clock the tests set, so breach states and pauses are told at a fixed time.
  const tickets = new TicketsService(db, sla, now, async (tx, ticket, status, actor) => {
    if (status === 'solved') await feedback.ticketSolved(tx, ticket);
    await visitPlanner.ticketFinished(tx, ticket, status, actor);
  });
  // Attachments live in the uploads folder's `attachments` (backups copy it) unless configured.
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
  // Survey links (CSAT, NPS) go out through the workspace SMTP account the service settings name.
  runner.define(
    surveyMailJobKind(db, {
      delivery: mail.delivery,
      tokens: f.surveyTokens,
      publicUrl: mail.campaignDeps.publicUrl,
      now,
    }),
  );
  // The portal lists the files of public replies under them.
  const ticketPortal = new TicketPortalService(db, tickets, (ws, id) =>
    ticketAttachments.publicOf(ws, id),
  );
  return {
    sla,
    tickets,
    ticketPortal,
    ticketAttachments,
    escalations,
    ticketForms: new TicketFormsService(db),
    ticketFormSubmissions: new TicketFormSubmissions(db, {
      auth: f.auth,
      customers: f.customers,
      contacts: f.contacts,
      tickets,
      portal: ticketPortal,
    }),
    feedback,
    visitRules: new VisitRulesService(db),
    serviceVisits: new ServiceVisitsService(db, { activities, now }),
    surveyRounds: new SurveyRoundsService(db, { calendars, tokens: f.surveyTokens, now }),
    serviceSettings: new ServiceSettingsService(db, { account: mail.delivery.accountOf, now }),
    // An NPS answer earns the loyalty programme's bonus, once per survey (an edit earns nothing).
    publicSurveys: new PublicSurveysService(db, {
      activities,
      calendars,
      now,
      answered: (tx, ws, answer) => surveyAnswered(tx, ws, answer, now()),
    }),
  };
}
