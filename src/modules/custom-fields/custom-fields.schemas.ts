import { Type, type Static } from '@sinclair/typebox';
import { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_TYPES } from '../../domain/enums.ts';
import { OneOf } from '../../http/schema-helpers.ts';

export const FieldOut = Type.Object({
  id: Type.String(),
  key: Type.String(),
  label: Type.String(),
  type: Type.String(),
  options: Type.Array(Type.String()),
  entity: OneOf(CUSTOM_FIELD_ENTITIES, { description: 'what the field describes' }),
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
    entity: Type.Optional(
      OneOf(CUSTOM_FIELD_ENTITIES, {
        description: 'customer (default) or product; a key is unique across both',
      }),
    ),
  },
  { additionalProperties: false },
);
export type FieldBody = Static<typeof FieldBody>;

export const FieldListQuery = Type.Object(
  {
    entity: Type.Optional(
      OneOf(CUSTOM_FIELD_ENTITIES, { description: 'whose fields: customer (default) or product' }),
    ),
  },
  { additionalProperties: false },
);
