import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { DismissBody, Dismissed, PairsPage, PairsQuery } from './duplicates.schemas.ts';
import { MERGE_FIELDS, type DuplicatesService } from './duplicates.service.ts';

const MergeResult = Type.Object({
  mergeId: Type.String(),
  keptId: Type.String(),
  mergedId: Type.String(),
});

export function duplicatesRoutes(app: App, duplicates: DuplicatesService): void {
  const tags = ['duplicates'];

  app.get(
    '/duplicates',
    {
      schema: {
        tags,
        summary:
          'Pairs of customers in your scope that share a domain, email, phone or company name, strongest evidence first',
        description:
          'A shared name alone is no evidence between two customers whose websites (or, without one, company email domains) differ: those are branches or namesakes. Pairs marked "not a duplicate" stay out until either customer’s domain, emails, phones or names change.',
        querystring: PairsQuery,
        response: { 200: PairsPage, ...errorResponses },
      },
    },
    async (req) =>
      duplicates.candidates(requireScope(req), {
        page: req.query.page ?? 1,
        pageSize: req.query.pageSize ?? 20,
      }),
  );

  app.post(
    '/duplicates/dismiss',
    {
      schema: {
        tags,
        summary: 'Mark two customers as not duplicates: the pair stays hidden until either changes',
        body: DismissBody,
        response: { 200: Dismissed, ...errorResponses },
      },
    },
    async (req) => duplicates.dismiss(requireScope(req), req.body),
  );

  app.post(
    '/duplicates/merge',
    {
      schema: {
        tags,
        summary:
          'Merge one customer into another, field by field; contacts, activities and follow-ups move',
        body: Type.Object(
          {
            keepId: Type.String({ maxLength: 64 }),
            mergeId: Type.String({ maxLength: 64 }),
            take: Type.Optional(
              Type.Partial(
                Type.Object(
                  Object.fromEntries(
                    MERGE_FIELDS.map((f) => [
                      f,
                      Type.Union([Type.Literal('keep'), Type.Literal('merge')]),
                    ]),
                  ),
                ),
                {
                  additionalProperties: false,
                  description:
                    'per field, whose value wins; by default the kept customer’s, or the other’s where the kept one is empty',
                },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: MergeResult, ...errorResponses },
      },
    },
    async (req) => duplicates.merge(requireScope(req), req.body),
  );

  app.post(
    '/merges/:id/undo',
    {
      schema: {
        tags,
        summary: 'Undo a merge: both customers as they were, records moved back',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: {
          200: Type.Object({ mergeId: Type.String(), undone: Type.Boolean() }),
          ...errorResponses,
        },
      },
    },
    async (req) => duplicates.undo(requireScope(req), req.params.id),
  );
}
