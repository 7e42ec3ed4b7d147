import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page } from '../../http/pagination.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { ActivityBody, ActivityOut, ActivityQuery, FollowUpOut } from './activities.schemas.ts';
import type { ActivitiesService } from './activities.service.ts';

export function activitiesRoutes(app: App, activities: ActivitiesService): void {
  const tags = ['activities'];
  app.get(
    '/activities',
    {
      schema: {
        tags,
        summary: 'Touches with customers in your scope, newest first',
        querystring: ActivityQuery,
        response: { 200: Page(ActivityOut), ...errorResponses },
      },
    },
    async (req) => activities.list(requireScope(req), req.query),
  );
  app.post(
    '/activities',
    {
      schema: {
        tags,
        summary: 'Log a touch; an outbound one plans the next follow-up in the customer’s calendar',
        body: ActivityBody,
        response: {
          201: Type.Object({ activity: ActivityOut, nextFollowUp: Nullable(FollowUpOut) }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => reply.code(201).send(await activities.log(requireScope(req), req.body)),
  );
}
