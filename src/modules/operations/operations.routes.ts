import { createHash, timingSafeEqual } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors.ts';
import type { App } from '../../http/types.ts';
import { UNMATCHED_ROUTE, type Metrics } from './metrics.service.ts';
import type { OperationsService } from './operations.service.ts';

export interface OperationsOptions {
  operations: OperationsService;
  metrics: Metrics;
  /** bearer token `/metrics` requires (CHUHAI_METRICS_TOKEN); without one it is a 404 */
  metricsToken?: string;
}

const Status = Type.Object({ status: Type.Literal('ok') });
const problems = { 503: Type.Ref('Problem') };

/**
 * Probes and metrics at the root, outside /api/v1: public (authentication only runs for
 * /api/v1), left out of the API document, and logged only at warn so a probe every few seconds
 * does not fill the request log.
 */
export function operationsRoutes(app: App, opts: OperationsOptions): void {
  const quiet = { config: { public: true }, logLevel: 'warn' as const };

  // Liveness: the process answers. Nothing else, so a database outage does not get it restarted.
  app.get(
    '/healthz',
    { ...quiet, schema: { hide: true, response: { 200: Status } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    { ...quiet, schema: { hide: true, response: { 200: Status, ...problems } } },
    async (request) => {
      const r = await opts.operations.readiness();
      if (r.ready) return { status: 'ok' as const };
      if (r.reason === 'database_unreachable') {
        // The cause goes to the log only: a public probe must not print hosts or credentials.
        request.log.warn({ reason: r.error }, 'not ready: database unreachable');
        throw new AppError(503, 'Service unavailable', 'The database does not answer');
      }
      throw new AppError(
        503,
        'Service unavailable',
        `${r.pending.length} database migration(s) pending: ${r.pending.join(', ')}`,
      );
    },
  );

  const expected = opts.metricsToken ? digest(opts.metricsToken) : null;
  app.get(
    '/metrics',
    { ...quiet, schema: { hide: true, response: { 200: Type.String() } } },
    async (request, reply) => {
      if (!expected) throw AppError.notFound('GET /metrics');
      if (!bearerMatches(request, expected)) {
        reply.header('www-authenticate', 'Bearer');
        throw AppError.unauthorized('Send the metrics token as a bearer token');
      }
      const { contentType, body } = await opts.metrics.render();
      return reply.type(contentType).send(body);
    },
  );
}

/** Times every answered request by its route pattern (bounded label values, unlike URLs). */
export function observeRequests(app: App, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
}

/** Compared as fixed-length digests, so neither the length nor the content leaks by timing. */
function bearerMatches(request: FastifyRequest, expected: Buffer): boolean {
  const header = request.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  return timingSafeEqual(digest(given), expected);
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
