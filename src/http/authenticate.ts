import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Scope } from '../domain/scope.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'chuhai_session';

declare module 'fastify' {
  interface FastifyRequest {
    scope: Scope | null;
    authMethod: 'session' | 'token' | null;
  }
  interface FastifyContextConfig {
    /** reachable without signing in */
    public?: boolean;
    /**
     * reachable by service agents (role `agent`); every other route answers them 403 before it
     * reads anything, so a new route is closed to agents until it says otherwise
     */
    agents?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller from the session cookie or a bearer token before any handler runs.
 * Cookie-authenticated writes must also carry the CSRF token; bearer calls cannot be forged
 * by a browser, so they skip it.
 */
export const authenticate = fp(async (app: FastifyInstance, opts: { auth: AuthService }) => {
  app.decorateRequest('scope', null);
  app.decorateRequest('authMethod', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.scope = await opts.auth.scopeForToken(header.slice(7).trim());
      request.authMethod = request.scope ? 'token' : null;
      if (!request.scope) throw AppError.unauthorized('The API token is invalid or revoked');
    } else {
      const raw = request.cookies[SESSION_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : null;
      if (unsigned?.valid && unsigned.value) {
        request.scope = await opts.auth.scopeForSession(unsigned.value);
        request.authMethod = request.scope ? 'session' : null;
      }
    }
    if (request.routeOptions.config.public) return;
    if (!request.scope) throw AppError.unauthorized();
    const known = request.routeOptions.url !== undefined; // not the 404 handler
    if (request.scope.role === 'agent' && known && !request.routeOptions.config.agents)
      throw AppError.forbidden('Service agents work on tickets only; this is not open to them');
    if (request.authMethod === 'session' && !SAFE_METHODS.has(request.method)) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (err?: Error) => {
          if (err)
            reject(
              new AppError(403, 'CSRF token missing or invalid', 'Reload the page and try again'),
            );
          else resolve();
        });
      });
    }
  });
});

export function requireScope(request: FastifyRequest): Scope {
  if (!request.scope) throw AppError.unauthorized();
  return request.scope;
}
