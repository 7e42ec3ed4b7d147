import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page } from '../../http/pagination.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  PriceOut,
  PriceQuery,
  ProductBody,
  ProductListQuery,
  ProductOut,
  ProductPatch,
} from './products.schemas.ts';
import type { ProductsService } from './products.service.ts';

export function productsRoutes(app: App, products: ProductsService): void {
  const tags = ['products'];
  // Writes: admins and managers (403 for reps); a SKU already taken is a 409.
  const writeErrors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };

  app.get(
    '/products',
    {
      schema: {
        tags,
        summary: 'List products by SKU (search by SKU or name, filter by active)',
        querystring: ProductListQuery,
        response: { 200: Page(ProductOut), ...errorResponses },
      },
    },
    async (req) => products.list(requireScope(req), req.query),
  );

  app.post(
    '/products',
    {
      schema: {
        tags,
        summary: 'Create a product (admin or manager)',
        body: ProductBody,
        response: { 201: ProductOut, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await products.create(requireScope(req), req.body)),
  );

  app.get(
    '/products/:id',
    {
      schema: {
        tags,
        summary: 'Get a product',
        params: IdParams,
        response: { 200: ProductOut, ...errorResponses },
      },
    },
    async (req) => products.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/products/:id',
    {
      schema: {
        tags,
        summary: 'Change a product (admin or manager)',
        params: IdParams,
        body: ProductPatch,
        response: { 200: ProductOut, ...writeErrors },
      },
    },
    async (req) => products.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/products/:id',
    {
      schema: {
        tags,
        summary: 'Delete a product and its prices (admin or manager)',
        params: IdParams,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (req, reply) => {
      await products.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/products/:id/price',
    {
      schema: {
        tags,
        summary: 'The price of a product for a customer, a quantity and a date',
        description:
          'Resolved by the rule in docs/sales.md: lists valid on the date that price the product at the quantity; the customer’s currency first; segment list, then country list, then default; the highest quantity break not above the quantity. A customer outside your scope is 404.',
        params: IdParams,
        querystring: PriceQuery,
        response: { 200: PriceOut, ...errorResponses },
      },
    },
    async (req) => products.price(requireScope(req), req.params.id, req.query),
  );
}
