import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { FieldBody, FieldListQuery, FieldOut } from './custom-fields.schemas.ts';
import type { CustomFieldsService } from './custom-fields.service.ts';

export function customFieldsRoutes(app: App, fields: CustomFieldsService): void {
  const tags = ['custom fields'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };
  app.get(
    '/custom-fields',
    {
      schema: {
        tags,
        summary: 'Custom field definitions for customers (or, with entity=product, products)',
        querystring: FieldListQuery,
        response: { 200: Type.Object({ items: Type.Array(FieldOut) }), ...errorResponses },
      },
    },
    async (req) => ({
      items: await fields.list(requireScope(req), req.query.entity),
    }),
  );
  app.post(
    '/custom-fields',
    {
      schema: {
        tags,
        summary: 'Define a custom field (admin)',
        body: FieldBody,
        response: { 201: FieldOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await fields.create(requireScope(req), req.body)),
  );
  app.delete(
    '/custom-fields/:id',
    {
      schema: {
        tags,
        summary: 'Remove a custom field definition (admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await fields.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
