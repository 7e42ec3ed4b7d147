import { Type } from '@sinclair/typebox';
import { requireScope, SESSION_COOKIE } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import { MePatch, UserOut } from '../users/users.schemas.ts';
import type { UsersService } from '../users/users.service.ts';
import { SESSION_DAYS, type AuthService } from './auth.service.ts';

const WorkspaceOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  homeCountry: Type.String(),
  homeTimeZone: Type.String(),
  homeHours: Type.Object({ start: Type.String(), end: Type.String() }),
});
const Me = Type.Object({ user: UserOut, workspace: WorkspaceOut, csrfToken: Type.String() });
const TokenOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

export function authRoutes(
  app: App,
  deps: { auth: AuthService; users: UsersService; secureCookies: boolean },
): void {
  const { auth, users } = deps;
  const tags = ['auth'];

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign in; sets an httpOnly session cookie',
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 254 }),
            password: Type.String({ minLength: 1, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Me,
          400: Type.Ref('Problem'),
          401: Type.Ref('Problem'),
          429: Type.Ref('Problem'),
        },
      },
    },
    async (req, reply) => {
      const { secret, user } = await auth.login(req.body.email.trim(), req.body.password, req.ip);
      reply.setCookie(SESSION_COOKIE, secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
        signed: true,
        maxAge: SESSION_DAYS * 86_400,
      });
      return {
        user: await users.profile(user.workspace_id, user.id),
        workspace: await users.workspace(user.workspace_id),
        csrfToken: reply.generateCsrf(),
      };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { agents: true },
      schema: { tags, summary: 'Sign out', response: { 204: Type.Null(), ...errorResponses } },
    },
    async (req, reply) => {
      const raw = req.cookies[SESSION_COOKIE];
      const unsigned = raw ? req.unsignCookie(raw) : null;
      if (unsigned?.valid && unsigned.value) await auth.logout(unsigned.value);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'The signed-in user and a CSRF token for cookie-authenticated writes',
        response: { 200: Me, ...errorResponses },
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      return {
        user: await users.get(scope, scope.userId),
        workspace: await users.workspace(scope.workspaceId),
        csrfToken: reply.generateCsrf(),
      };
    },
  );

  app.patch(
    '/me',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'Change your name, language, time zone or password; a new password ends your other sessions',
        body: MePatch,
        response: { 200: UserOut, ...errorResponses },
      },
    },
    async (req) => {
      const raw = req.cookies[SESSION_COOKIE];
      const unsigned = raw ? req.unsignCookie(raw) : null;
      // Signed in by cookie: that session stays when the password changes; the others end.
      const sessionId =
        unsigned?.valid && unsigned.value && !req.headers.authorization
          ? auth.sessionId(unsigned.value)
          : undefined;
      return users.updateMe(requireScope(req), req.body, { sessionId });
    },
  );

  app.get(
    '/me/tokens',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Your API tokens',
        response: { 200: Type.Object({ items: Type.Array(TokenOut) }), ...errorResponses },
      },
    },
    async (req) => ({
      items: (await auth.listTokens(requireScope(req))).map((t) => ({
        id: t.id,
        name: t.name,
        createdAt: t.created_at,
        lastUsedAt: t.last_used_at,
        revokedAt: t.revoked_at,
      })),
    }),
  );

  app.post(
    '/me/tokens',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Create an API token; the token is shown only in this reply',
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100 }) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Type.String(), token: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await auth.createToken(requireScope(req), req.body.name.trim())),
  );

  app.delete(
    '/me/tokens/:id',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Revoke an API token',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await auth.revokeToken(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
