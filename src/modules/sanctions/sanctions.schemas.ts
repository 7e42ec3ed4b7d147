import { Type, type Static } from '@sinclair/typebox';
import { PageQuery, Page } from '../../http/pagination.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { LIST_FORMATS } from './parsers/index.ts';

export const ListOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  format: OneOf(LIST_FORMATS),
  publishedAt: Nullable(Type.String({ description: 'the publication date the file states' })),
  entryCount: Type.Integer(),
  version: Type.Integer({ description: '1 for the first upload, one more for each update' }),
  fileName: Type.String(),
  uploadedBy: Type.String(),
  uploadedAt: Type.String(),
});

export const ListReport = Type.Object({
  read: Type.Integer({ description: 'entries read from the file' }),
  added: Type.Integer(),
  changed: Type.Integer(),
  removed: Type.Integer(),
  unchanged: Type.Integer(),
});

export const UploadOut = Type.Object({ list: ListOut, report: ListReport });

const Evidence = {
  country: Type.Union([Type.Literal('same'), Type.Literal('different'), Type.Null()]),
  birthDate: Type.Union([
    Type.Literal('same'),
    Type.Literal('same-year'),
    Type.Literal('different'),
    Type.Null(),
  ]),
};

export const MatchedOn = Type.Object(
  {
    tokens: Type.Array(
      Type.Object({
        query: Type.String({ description: 'the word of the screened name' }),
        entry: Type.String({ description: 'the word of the list’s name it matched' }),
        score: Type.Number(),
      }),
    ),
    ...Evidence,
  },
  { description: 'the matched parts: word pairs with their similarity, country and birth date' },
);

export const ScreenBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 300 }),
  country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
  birthDate: Type.Optional(Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' })),
});
export type ScreenBody = Static<typeof ScreenBody>;

export const ScreenOut = Type.Object({
  hits: Type.Array(
    Type.Object({
      listId: Type.String(),
      entryId: Type.String(),
      name: Type.String({ description: 'the entry’s name or alias that matched' }),
      score: Type.Number({ description: '0–1; a hit scores at least 0.88' }),
      matchedOn: MatchedOn,
    }),
  ),
});

export const REVIEW_STATUSES = ['open', 'confirmed', 'dismissed'] as const;

export const ReviewOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  contactId: Nullable(Type.String()),
  subjectName: Type.String({ description: 'the customer’s or contact’s name that was screened' }),
  listId: Type.String(),
  entryId: Type.String(),
  entryName: Type.String(),
  score: Type.Number(),
  matchedOn: MatchedOn,
  status: OneOf(REVIEW_STATUSES),
  source: Type.String({ description: 'create, import or list-update' }),
  importId: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const ReviewQuery = Type.Object({
  status: Type.Optional(OneOf(REVIEW_STATUSES)),
  importId: Type.Optional(Type.String({ maxLength: 64 })),
  ...PageQuery,
});
export const ReviewList = Page(ReviewOut);

export const DecisionBody = Type.Object({
  decision: Type.Union([Type.Literal('confirm'), Type.Literal('dismiss')]),
  reason: Type.Optional(
    Type.String({
      maxLength: 1000,
      description: 'required to confirm: why the customer is blocked',
    }),
  ),
});
