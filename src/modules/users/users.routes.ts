import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import { UserCreate, UserOut, UserPatch } from './users.schemas.ts';
import type { UsersService } from './users.service.ts';

export function usersRoutes(app: App, users: UsersService): void {
  const tags = ['users'];
  const withForbidden = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };

  app.get(
    '/users',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'List the users of your workspace',
        response: { 200: Type.Object({ items: Type.Array(UserOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await users.list(requireScope(req)) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user (admin)',
        body: UserCreate,
        response: { 201: UserOut, ...withForbidden },
      },
    },
    async (req, reply) => reply.code(201).send(await users.create(requireScope(req), req.body)),
  );

  app.get(
    '/users/:id',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Get a user',
        params: IdParams,
        response: { 200: UserOut, ...errorResponses },
      },
    },
    async (req) => users.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user: role, teams, active, password (admin)',
        params: IdParams,
        body: UserPatch,
        response: { 200: UserOut, ...withForbidden },
      },
    },
    async (req) => users.update(requireScope(req), req.params.id, req.body),
  );
}
