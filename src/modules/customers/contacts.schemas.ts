import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

export const CHANNELS = [
  'email',
  'phone',
  'whatsapp',
  'wechat',
  'line',
  'telegram',
  'visit',
] as const;

const Handles = Type.Object(
  {
    whatsapp: Type.Optional(Type.String({ maxLength: 100 })),
    wechat: Type.Optional(Type.String({ maxLength: 100 })),
    line: Type.Optional(Type.String({ maxLength: 100 })),
    telegram: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const ContactBody = Type.Object(
  {
    firstName: Type.String({ minLength: 1, maxLength: 100 }),
    lastName: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    nativeName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    title: Type.Optional(Nullable(Type.String({ maxLength: 150 }))),
    emails: Type.Optional(
      Type.Array(Type.String({ format: 'email', maxLength: 254 }), { maxItems: 10 }),
    ),
    phones: Type.Optional(
      Type.Array(Type.String({ minLength: 3, maxLength: 40 }), { maxItems: 10 }),
    ),
    handles: Type.Optional(Handles),
    preferredLanguage: Type.Optional(Nullable(Type.String({ minLength: 2, maxLength: 35 }))),
    preferredChannel: Type.Optional(Nullable(Type.Union(CHANNELS.map((c) => Type.Literal(c))))),
    primary: Type.Optional(Type.Boolean()),
    leftAt: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 10,
          description:
            'YYYY-MM-DD: the day the contact left the customer (not in the future); null: still there',
        }),
      ),
    ),
    birthday: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 10,
          description: 'MM-DD, or YYYY-MM-DD when the year is known (greetings on the day)',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);
export type ContactBody = Static<typeof ContactBody>;

export const ContactPatch = Type.Partial(ContactBody, { additionalProperties: false });
export type ContactPatch = Static<typeof ContactPatch>;

export const ContactOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  firstName: Type.String(),
  lastName: Nullable(Type.String()),
  nativeName: Nullable(Type.String()),
  title: Nullable(Type.String()),
  emails: Type.Array(Type.String()),
  phones: Type.Array(Type.Object({ e164: Type.String(), international: Type.String() })),
  handles: Handles,
  preferredLanguage: Nullable(Type.String()),
  preferredChannel: Nullable(Type.String()),
  birthday: Nullable(Type.String()),
  primary: Type.Boolean(),
  leftAt: Nullable(Type.String({ description: 'the day the contact left the customer' })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type ContactOut = Static<typeof ContactOut>;
