import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Page } from '../../http/pagination.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { BoardOut, BoardQuery, ForecastOut, ForecastQuery } from './deal-reports.schemas.ts';
import type { DealReportsService } from './deal-reports.service.ts';
import {
  DealBody,
  DealDetail,
  DealFull,
  DealOut,
  DealPatchBody,
  DealQuery,
} from './deals.schemas.ts';
import type { DealsService } from './deals.service.ts';

const tags = ['deals'];
const withConflict = { ...errorResponses, 409: Type.Ref('Problem') };

export function dealsRoutes(
  app: App,
  services: { deals: DealsService; reports: DealReportsService },
): void {
  const { deals, reports } = services;

  app.get(
    '/deals',
    {
      schema: {
        tags,
        summary: 'Deals of customers you can see, newest first',
        querystring: DealQuery,
        response: { 200: Page(DealOut), ...errorResponses },
      },
    },
    async (req) => deals.list(requireScope(req), req.query),
  );

  app.get(
    '/deals/forecast',
    {
      schema: {
        tags,
        summary:
          'Deal totals by stage, owner, country or month in the reporting currency, weighted by probability and not; each deal at the rate of its expected close date, deals without a rate named and not added',
        querystring: ForecastQuery,
        response: { 200: ForecastOut, ...errorResponses },
      },
    },
    async (req) => reports.forecast(requireScope(req), req.query),
  );

  app.get(
    '/deals/board',
    {
      schema: {
        tags,
        summary: 'One pipeline as a board: each stage’s first deals and its totals',
        querystring: BoardQuery,
        response: { 200: BoardOut, ...errorResponses },
      },
    },
    async (req) => reports.board(requireScope(req), req.query),
  );

  app.post(
    '/deals',
    {
      schema: {
        tags,
        summary:
          'Open a deal for a customer you can see (default: the first pipeline’s first stage, the customer’s owner)',
        body: DealBody,
        response: { 201: DealFull, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await deals.create(requireScope(req), req.body)),
  );

  app.get(
    '/deals/:id',
    {
      schema: {
        tags,
        summary: 'One deal with its contacts, reasons, competitors and timeline',
        params: IdParams,
        response: { 200: DealDetail, ...errorResponses },
      },
    },
    async (req) => deals.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/deals/:id',
    {
      schema: {
        tags,
        summary:
          'Edit a deal or move it to another stage (audited, the expected close date and stage included)',
        params: IdParams,
        body: DealPatchBody,
        response: { 200: DealFull, ...errorResponses },
      },
    },
    async (req) => deals.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/deals/:id',
    {
      schema: {
        tags,
        summary: 'Delete a deal (audited)',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deals.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/deals/:id/repeat',
    {
      schema: {
        tags,
        summary: 'Open a repeat-order deal from a won deal (409 deal_not_won otherwise)',
        params: IdParams,
        body: Type.Object(
          {
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            expectedCloseDate: Type.Optional(Type.String({ format: 'date' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: DealFull, ...withConflict },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await deals.repeat(requireScope(req), req.params.id, req.body)),
  );
}
