import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { MessageOut } from './messages.schemas.ts';
import { ComposeBody } from './outbox.schemas.ts';
import type { OutboxService } from './outbox.service.ts';

/** Sending: compose (now, at the contact's morning, or at an instant) and cancel. */
export function outboxRoutes(app: App, outbox: OutboxService): void {
  const tags = ['mail'];

  app.post(
    '/messages',
    {
      schema: {
        tags,
        summary:
          'Send or schedule a message to a contact through your mailbox’s SMTP: a template is rendered in the contact’s language (400 when it cannot be: missing variant, merge value, ICU error); sendAt now, local-morning (their next business morning) or an ISO instant',
        body: ComposeBody,
        response: { 201: MessageOut, ...errorResponses, 409: Type.Ref('Problem') },
      },
    },
    async (req, reply) => reply.code(201).send(await outbox.compose(requireScope(req), req.body)),
  );

  app.post(
    '/messages/:id/cancel',
    {
      schema: {
        tags,
        params: IdParams,
        summary: 'Cancel one of your scheduled messages; 409 once it is being sent, sent or failed',
        response: { 200: MessageOut, ...errorResponses, 409: Type.Ref('Problem') },
      },
    },
    async (req) => outbox.cancel(requireScope(req), req.params.id),
  );
}
