import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { GreetingMailService } from './greeting-mail.service.ts';
import {
  GreetingMailBody,
  GreetingMailOut,
  GreetingsOut,
  GreetingsQuery,
} from './greetings.schemas.ts';
import type { GreetingsService } from './greetings.service.ts';

/** The greetings calendar: occasions of the customers' own cultures and lives, with sources. */
export function greetingsRoutes(
  app: App,
  s: { greetings: GreetingsService; greetingMail: GreetingMailService },
): void {
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

  app.post(
    '/customers/:id/greetings/mail',
    {
      schema: {
        tags: ['greetings'],
        params: IdParams,
        summary:
          'Schedule an occasion of the greetings calendar as an email from your mailbox at 09:30 on the contact’s clock on its greeting day (their next 09:30 when that has passed): a workspace template in their language, or the built-in greeting in en, zh-CN, es, pt, fr, de, ru or ar',
        body: GreetingMailBody,
        response: { 201: GreetingMailOut, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await s.greetingMail.schedule(requireScope(req), req.params.id, req.body)),
  );
}
