import { Type, type Static } from '@sinclair/typebox';
import { CUSTOM_FIELD_TYPES } from '../../domain/enums.ts';
import { OneOf } from '../../http/schema-helpers.ts';

export const FieldOut = Type.Object({
  id: Type.String(),
  key: Type.String(),
  label: Type.String(),
  type: Type.String(),
  options: Type.Array(Type.String()),
});
export const FieldBody = Type.Object(
  {
    key: Type.String({
      pattern: '^[a-z][a-z0-9_]{0,39}$',
      description: 'lower-case letters, digits and _',
    }),
    label: Type.String({ minLength: 1, maxLength: 100 }),
    type: OneOf(CUSTOM_FIELD_TYPES),
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 }),
    ),
  },
  { additionalProperties: false },
);
export type FieldBody = Static<typeof FieldBody>;
