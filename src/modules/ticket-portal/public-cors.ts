import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Lets a browser post a public form from the company's own site (the form's allowed origins) or
 * from this app's own public page (same host); other origins get no CORS headers and a 403. A
 * request without an Origin (a server, curl) is not a browser's cross-site call and passes.
 */
export function allowOrigin(req: FastifyRequest, reply: FastifyReply, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === req.headers.host) return true;
  if (!allowed.includes(origin)) return false;
  void reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
  return true;
}
