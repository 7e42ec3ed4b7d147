import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { MERGE_FIELDS, type DuplicatesService } from './duplicates.service.ts';

const Brief = Type.Object({
  id: Type.String(),
  name: Type.String(),
  nativeName: Nullable(Type.String()),
  country: Type.String(),
  domain: Nullable(Type.String()),
  ownerId: Type.String(),
});
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
          'Pairs of customers in your scope that share a domain, email, phone or company name',
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                a: Brief,
                b: Brief,
                evidence: Type.Array(Type.Object({ kind: Type.String(), key: Type.String() })),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => duplicates.candidates(requireScope(req), req.query.limit ?? 100),
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
