import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  EngagementOut,
  InteractionBody,
  InteractionParams,
  PlanBody,
  PlanParams,
  PlanPatch,
} from './engagement.schemas.ts';
import type { EngagementService } from './engagement.service.ts';

/** A stakeholder's timeline of interactions and its engagement plan (issue 19). */
export function engagementRoutes(app: App, engagement: EngagementService): void {
  const tags = ['stakeholders'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };
  app.get(
    '/stakeholders/:id/engagement',
    {
      schema: {
        tags,
        summary:
          'A stakeholder’s interactions (newest first) and planned follow-ups, for whoever may read the stakeholder',
        params: IdParams,
        response: { 200: EngagementOut, ...errors },
      },
    },
    async (req) => engagement.get(requireScope(req), req.params.id),
  );
  app.post(
    '/stakeholders/:id/interactions',
    {
      schema: {
        tags,
        summary: 'Log a meeting, call, letter… with a stakeholder (its owner or an admin)',
        params: IdParams,
        body: InteractionBody,
        response: { 201: EngagementOut, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await engagement.addInteraction(requireScope(req), req.params.id, req.body)),
  );
  app.delete(
    '/stakeholders/:id/interactions/:interactionId',
    {
      schema: {
        tags,
        summary: 'Remove a logged interaction (the stakeholder’s owner or an admin)',
        params: InteractionParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await engagement.removeInteraction(
        requireScope(req),
        req.params.id,
        req.params.interactionId,
      );
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/stakeholders/:id/plans',
    {
      schema: {
        tags,
        summary:
          'Plan a follow-up for a stakeholder, due on a business day of its country (its owner or an admin)',
        params: IdParams,
        body: PlanBody,
        response: { 201: EngagementOut, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await engagement.addPlan(requireScope(req), req.params.id, req.body)),
  );
  app.patch(
    '/stakeholders/:id/plans/:planId',
    {
      schema: {
        tags,
        summary: 'Change a planned follow-up or mark it done/open (its owner or an admin)',
        params: PlanParams,
        body: PlanPatch,
        response: { 200: EngagementOut, ...errors },
      },
    },
    async (req) =>
      engagement.updatePlan(requireScope(req), req.params.id, req.params.planId, req.body),
  );
}
