import { Type, type Static } from '@sinclair/typebox';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { LanguageReason } from '../templates/templates.schemas.ts';

const Bilingual = Type.Object({ en: Type.String(), zh: Type.String() });

export const GreetingsQuery = Type.Object(
  {
    days: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 60, description: 'how far ahead to look (default 30)' }),
    ),
  },
  { additionalProperties: false },
);
export type GreetingsQuery = Static<typeof GreetingsQuery>;

export const GreetingOut = Type.Object({
  key: Type.String({ description: 'the occasion: lunar-new-year, eid-al-fitr, birthday, …' }),
  date: Type.String({ description: 'the day itself, on the customer’s calendar' }),
  greetOn: Type.String({
    description: 'when to greet: ahead of offices closing, on a working day, never before today',
  }),
  title: Bilingual,
  hints: Type.Array(
    Type.Object({ text: Bilingual, source: Bilingual }, { description: 'why and how, sourced' }),
  ),
  country: Type.String(),
  countryName: Bilingual,
  customerCount: Type.Integer({ description: 'customers in scope the occasion applies to' }),
  customers: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), nativeName: Nullable(Type.String()) }),
    { description: 'up to five of them, most valuable first' },
  ),
  contact: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  years: Nullable(Type.Integer()),
});
export type GreetingOut = Static<typeof GreetingOut>;

export const GreetingsOut = Type.Object({
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(GreetingOut),
  truncated: Type.Boolean({ description: 'more birthdays or anniversaries than listed' }),
});
export type GreetingsOut = Static<typeof GreetingsOut>;

export const GreetingMailBody = Type.Object(
  {
    key: Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'the occasion’s key as GET /greetings lists it',
    }),
    date: Type.String({
      format: 'date',
      description: 'the occasion’s day as GET /greetings lists it',
    }),
    contactId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description:
          'whom to greet; default the birthday’s contact, else the primary contact with an address, else the first with one',
      }),
    ),
    templateId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description:
          'a workspace template, rendered in the contact’s language; default the built-in greeting',
      }),
    ),
  },
  { additionalProperties: false },
);
export type GreetingMailBody = Static<typeof GreetingMailBody>;

const Clock = Type.Object({
  date: Type.String(),
  time: Type.String({ description: 'HH:MM' }),
  timeZone: Type.String(),
});

export const GreetingMailOut = Type.Object({
  messageId: Type.String({ description: 'the scheduled message (GET /messages/{id}, cancel)' }),
  contact: Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() }),
  subject: Type.String(),
  language: Type.String({ description: 'the language the greeting is written in' }),
  text: OneOf(['template', 'built-in'] as const, { description: 'whose words' }),
  languageReason: Nullable(LanguageReason),
  sendAt: Type.String({ description: 'the instant it leaves' }),
  theirs: Clock,
  ours: Clock,
  moved: Type.Boolean({
    description:
      'true when the greeting day’s 09:30 on their clock had passed: it leaves at their next 09:30',
  }),
});
export type GreetingMailOut = Static<typeof GreetingMailOut>;
