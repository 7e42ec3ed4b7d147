import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  StakeholderBody,
  StakeholderOut,
  StakeholderPatch,
  StakeholderQuery,
} from './stakeholders.schemas.ts';
import type { StakeholdersService } from './stakeholders.service.ts';

export function stakeholdersRoutes(app: App, stakeholders: StakeholdersService): void {
  const tags = ['stakeholders'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };

  app.get(
    '/stakeholders',
    {
      schema: {
        tags,
        summary:
          'Stakeholders per market: all for managers and admins; for others those they own or linked to their customers',
        querystring: StakeholderQuery,
        response: { 200: Type.Object({ items: Type.Array(StakeholderOut) }), ...errorResponses },
      },
    },
    async (req) => ({
      items: await stakeholders.list(requireScope(req), req.query.country?.toUpperCase()),
    }),
  );
  app.post(
    '/stakeholders',
    {
      schema: {
        tags,
        summary: 'Add a stakeholder (managers and admins)',
        body: StakeholderBody,
        response: { 201: StakeholderOut, ...errors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await stakeholders.create(requireScope(req), req.body)),
  );
  app.get(
    '/stakeholders/:id',
    {
      schema: {
        tags,
        summary: 'A stakeholder with its stance history and the linked customers you can see',
        params: IdParams,
        response: { 200: StakeholderOut, ...errors },
      },
    },
    async (req) => stakeholders.get(requireScope(req), req.params.id),
  );
  app.patch(
    '/stakeholders/:id',
    {
      schema: {
        tags,
        summary:
          'Change a stakeholder (its owner or an admin); a new stance is kept in its history',
        params: IdParams,
        body: StakeholderPatch,
        response: { 200: StakeholderOut, ...errors },
      },
    },
    async (req) => stakeholders.update(requireScope(req), req.params.id, req.body),
  );
  app.delete(
    '/stakeholders/:id',
    {
      schema: {
        tags,
        summary: 'Delete a stakeholder (its owner or an admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await stakeholders.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
