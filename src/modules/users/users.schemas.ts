import { Type, type Static } from '@sinclair/typebox';

import { ROLES } from '../../domain/enums.ts';
import { OneOf } from '../../http/schema-helpers.ts';

const Role = OneOf(ROLES);
const Password = Type.String({
  minLength: 10,
  maxLength: 200,
  description:
    'at least 10 characters; not one of the 10,000 commonest passwords, not your email, not containing the product name',
});
export const LOCALES = ['zh-CN', 'en'] as const;

export const UserOut = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  active: Type.Boolean(),
  locale: Type.Union([Type.String(), Type.Null()]),
  timeZone: Type.Union([Type.String(), Type.Null()], {
    description: 'IANA zone the user works in; null: the browser’s',
  }),
  teamIds: Type.Array(Type.String()),
  createdAt: Type.String(),
});
export type UserOut = Static<typeof UserOut>;

export const UserCreate = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    password: Password,
    role: Role,
    teamIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type UserCreate = Static<typeof UserCreate>;

export const UserPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    role: Type.Optional(Role),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
    revokeTokens: Type.Optional(
      Type.Boolean({
        description: 'with `password`: also revoke the user’s API tokens (sessions always end)',
      }),
    ),
    teamIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type UserPatch = Static<typeof UserPatch>;

export const MePatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    locale: Type.Optional(Type.Union([...LOCALES.map((l) => Type.Literal(l)), Type.Null()])),
    timeZone: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()], {
        description:
          'IANA zone you work in (e.g. Asia/Shanghai), for contact windows and local-time differences; null: your browser’s',
      }),
    ),
    currentPassword: Type.Optional(Type.String({ maxLength: 200 })),
    newPassword: Type.Optional(Password),
    revokeTokens: Type.Optional(
      Type.Boolean({
        description:
          'with `newPassword`: also revoke your API tokens (your other sessions always end)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type MePatch = Static<typeof MePatch>;
