import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page } from '../../http/pagination.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { sendJsonText } from '../../http/json-text.ts';
import {
  CustomerBody,
  CustomerListQuery,
  CustomerOut,
  CustomerPatch,
} from './customers.schemas.ts';
import { IdParams } from '../../http/params.ts';
import type { CustomersService } from './customers.service.ts';

export function customersRoutes(app: App, customers: CustomersService): void {
  const tags = ['customers'];

  app.get(
    '/customers',
    {
      schema: {
        tags,
        summary: 'List customers in your scope',
        querystring: CustomerListQuery,
        response: { 200: Page(CustomerOut), ...errorResponses },
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      // Without a search the page comes as JSON text written by the database, sent as it is.
      if (req.query.q === undefined)
        return sendJsonText(reply, await customers.listJson(scope, req.query));
      return customers.list(scope, req.query);
    },
  );

  app.post(
    '/customers',
    {
      schema: {
        tags,
        summary: 'Create a customer',
        body: CustomerBody,
        response: { 201: CustomerOut, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await customers.create(requireScope(req), req.body)),
  );

  app.get(
    '/customers/:id',
    {
      schema: {
        tags,
        summary: 'Get a customer',
        params: IdParams,
        querystring: Type.Object(
          {
            includeDeleted: Type.Optional(
              Type.Boolean({ description: 'also a customer in the trash (to restore it)' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: CustomerOut, ...errorResponses },
      },
    },
    async (req) =>
      customers.get(requireScope(req), req.params.id, {
        includeDeleted: req.query.includeDeleted === true,
      }),
  );

  app.patch(
    '/customers/:id',
    {
      schema: {
        tags,
        summary: 'Change a customer',
        params: IdParams,
        body: CustomerPatch,
        response: { 200: CustomerOut, ...errorResponses },
      },
    },
    async (req) => customers.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/customers/:id',
    {
      schema: {
        tags,
        summary: 'Move a customer to the trash (soft delete)',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await customers.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/customers/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore a customer from the trash',
        params: IdParams,
        response: { 200: CustomerOut, ...errorResponses },
      },
    },
    async (req) => customers.restore(requireScope(req), req.params.id),
  );
}
