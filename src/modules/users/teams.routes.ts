import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import { TeamBody, TeamOut, TeamPatch } from './teams.schemas.ts';
import type { TeamsService } from './teams.service.ts';

export function teamsRoutes(app: App, teams: TeamsService): void {
  const tags = ['teams'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };

  app.get(
    '/teams',
    {
      schema: {
        tags,
        summary: 'List teams with their members',
        response: { 200: Type.Object({ items: Type.Array(TeamOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await teams.list(requireScope(req)) }),
  );

  app.post(
    '/teams',
    {
      schema: {
        tags,
        summary: 'Create a team (admin)',
        body: TeamBody,
        response: { 201: TeamOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await teams.create(requireScope(req), req.body)),
  );

  app.patch(
    '/teams/:id',
    {
      schema: {
        tags,
        summary: 'Rename a team or set its members (admin)',
        params: IdParams,
        body: TeamPatch,
        response: { 200: TeamOut, ...errors },
      },
    },
    async (req) => teams.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/teams/:id',
    {
      schema: {
        tags,
        summary: 'Delete a team that no customer belongs to (admin)',
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
