import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

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
