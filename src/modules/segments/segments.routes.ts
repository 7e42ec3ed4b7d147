import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page } from '../../http/pagination.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { CustomerListQuery, CustomerOut, IdParams } from '../customers/customers.schemas.ts';
import { PreviewBody, SegmentBody, SegmentOut, SegmentPatch } from './segments.schemas.ts';
import type { SegmentsService } from './segments.service.ts';

export function segmentsRoutes(app: App, segments: SegmentsService): void {
  const tags = ['segments'];

  app.get(
    '/segments',
    {
      schema: {
        tags,
        summary: 'Saved segments of the workspace',
        response: { 200: Type.Object({ items: Type.Array(SegmentOut) }), ...errorResponses },
      },
    },
    async (req) => segments.list(requireScope(req)),
  );

  app.post(
    '/segments',
    {
      schema: {
        tags,
        summary: 'Save a segment (its filter is validated and compiled; answers with its count)',
        body: SegmentBody,
        response: { 201: SegmentOut, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await segments.create(requireScope(req), req.body)),
  );

  app.post(
    '/segments/preview',
    {
      schema: {
        tags,
        summary: 'Count the customers in your scope that a filter matches, without saving it',
        body: PreviewBody,
        response: { 200: Type.Object({ count: Type.Integer() }), ...errorResponses },
      },
    },
    async (req) => segments.preview(requireScope(req), req.body),
  );

  app.get(
    '/segments/:id',
    {
      schema: {
        tags,
        summary: 'A segment with the number of customers in it that you can see',
        params: IdParams,
        response: { 200: SegmentOut, ...errorResponses },
      },
    },
    async (req) => segments.get(requireScope(req), req.params.id),
  );

  app.get(
    '/segments/:id/customers',
    {
      schema: {
        tags,
        summary:
          'The segment’s customers in your scope, with the customer list’s filters and paging',
        params: IdParams,
        querystring: CustomerListQuery,
        response: { 200: Page(CustomerOut), ...errorResponses },
      },
    },
    async (req) => segments.customers(requireScope(req), req.params.id, req.query),
  );

  app.patch(
    '/segments/:id',
    {
      schema: {
        tags,
        summary: 'Rename a segment or change its filter (creator, manager, admin)',
        params: IdParams,
        body: SegmentPatch,
        response: { 200: SegmentOut, ...errorResponses },
      },
    },
    async (req) => segments.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/segments/:id',
    {
      schema: {
        tags,
        summary: 'Delete a segment no cadence policy uses (creator, manager, admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await segments.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
