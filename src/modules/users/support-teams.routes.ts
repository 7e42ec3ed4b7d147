import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { SupportTeamBody, SupportTeamOut, SupportTeamPatch } from './support-teams.schemas.ts';
import type { SupportTeamsService } from './support-teams.service.ts';

export function supportTeamsRoutes(app: App, teams: SupportTeamsService): void {
  const tags = ['service'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };

  app.get(
    '/support-teams',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'Support teams with their calendars (zone, working hours, holiday country) and members',
        response: { 200: Type.Object({ items: Type.Array(SupportTeamOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await teams.list(requireScope(req)) }),
  );

  app.post(
    '/support-teams',
    {
      schema: {
        tags,
        summary: 'Create a support team (admin)',
        body: SupportTeamBody,
        response: { 201: SupportTeamOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await teams.create(requireScope(req), req.body)),
  );

  app.patch(
    '/support-teams/:id',
    {
      schema: {
        tags,
        summary: 'Change a support team: name, calendar, order, members (admin)',
        params: IdParams,
        body: SupportTeamPatch,
        response: { 200: SupportTeamOut, ...errors },
      },
    },
    async (req) => teams.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/support-teams/:id',
    {
      schema: {
        tags,
        summary: 'Delete a support team (admin); its tickets go to no team',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await teams.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
