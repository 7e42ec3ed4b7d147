import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IncidentDetail } from './incidents.schemas.ts';
import type { IncidentMentionsService } from './incident-mentions.service.ts';

/** Linking mentions to an incident (issue 19): its owner and admins. */
export function incidentMentionsRoutes(app: App, links: IncidentMentionsService): void {
  const tags = ['reputation'];
  const params = Type.Object({
    id: Type.String({ maxLength: 64 }),
    mentionId: Type.String({ maxLength: 64 }),
  });
  const response = { 200: IncidentDetail, ...errorResponses, 403: Type.Ref('Problem') };
  app.put(
    '/incidents/:id/mentions/:mentionId',
    {
      schema: {
        tags,
        summary: 'Link a mention to an incident (its owner or an admin); linking twice is a no-op',
        params,
        response,
      },
    },
    async (req) => links.link(requireScope(req), req.params.id, req.params.mentionId),
  );
  app.delete(
    '/incidents/:id/mentions/:mentionId',
    {
      schema: {
        tags,
        summary: 'Unlink a mention from an incident (its owner or an admin)',
        params,
        response,
      },
    },
    async (req) => links.unlink(requireScope(req), req.params.id, req.params.mentionId),
  );
}
