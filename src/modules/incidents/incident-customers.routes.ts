import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IncidentDetail } from './incidents.schemas.ts';
import type { IncidentCustomersService } from './incident-customers.service.ts';

/** Linking customers to an incident (issue 19): its owner and admins. */
export function incidentCustomersRoutes(app: App, links: IncidentCustomersService): void {
  const tags = ['reputation'];
  const params = Type.Object({
    id: Type.String({ maxLength: 64 }),
    customerId: Type.String({ maxLength: 64 }),
  });
  const response = { 200: IncidentDetail, ...errorResponses, 403: Type.Ref('Problem') };
  app.put(
    '/incidents/:id/customers/:customerId',
    {
      schema: {
        tags,
        summary:
          'Link a customer (one the caller may see) to an incident (its owner or an admin); linking twice is a no-op; while it is active, the customer’s owner gets a follow-up',
        params,
        response,
      },
    },
    async (req) => links.link(requireScope(req), req.params.id, req.params.customerId),
  );
  app.delete(
    '/incidents/:id/customers/:customerId',
    {
      schema: {
        tags,
        summary: 'Unlink a customer from an incident (its owner or an admin)',
        params,
        response,
      },
    },
    async (req) => links.unlink(requireScope(req), req.params.id, req.params.customerId),
  );
}
