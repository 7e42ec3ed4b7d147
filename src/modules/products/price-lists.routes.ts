import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page } from '../../http/pagination.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  ItemListQuery,
  ItemParams,
  ItemsBody,
  PriceListBody,
  PriceListItemOut,
  PriceListOut,
  PriceListPatch,
} from './products.schemas.ts';
import type { PriceListsService } from './price-lists.service.ts';

export function priceListsRoutes(app: App, lists: PriceListsService): void {
  const tags = ['price lists'];
  const writeErrors = { ...errorResponses, 403: Type.Ref('Problem'), 409: Type.Ref('Problem') };

  app.get(
    '/price-lists',
    {
      schema: {
        tags,
        summary: 'Every price list, newest first, with how many products each prices',
        response: { 200: Type.Object({ items: Type.Array(PriceListOut) }), ...errorResponses },
      },
    },
    async (req) => lists.list(requireScope(req)),
  );

  app.post(
    '/price-lists',
    {
      schema: {
        tags,
        summary: 'Create a price list, optionally with its prices (admin or manager)',
        body: PriceListBody,
        response: { 201: PriceListOut, ...writeErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await lists.create(requireScope(req), req.body)),
  );

  app.get(
    '/price-lists/:id',
    {
      schema: {
        tags,
        summary: 'Get a price list',
        params: IdParams,
        response: { 200: PriceListOut, ...errorResponses },
      },
    },
    async (req) => lists.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/price-lists/:id',
    {
      schema: {
        tags,
        summary: 'Change a price list’s name, period or scope (admin or manager)',
        params: IdParams,
        body: PriceListPatch,
        response: { 200: PriceListOut, ...writeErrors },
      },
    },
    async (req) => lists.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/price-lists/:id',
    {
      schema: {
        tags,
        summary: 'Delete a price list and its prices (admin or manager)',
        params: IdParams,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (req, reply) => {
      await lists.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/price-lists/:id/items',
    {
      schema: {
        tags,
        summary: 'The products a list prices, by SKU, with their quantity breaks',
        params: IdParams,
        querystring: ItemListQuery,
        response: { 200: Page(PriceListItemOut), ...errorResponses },
      },
    },
    async (req) => lists.items(requireScope(req), req.params.id, req.query),
  );

  app.post(
    '/price-lists/:id/items',
    {
      schema: {
        tags,
        summary: 'Set the quantity breaks of the products named (admin or manager)',
        description:
          'Each product’s breaks replace those it had in the list; an empty list of breaks takes the product off. Products not named keep their prices.',
        params: IdParams,
        body: ItemsBody,
        response: { 200: PriceListOut, ...writeErrors },
      },
    },
    async (req) => lists.setItems(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/price-lists/:id/items/:productId',
    {
      schema: {
        tags,
        summary: 'Take a product off a price list (admin or manager)',
        params: ItemParams,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (req, reply) => {
      await lists.removeItem(requireScope(req), req.params.id, req.params.productId);
      return reply.code(204).send(null);
    },
  );
}
