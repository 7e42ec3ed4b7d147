import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { GreetingsOut, GreetingsQuery } from './greetings.schemas.ts';
import type { GreetingsService } from './greetings.service.ts';

/** The greetings calendar: occasions of the customers' own cultures and lives, with sources. */
export function greetingsRoutes(app: App, s: { greetings: GreetingsService }): void {
  app.get(
    '/greetings',
    {
      schema: {
        tags: ['greetings'],
        summary:
          'Occasions to greet the customers you can see in the coming days — festivals of their own country and culture, company and relationship anniversaries, contacts’ birthdays — with when to greet and sourced hints',
        querystring: GreetingsQuery,
        response: { 200: GreetingsOut, ...errorResponses },
      },
    },
    async (req) => s.greetings.list(requireScope(req), req.query),
  );
}
