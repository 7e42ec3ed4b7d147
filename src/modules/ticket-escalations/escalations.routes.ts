import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  EscalationNoticeOut,
  EscalationNoticesQuery,
  EscalationRuleBody,
  EscalationRuleOut,
  EscalationRulePatch,
} from './escalations.schemas.ts';
import type { EscalationsService } from './escalations.service.ts';

const adminErrors = { ...errorResponses, 403: Type.Ref('Problem') };

/** The workspace's escalation rules (admins); the SLA job applies them. */
export function escalationsRoutes(app: App, escalations: EscalationsService): void {
  const tags = ['service'];

  app.get(
    '/escalation-rules',
    {
      schema: {
        tags,
        summary: 'The escalation rules in the order they are applied (admin)',
        response: {
          200: Type.Object({ items: Type.Array(EscalationRuleOut) }),
          ...adminErrors,
        },
      },
    },
    async (req) => escalations.list(requireScope(req)),
  );

  app.get(
    '/escalation-notices',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'Escalations of the last days (default 7) on running tickets the caller may see, newest first',
        querystring: EscalationNoticesQuery,
        response: {
          200: Type.Object({ items: Type.Array(EscalationNoticeOut) }),
          ...errorResponses,
        },
      },
    },
    async (req) => escalations.notices(requireScope(req), req.query),
  );

  app.post(
    '/escalation-rules',
    {
      schema: {
        tags,
        summary:
          'Add an escalation rule (admin): on an SLA warning or breach, reassign, raise priority, notify',
        body: EscalationRuleBody,
        response: { 201: EscalationRuleOut, ...adminErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await escalations.create(requireScope(req), req.body)),
  );

  app.get(
    '/escalation-rules/:id',
    {
      schema: {
        tags,
        summary: 'An escalation rule (admin)',
        params: IdParams,
        response: { 200: EscalationRuleOut, ...adminErrors },
      },
    },
    async (req) => escalations.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/escalation-rules/:id',
    {
      schema: {
        tags,
        summary: 'Change an escalation rule (admin); firings already made stay',
        params: IdParams,
        body: EscalationRulePatch,
        response: { 200: EscalationRuleOut, ...adminErrors },
      },
    },
    async (req) => escalations.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/escalation-rules/:id',
    {
      schema: {
        tags,
        summary: 'Delete an escalation rule (admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...adminErrors },
      },
    },
    async (req, reply) => {
      await escalations.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
