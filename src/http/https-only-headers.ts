import type { FastifyInstance } from 'fastify';

const HSTS = 'max-age=15552000; includeSubDomains';

/**
 * HSTS and the CSP's `upgrade-insecure-requests` make a browser insist on HTTPS. Sent over plain
 * HTTP from a LAN address (a team's first deployment) they turn the app into a blank page: the
 * script request is upgraded to an https:// that nothing answers. So they go only on responses
 * served over HTTPS: when the operator says so (`CHUHAI_SECURE_COOKIES=1`), or when a trusted
 * proxy reports the client spoke TLS (`X-Forwarded-Proto: https`, see `CHUHAI_TRUST_PROXY`).
 */
export function httpsOnlyHeaders(app: FastifyInstance, opts: { alwaysHttps: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!opts.alwaysHttps && request.protocol !== 'https') return payload;
    reply.header('strict-transport-security', HSTS);
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string' && !csp.includes('upgrade-insecure-requests'))
      reply.header('content-security-policy', `${csp};upgrade-insecure-requests`);
    return payload;
  });
}
