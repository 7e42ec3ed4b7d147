import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { Type } from '@sinclair/typebox';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** The values a field-error code's sentence names (src/domain/field-errors.ts). */
export const ErrorParams = Type.Record(
  Type.String(),
  // readonly in TypeScript so the domain's `as const` lists pass as they are
  Type.Union([
    Type.String(),
    Type.Number(),
    Type.Unsafe<readonly string[]>(Type.Array(Type.String())),
  ]),
  { description: 'the values the message names, e.g. { values: [lead, prospect] }' },
);

/** A problem with one row of a sheet: the web says it by its code; `message` is English. */
export const RowError = Type.Object({
  row: Type.Integer(),
  field: Type.String(),
  message: Type.String({ description: 'in English' }),
  code: Type.Optional(Type.String({ description: 'field-error code (see FIELD_ERRORS)' })),
  params: Type.Optional(ErrorParams),
});

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'JSON pointer to the field, e.g. /country' }),
          code: Type.String({
            description: 'stable error code, e.g. required, one_of, taken (see FIELD_ERRORS)',
          }),
          message: Type.String({ description: 'in English' }),
          params: Type.Optional(ErrorParams),
        }),
      ),
    ),
  },
  { $id: 'Problem' },
);

/** Error replies every authenticated route can give, for the OpenAPI document. */
export const errorResponses = {
  400: Type.Ref('Problem'),
  401: Type.Ref('Problem'),
  404: Type.Ref('Problem'),
};
