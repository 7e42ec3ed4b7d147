import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

/** A caller's request id is kept only when it is a plain token, so it cannot forge log lines. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The request's id: the proxy's or caller's `X-Request-Id` when sane, else a new UUID. Every log
 * line of the request, its problem+json `requestId` and its `X-Request-Id` answer carry it, so
 * one id follows a request through proxy, app and support ticket.
 */
export function requestId(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/** Where secrets could appear in a log line; pino writes `[redacted]` instead. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  'token',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  'body.*.password',
];

/**
 * The server's logger: JSON lines (pino) with ISO times, secrets redacted. One line per request
 * comes from `logRequests`, not from Fastify's pair of "incoming"/"completed" lines.
 */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    ...(stream ? { stream } : {}),
  };
}

/**
 * Answers with the request id, and logs one line per request: method, path without the query
 * string (searches and e-mail addresses live there), route pattern, status and time. Headers,
 * cookies and bodies are never logged.
 */
export function logRequests(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split('?')[0],
        route: request.routeOptions.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
