import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { Nullable, ViewerTimeZone } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { AnalysisOut, AnalysisQuery } from './tender-analysis.schemas.ts';
import type { TenderAnalysisService } from './tender-analysis.service.ts';
import type { TenderReasonsService } from './tender-reasons.service.ts';
import {
  ReasonBody,
  ReasonOut,
  ReasonPatch,
  TenderBody,
  TenderListQuery,
  TenderOut,
  TenderPatch,
} from './tenders.schemas.ts';
import type { TendersService } from './tenders.service.ts';

const withConflict = { ...errorResponses, 409: Type.Ref('Problem') };
const adminErrors = { ...withConflict, 403: Type.Ref('Problem') };

/** Tenders and bids, their analysis, and the workspace's win/loss reasons. */
export function tendersRoutes(
  app: App,
  s: { tenders: TendersService; analysis: TenderAnalysisService; reasons: TenderReasonsService },
): void {
  const tags = ['tenders'];

  app.get(
    '/tenders',
    {
      schema: {
        tags,
        summary:
          'Tenders over the customers you can see, by submission deadline, with the deadline in the buyer’s, your and the home office’s clock and the home office’s business days left',
        querystring: TenderListQuery,
        response: {
          200: Type.Object({ items: Type.Array(TenderOut), nextCursor: Nullable(Type.String()) }),
          ...errorResponses,
        },
      },
    },
    async (req) => s.tenders.list(requireScope(req), req.query),
  );

  app.get(
    '/tenders/analysis',
    {
      schema: {
        tags,
        summary:
          'Win rate and lost value per reason, country and competitor, and losses to competitors with local presence (reporting currency; bids without a rate are named, not added)',
        querystring: AnalysisQuery,
        response: { 200: AnalysisOut, ...errorResponses },
      },
    },
    async (req) => s.analysis.analyse(requireScope(req), req.query),
  );

  app.post(
    '/tenders',
    {
      schema: {
        tags,
        summary:
          'Record a tender; deadlines are the buyer’s wall-clock time, reminders are planned in the home office’s calendar',
        body: TenderBody,
        response: { 201: TenderOut, ...withConflict },
      },
    },
    async (req, reply) => reply.code(201).send(await s.tenders.create(requireScope(req), req.body)),
  );

  app.get(
    '/tenders/:id',
    {
      schema: {
        tags,
        summary: 'A tender with its deadline view, local content, competitors and result',
        params: IdParams,
        querystring: Type.Object({ timeZone: ViewerTimeZone }, { additionalProperties: false }),
        response: { 200: TenderOut, ...errorResponses },
      },
    },
    async (req) => s.tenders.get(requireScope(req), req.params.id, req.query.timeZone),
  );

  app.patch(
    '/tenders/:id',
    {
      schema: {
        tags,
        summary:
          'Change a tender (lists are replaced whole); a moved deadline moves its reminder, a result cancels it',
        params: IdParams,
        body: TenderPatch,
        response: { 200: TenderOut, ...withConflict },
      },
    },
    async (req) => s.tenders.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/tenders/:id',
    {
      schema: {
        tags,
        summary: 'Delete a tender with its bids and reasons; reminders still to do are cancelled',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await s.tenders.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/tender-reasons',
    {
      schema: {
        tags,
        summary: 'The workspace’s win/loss reasons (the defaults until an admin changes them)',
        querystring: Type.Object(
          { includeInactive: Type.Optional(Type.Boolean({ default: false })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ReasonOut) }), ...errorResponses },
      },
    },
    async (req) => s.reasons.list(requireScope(req), req.query.includeInactive),
  );

  app.post(
    '/tender-reasons',
    {
      schema: {
        tags,
        summary: 'Add a win/loss reason, named in English and Chinese (admin)',
        body: ReasonBody,
        response: { 201: ReasonOut, ...adminErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await s.reasons.create(requireScope(req), req.body)),
  );

  app.patch(
    '/tender-reasons/:id',
    {
      schema: {
        tags,
        summary:
          'Rename a reason or switch it off; results keep the reasons they were given (admin)',
        params: IdParams,
        body: ReasonPatch,
        response: { 200: ReasonOut, ...adminErrors },
      },
    },
    async (req) => s.reasons.update(requireScope(req), req.params.id, req.body),
  );
}
