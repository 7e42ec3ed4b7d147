import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { BouncedAddressParams, BouncedList, BouncedQuery } from './bounced-addresses.schemas.ts';
import type { BouncedAddressesService } from './bounced-addresses.service.ts';

const tags = ['campaigns'];
const errors = { ...errorResponses, 403: Type.Ref('Problem') };

/** The suppression list of hard-bounced addresses: managers and admins read, admins remove. */
export function bouncedAddressesRoutes(app: App, s: BouncedAddressesService): void {
  app.get(
    '/bounced-addresses',
    {
      schema: {
        tags,
        summary:
          'Addresses a hard bounce marked (no campaign mails them again), newest first; q narrows by address',
        querystring: BouncedQuery,
        response: { 200: BouncedList, ...errors },
      },
    },
    async (req) => s.list(requireScope(req), req.query),
  );
  app.delete(
    '/bounced-addresses/:address',
    {
      schema: {
        tags,
        params: BouncedAddressParams,
        summary: 'Take an address off the suppression list (admins; audited on its contact)',
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await s.remove(requireScope(req), req.params.address);
      return reply.code(204).send(null);
    },
  );
}
