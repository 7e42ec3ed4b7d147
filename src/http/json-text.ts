import type { FastifyReply } from 'fastify';

/**
 * Sends a 200 answer that is already JSON text (written by the database, see
 * `customersRepository.listJson`): with a JSON content type Fastify sends a string as it is,
 * without the route's serializer. The text must be what that serializer would have written for
 * the route's response schema, as a JSON value; the route's test holds it to that.
 */
export function sendJsonText<R extends FastifyReply>(reply: R, json: string): R {
  return reply.type('application/json; charset=utf-8').send(json) as R;
}
