import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  CustomerServiceOut,
  OutcomeBody,
  RuleBody,
  RuleOut,
  RulePatch,
  VisitListQuery,
  VisitOut,
} from './service-visits.schemas.ts';
import type { ServiceVisitsService } from './service-visits.service.ts';
import type { VisitRulesService } from './visit-rules.service.ts';

const adminErrors = { ...errorResponses, 403: Type.Ref('Problem') };
const withConflict = { ...errorResponses, 409: Type.Ref('Problem') };

/** Follow-up visits (回访): the workspace's rules, the visits they plan, their outcomes. */
export function serviceVisitsRoutes(
  app: App,
  s: { rules: VisitRulesService; visits: ServiceVisitsService },
): void {
  const tags = ['service'];

  app.get(
    '/service-visit-rules',
    {
      schema: {
        tags,
        summary:
          'The workspace’s follow-up visit rules: after a ticket is solved, an order shipped or delivered, or an installation ticket closed, a call or visit N business days later in the customer’s calendar',
        response: { 200: Type.Object({ items: Type.Array(RuleOut) }), ...errorResponses },
      },
    },
    async (req) => s.rules.list(requireScope(req)),
  );

  app.post(
    '/service-visit-rules',
    {
      schema: {
        tags,
        summary: 'Add a follow-up visit rule (admin); it applies to events from now on',
        body: RuleBody,
        response: { 201: RuleOut, ...adminErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await s.rules.create(requireScope(req), req.body)),
  );

  app.patch(
    '/service-visit-rules/:id',
    {
      schema: {
        tags,
        summary:
          'Change a follow-up visit rule (admin); visits already planned keep their terms and checklist',
        params: IdParams,
        body: RulePatch,
        response: { 200: RuleOut, ...adminErrors },
      },
    },
    async (req) => s.rules.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/service-visit-rules/:id',
    {
      schema: {
        tags,
        summary: 'Delete a follow-up visit rule (admin); the visits it planned stay',
        params: IdParams,
        response: { 204: Type.Null(), ...adminErrors },
      },
    },
    async (req, reply) => {
      await s.rules.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/service-visits',
    {
      schema: {
        tags,
        summary:
          'Follow-up visits of the customers you can see: planned, overdue (missed, by the customer’s own date), done or cancelled',
        querystring: VisitListQuery,
        response: {
          200: Type.Object({ items: Type.Array(VisitOut), nextOffset: Nullable(Type.Integer()) }),
          ...errorResponses,
        },
      },
    },
    async (req) => s.visits.list(requireScope(req), req.query),
  );

  app.get(
    '/service-visits/:id',
    {
      schema: {
        tags,
        summary: 'A follow-up visit with its checklist, date, state and outcome',
        params: IdParams,
        response: { 200: VisitOut, ...errorResponses },
      },
    },
    async (req) => s.visits.get(requireScope(req), req.params.id),
  );

  app.post(
    '/service-visits/:id/outcome',
    {
      schema: {
        tags,
        summary:
          'Record a visit’s outcome: the checklist answers go on the customer’s timeline as a call or visit, and its follow-up is done',
        params: IdParams,
        body: OutcomeBody,
        response: { 200: VisitOut, ...withConflict },
      },
    },
    async (req) => s.visits.recordOutcome(requireScope(req), req.params.id, req.body),
  );

  app.get(
    '/customers/:id/service',
    {
      schema: {
        tags,
        summary:
          'The customer’s service card: the latest CSAT answer with the count and average, and the follow-up visits planned and done',
        params: IdParams,
        response: { 200: CustomerServiceOut, ...errorResponses },
      },
    },
    async (req) => s.visits.customerService(requireScope(req), req.params.id),
  );
}
