import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page, PageQuery } from '../../http/pagination.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { RuleBody, RuleOut, RulePatch, RunOut } from './automations.schemas.ts';
import type { AutomationsService } from './automations.service.ts';

const adminErrors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };

/** Automation rules (admin only): when → if → then, and each rule's run log. */
export function automationsRoutes(app: App, automations: AutomationsService): void {
  const tags = ['automations'];

  app.get(
    '/automations',
    {
      schema: {
        tags,
        summary: 'The workspace’s automation rules (admin)',
        response: { 200: Type.Object({ items: Type.Array(RuleOut) }), ...adminErrors },
      },
    },
    async (req) => automations.list(requireScope(req)),
  );

  app.post(
    '/automations',
    {
      schema: {
        tags,
        summary: 'Create an automation rule (admin)',
        body: RuleBody,
        response: { 201: RuleOut, ...adminErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await automations.create(requireScope(req), req.body)),
  );

  app.get(
    '/automations/:id',
    {
      schema: {
        tags,
        summary: 'An automation rule (admin)',
        params: IdParams,
        response: { 200: RuleOut, ...adminErrors },
      },
    },
    async (req) => automations.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/automations/:id',
    {
      schema: {
        tags,
        summary:
          'Change an automation rule: rename, enable or disable, new trigger, condition or actions (admin)',
        params: IdParams,
        body: RulePatch,
        response: { 200: RuleOut, ...adminErrors },
      },
    },
    async (req) => automations.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/automations/:id',
    {
      schema: {
        tags,
        summary: 'Delete an automation rule and its run log (admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...adminErrors },
      },
    },
    async (req, reply) => {
      await automations.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/automations/:id/runs',
    {
      schema: {
        tags,
        summary:
          'The rule’s runs, newest first: ok, skipped (condition not met), failed, loop_blocked (admin)',
        params: IdParams,
        querystring: Type.Object(PageQuery),
        response: { 200: Page(RunOut), ...adminErrors },
      },
    },
    async (req) => automations.runs(requireScope(req), req.params.id, req.query),
  );
}
