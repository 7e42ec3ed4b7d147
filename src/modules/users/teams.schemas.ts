import { Type, type Static } from '@sinclair/typebox';

export const TeamOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  memberIds: Type.Array(Type.String()),
  createdAt: Type.String(),
});
export type TeamOut = Static<typeof TeamOut>;

export const TeamBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    memberIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 500 })),
  },
  { additionalProperties: false },
);
export type TeamBody = Static<typeof TeamBody>;

export const TeamPatch = Type.Partial(TeamBody, { additionalProperties: false });
export type TeamPatch = Static<typeof TeamPatch>;
