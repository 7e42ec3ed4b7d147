import { Type, type Static } from '@sinclair/typebox';
import { PASSPORT_GENDERS } from '../../db/schema.ts';
import { Nullable } from '../../http/schema-helpers.ts';

export const LetterParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  invitationId: Type.String({ maxLength: 64 }),
});
export type LetterParams = Static<typeof LetterParams>;

const Gender = Type.Union(PASSPORT_GENDERS.map((g) => Type.Literal(g)));

// Dates and codes are plain strings here: the domain's rules answer with stable field-error
// codes (`invalid_date`, `country`, `passport_number`), not the schema's generic ones.
export const PassportBody = Type.Object(
  {
    fullName: Type.String({
      minLength: 1,
      maxLength: 120,
      description: 'as printed in the passport',
    }),
    nationality: Type.String({ minLength: 1, maxLength: 8, description: 'ISO 3166-1 alpha-2' }),
    passportNumber: Type.String({
      minLength: 1,
      maxLength: 40,
      description: '[A-Z0-9]{5,20}; spaces and dashes are dropped',
    }),
    dateOfBirth: Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }),
    issueDate: Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }),
    expiryDate: Type.String({
      maxLength: 10,
      description: 'YYYY-MM-DD; at least 6 months after the event’s last day',
    }),
    gender: Type.Optional(Nullable(Gender)),
  },
  { additionalProperties: false },
);
export type PassportBody = Static<typeof PassportBody>;

export const PassportOut = Type.Object({
  fullName: Type.String(),
  nationality: Type.String(),
  passportNumber: Type.String(),
  dateOfBirth: Type.String(),
  issueDate: Type.String(),
  expiryDate: Type.String(),
  gender: Nullable(Gender),
  updatedAt: Type.String(),
});

export const VisaLetterOut = Type.Object({
  passport: Nullable(PassportOut),
  letterLanguage: Type.String({
    description: 'the invitee’s language the letter is printed in, besides English',
  }),
  earliestExpiry: Type.String({
    description:
      'the first passport expiry date consulates accept for this visit (6 months after its last day)',
  }),
  deleteOn: Type.String({
    description:
      'the day the passport data is deleted: the event’s last day plus the retention days',
  }),
});
export type VisaLetterOut = Static<typeof VisaLetterOut>;
