import { PassThrough } from 'node:stream';
import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page } from '../../http/pagination.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { everyPage, writeCustomersCsv } from '../customers/customers.export.ts';
import { IdParams } from '../../http/params.ts';
import { CustomerListQuery, CustomerOut } from '../customers/customers.schemas.ts';
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
    '/segments/fields',
    {
      schema: {
        tags,
        summary: 'The fields a filter can use, with their operators and allowed values',
        description:
          'Built-in fields first, then the workspace’s custom fields as `custom.<key>`. Money fields (`money: true`) are compared in major units of `reportingCurrency`.',
        response: {
          200: Type.Object({
            reportingCurrency: Type.String(),
            items: Type.Array(
              Type.Object({
                field: Type.String(),
                kind: Type.String(),
                operators: Type.Array(Type.String()),
                values: Type.Optional(Type.Array(Type.String())),
                money: Type.Optional(Type.Boolean()),
                label: Type.Optional(Type.String()),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => segments.fields(requireScope(req)),
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

  app.get(
    '/segments/:id/export.csv',
    {
      schema: {
        tags,
        summary: 'The segment’s customers in your scope as CSV (UTF-8 with BOM for Excel)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      const segment = await segments.get(scope, req.params.id);
      const body = new PassThrough();
      const rows = everyPage((cursor) =>
        segments.customers(scope, segment.id, { limit: 500, cursor }),
      );
      // Headers go out with the first row; a failure after that ends the download early.
      writeCustomersCsv(rows, body, { bom: true }).catch((err: unknown) => {
        req.log.error(err);
        body.destroy(err instanceof Error ? err : new Error(String(err)));
      });
      const name = encodeURIComponent(segment.name);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="segment.csv"; filename*=UTF-8''${name}.csv`,
        )
        .send(body);
    },
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
