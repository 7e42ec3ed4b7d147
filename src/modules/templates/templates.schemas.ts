import { Type, type Static } from '@sinclair/typebox';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Language = Type.String({
  minLength: 2,
  maxLength: 35,
  description: 'BCP 47 tag: en, de, pt-BR, zh-CN, zh-Hant, ar',
});

export const VariantIn = Type.Object(
  {
    language: Language,
    subject: Type.String({ minLength: 1, maxLength: 300, description: 'ICU MessageFormat' }),
    body: Type.String({ minLength: 1, maxLength: 20_000, description: 'ICU MessageFormat' }),
  },
  { additionalProperties: false },
);

export const TemplateBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    defaultLanguage: Language,
    variants: Type.Array(VariantIn, { minItems: 1, maxItems: 40 }),
  },
  { additionalProperties: false },
);
export type TemplateBody = Static<typeof TemplateBody>;

export const TemplatePatch = Type.Partial(TemplateBody, { additionalProperties: false });
export type TemplatePatch = Static<typeof TemplatePatch>;

export const VariantOut = Type.Object({
  language: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  updatedAt: Type.String(),
});

export const TemplateOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  defaultLanguage: Type.String(),
  variants: Type.Array(VariantOut),
  createdBy: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type TemplateOut = Static<typeof TemplateOut>;

export const RenderBody = Type.Object(
  {
    contactId: Type.String({ maxLength: 64 }),
    dealId: Type.Optional(
      Type.String({ maxLength: 64, description: 'a deal of the contact’s customer: deal fields' }),
    ),
    quoteId: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'a quote of the contact’s customer: quote fields',
      }),
    ),
    ticketId: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'a ticket of the contact’s customer: ticket fields',
      }),
    ),
    language: Type.Optional(
      Type.String({
        maxLength: 35,
        description: 'preview this variant instead of the one the recipient would get',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RenderBody = Static<typeof RenderBody>;

export const LanguageReason = Type.Object({
  basis: OneOf(['contact', 'country', 'default', 'preview'] as const),
  requested: Type.String(),
  match: OneOf(['exact', 'variant'] as const),
  skipped: Type.Array(
    Type.Object({ basis: OneOf(['contact', 'country'] as const), requested: Type.String() }),
  ),
});

const Params = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));

export const WarningOut = Type.Object({
  code: OneOf([
    'formal_salutation',
    'formal_precision',
    'first_names',
    'recipient_holiday',
    'recipient_weekend',
    'slow_season',
  ] as const),
  message: Type.String({ description: 'English; the web translates the code with its params' }),
  params: Params,
  source: Type.Object({
    kind: OneOf(['hofstede', 'calendar', 'slow-season'] as const),
    label: Type.String({ description: 'e.g. "Hofstede PDI 81 (dataset)" or "DE public holidays"' }),
    dimension: Type.Optional(Type.String()),
    value: Type.Optional(Type.Number()),
    threshold: Type.Optional(Type.Number()),
    origin: Type.Optional(OneOf(['dataset', 'workspace'] as const)),
    citation: Type.Optional(Type.String()),
    country: Type.Optional(Type.String()),
    date: Type.Optional(Type.String()),
    season: Type.Optional(Type.String()),
  }),
});

export const RenderOut = Type.Object({
  templateId: Type.String(),
  contactId: Type.String(),
  language: Type.String(),
  locale: Type.String({ description: 'dates, numbers and money are written for this locale' }),
  reason: LanguageReason,
  /** the recipient's automatic choice, also when previewing another variant */
  automatic: Type.Object({ language: Type.String(), reason: LanguageReason }),
  subject: Type.String(),
  body: Type.String(),
  warnings: Type.Array(WarningOut),
  available: Type.Array(Type.String()),
});
export type RenderOut = Static<typeof RenderOut>;
