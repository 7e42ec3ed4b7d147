import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

// The filter's shape is checked by the domain validator, which names the failing condition;
// here it only has to be an object.
const Filter = Type.Object({
  match: Type.String({ description: 'all (AND) or any (OR)' }),
  conditions: Type.Array(Type.Unknown(), {
    description:
      'conditions { field, op, value } or nested groups { match, conditions }; fields: country, region, city, industry, size, source, stage, tier, ownerId, teamId, healthScore, leadScore, lastTouchAt, createdAt, tags, rfm, lastOrderDate, custom.<key>',
  }),
});

const FilterConditionOut = Type.Object({
  field: Type.String({ description: 'a built-in field, or custom.<key> for a custom field' }),
  op: Type.String({ description: 'an operator the field’s kind takes (GET /segments/fields)' }),
  value: Type.Optional(
    Type.Unknown({ description: 'a string, number, list or range, as the operator needs' }),
  ),
});

/** A saved filter as stored (validated): AND/OR groups of conditions, nested up to four deep. */
export const SegmentFilterOut = Type.Recursive(
  (Group) =>
    Type.Object({
      match: Type.Union([Type.Literal('all'), Type.Literal('any')]),
      conditions: Type.Array(Type.Union([FilterConditionOut, Group])),
    }),
  { $id: 'SegmentFilter' },
);

export const SegmentBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    filter: Filter,
  },
  { additionalProperties: false },
);
export type SegmentBody = Static<typeof SegmentBody>;

export const SegmentPatch = Type.Partial(SegmentBody, { additionalProperties: false });
export type SegmentPatch = Static<typeof SegmentPatch>;

export const PreviewBody = Type.Object({ filter: Filter }, { additionalProperties: false });
export type PreviewBody = Static<typeof PreviewBody>;

export const SegmentOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  filter: SegmentFilterOut,
  createdBy: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  count: Type.Optional(
    Type.Integer({ description: 'customers in the segment that you can see, counted now' }),
  ),
});
export type SegmentOut = Static<typeof SegmentOut>;
