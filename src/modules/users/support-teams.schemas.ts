import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'local HH:MM' });
const Hours = Type.Object(
  { start: Clock, end: Clock },
  { additionalProperties: false, description: 'working hours on the team’s clock' },
);

export const SupportTeamOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  country: Type.String({ description: 'whose public holidays close the team' }),
  region: Nullable(Type.String()),
  timeZone: Type.String(),
  hours: Hours,
  position: Type.Integer({ description: 'the order follow the sun tries teams in' }),
  memberIds: Type.Array(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type SupportTeamOut = Static<typeof SupportTeamOut>;

const fields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  country: Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' }),
  region: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA zone' }),
  hours: Hours,
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  memberIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 500 })),
};
export const SupportTeamBody = Type.Object(fields, { additionalProperties: false });
export type SupportTeamBody = Static<typeof SupportTeamBody>;
export const SupportTeamPatch = Type.Partial(SupportTeamBody, { additionalProperties: false });
export type SupportTeamPatch = Static<typeof SupportTeamPatch>;
