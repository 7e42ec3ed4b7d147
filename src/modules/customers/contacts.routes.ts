import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import { ContactBody, ContactOut, ContactPatch } from './contacts.schemas.ts';
import type { ContactsService } from './contacts.service.ts';

export function contactsRoutes(app: App, contacts: ContactsService): void {
  const tags = ['contacts'];

  app.get(
    '/customers/:id/contacts',
    {
      schema: {
        tags,
        summary: "List a customer's contacts",
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ContactOut) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await contacts.listForCustomer(requireScope(req), req.params.id) }),
  );

  app.post(
    '/customers/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Add a contact to a customer',
        params: IdParams,
        body: ContactBody,
        response: { 201: ContactOut, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await contacts.create(requireScope(req), req.params.id, req.body)),
  );

  app.get(
    '/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Get a contact',
        params: IdParams,
        response: { 200: ContactOut, ...errorResponses },
      },
    },
    async (req) => contacts.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Change a contact',
        params: IdParams,
        body: ContactPatch,
        response: { 200: ContactOut, ...errorResponses },
      },
    },
    async (req) => contacts.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Delete a contact',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await contacts.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
