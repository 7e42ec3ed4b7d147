import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  PublicAnswerBody,
  PublicSurveyOut,
  RoundBody,
  RoundDetailOut,
  RoundOut,
  ServiceSettingsBody,
  ServiceSettingsOut,
  SummaryOut,
  SummaryQuery,
  TicketCsatOut,
  TokenParams,
} from './feedback.schemas.ts';
import type { FeedbackService } from './feedback.service.ts';
import type { PublicSurveysService } from './public-surveys.service.ts';
import type { ServiceSettingsService } from './service-settings.service.ts';
import type { SurveyRoundsService } from './survey-rounds.service.ts';

const roleErrors = { ...errorResponses, 403: Type.Ref('Problem') };

/** CSAT and NPS: the public survey page's API, NPS rounds, the summary, a ticket's CSAT. */
export function feedbackRoutes(
  app: App,
  s: {
    feedback: FeedbackService;
    rounds: SurveyRoundsService;
    surveys: PublicSurveysService;
    settings: ServiceSettingsService;
  },
): void {
  const tags = ['feedback'];

  app.get(
    '/public/surveys/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Public: a survey’s question in the contact’s language (no sign-in); shows only that survey and, for CSAT, the ticket’s subject',
        params: TokenParams,
        response: { 200: PublicSurveyOut, 404: Type.Ref('Problem') },
      },
    },
    async (req) => s.surveys.view(req.params.token),
  );

  app.post(
    '/public/surveys/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Public: answer a survey (CSAT 1–5, NPS 0–10, optional comment); changeable for 7 days after the first answer, then 409 survey_answer_locked; rate-limited',
        params: TokenParams,
        body: PublicAnswerBody,
        response: {
          200: PublicSurveyOut,
          400: Type.Ref('Problem'),
          404: Type.Ref('Problem'),
          409: Type.Ref('Problem'),
          429: Type.Ref('Problem'),
        },
      },
    },
    async (req) => s.surveys.answer(req.params.token, req.body, req.ip),
  );

  app.get(
    '/surveys',
    {
      schema: {
        tags,
        summary: 'NPS rounds, newest first, with answers in the caller’s scope (admin, manager)',
        response: { 200: Type.Object({ items: Type.Array(RoundOut) }), ...roleErrors },
      },
    },
    async (req) => s.rounds.list(requireScope(req)),
  );

  app.post(
    '/surveys',
    {
      schema: {
        tags,
        summary:
          'Plan an NPS round: one survey per primary contact of the segment’s customers in the caller’s scope, sent at the local time on each customer’s next business day (admin, manager), optionally about one product. Each link is mailed at its instant through the SMTP account the service settings name; without one nothing is mailed',
        body: RoundBody,
        response: { 201: RoundDetailOut, ...roleErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await s.rounds.create(requireScope(req), req.body)),
  );

  app.get(
    '/surveys/:id',
    {
      schema: {
        tags,
        summary: 'An NPS round with its planned surveys in the caller’s scope (admin, manager)',
        params: IdParams,
        response: { 200: RoundDetailOut, ...roleErrors },
      },
    },
    async (req) => s.rounds.get(requireScope(req), req.params.id),
  );

  app.get(
    '/service-settings',
    {
      schema: {
        tags,
        summary:
          'The service settings: the workspace SMTP account survey links are mailed through, and whether mail goes out (admin, manager)',
        response: { 200: ServiceSettingsOut, ...roleErrors },
      },
    },
    async (req) => s.settings.get(requireScope(req)),
  );

  app.put(
    '/service-settings',
    {
      schema: {
        tags,
        summary:
          'Choose the SMTP account survey links are mailed through (null: not mailed); an unknown account is 400 at /surveySmtpAccountId (admins; audited)',
        body: ServiceSettingsBody,
        response: { 200: ServiceSettingsOut, ...roleErrors },
      },
    },
    async (req) => s.settings.put(requireScope(req), req.body),
  );

  app.get(
    '/feedback/summary',
    {
      schema: {
        tags,
        summary:
          'NPS and CSAT per country, tier, owner, month or product with the count of answers beside every figure; no figure under the minimum count (default 5). Reps see their customers’ answers, managers their teams’, admins all',
        querystring: SummaryQuery,
        response: { 200: SummaryOut, ...errorResponses },
      },
    },
    async (req) => s.feedback.summary(requireScope(req), req.query),
  );

  app.get(
    '/tickets/:id/csat',
    {
      // The agent who solved a ticket sees how the customer rated it (the ticket's reach rules).
      config: { agents: true },
      schema: {
        tags,
        summary: 'A ticket’s CSAT survey: its link and the answer, in the comment’s own language',
        params: IdParams,
        response: { 200: TicketCsatOut, ...errorResponses },
      },
    },
    async (req) => s.feedback.ticketCsat(requireScope(req), req.params.id),
  );
}
