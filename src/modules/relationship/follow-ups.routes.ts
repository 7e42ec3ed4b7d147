import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { FollowUpOut } from './activities.schemas.ts';
import { IdParams } from '../../http/params.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { HEALTH_STATUSES } from '../../domain/relationship/health.ts';
import {
  FollowUpCreate,
  FollowUpPatch,
  FollowUpQuery,
  InboxFollowUp,
  PoliciesBody,
  PolicyOut,
} from './follow-ups.schemas.ts';
import type { FollowUpsService } from './follow-ups.service.ts';
import type { HealthService } from './health.service.ts';
import type { InboxService } from './inbox.service.ts';
import type { PoliciesService } from './policies.service.ts';

export interface FollowUpRouteServices {
  followUps: FollowUpsService;
  inbox: InboxService;
  health: HealthService;
  policies: PoliciesService;
}

export function followUpsRoutes(
  app: App,
  { followUps, inbox, health, policies }: FollowUpRouteServices,
): void {
  const tags = ['follow-ups'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };

  app.get(
    '/follow-ups',
    {
      schema: {
        tags,
        summary:
          'Open follow-ups: overdue, today and upcoming in each customer’s calendar, ordered by when their day opens',
        querystring: FollowUpQuery,
        response: { 200: Type.Object({ items: Type.Array(InboxFollowUp) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await inbox.list(requireScope(req), req.query) }),
  );

  app.post(
    '/follow-ups',
    {
      schema: {
        tags,
        summary: 'Create a follow-up by hand',
        body: FollowUpCreate,
        response: { 201: FollowUpOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await followUps.create(requireScope(req), req.body)),
  );

  app.patch(
    '/follow-ups/:id',
    {
      schema: {
        tags,
        summary: 'Mark done, snooze to a date, reopen, cancel or reassign',
        params: IdParams,
        body: FollowUpPatch,
        response: { 200: FollowUpOut, ...errors },
      },
    },
    async (req) => followUps.update(requireScope(req), req.params.id, req.body),
  );

  app.get(
    '/customers/:id/health',
    {
      schema: {
        tags,
        summary:
          'Relationship health 0–100 with its weighted parts; no score while new (no touch yet) or once churned',
        params: IdParams,
        response: {
          200: Type.Object({
            status: OneOf(HEALTH_STATUSES),
            score: Nullable(Type.Integer({ description: 'null unless status is scored' })),
            cadenceDays: Type.Integer(),
            parts: Type.Array(
              Type.Object({
                key: Type.String(),
                weight: Type.Integer(),
                score: Type.Integer(),
                detail: Type.Object({ en: Type.String(), zh: Type.String() }),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => health.forCustomer(requireScope(req), req.params.id),
  );

  app.get(
    '/cadence-policies',
    {
      schema: {
        tags,
        summary: 'Follow-up cadence per stage and tier (defaults until the workspace sets its own)',
        response: {
          200: Type.Object({ items: Type.Array(PolicyOut), custom: Type.Boolean() }),
          ...errorResponses,
        },
      },
    },
    async (req) => policies.list(requireScope(req)),
  );

  app.put(
    '/cadence-policies',
    {
      schema: {
        tags,
        summary: 'Replace the cadence policies (admin, manager) and replan every customer',
        body: PoliciesBody,
        response: {
          200: Type.Object({
            items: Type.Array(PolicyOut),
            custom: Type.Boolean(),
            replanned: Type.Integer({
              description: 'Follow-ups whose date or reason changed, created or dropped',
            }),
            millis: Type.Integer(),
          }),
          ...errors,
        },
      },
    },
    async (req) => policies.set(requireScope(req), req.body),
  );
}
