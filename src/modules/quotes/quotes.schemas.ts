import { Type, type Static } from '@sinclair/typebox';
import { INCOTERMS, PAYMENT_EVENTS, QUOTE_KINDS, QUOTE_STATUSES } from '../../domain/enums.ts';
import { MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Text = (maxLength: number) => Type.String({ maxLength });

export const Incoterm = Type.Object(
  {
    rule: OneOf(INCOTERMS, { description: 'Incoterms® 2020 rule' }),
    place: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 120,
          description: 'the named place; a port for FAS, FOB, CFR and CIF (e.g. Shanghai)',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const PaymentInstalment = Type.Object(
  {
    percent: Type.Number({ description: 'share of the total, up to 2 decimals' }),
    event: OneOf(PAYMENT_EVENTS, { description: 'what the instalment is due on' }),
    days: Type.Optional(
      Nullable(
        Type.Integer({
          description: 'lc_usance and da: days after the B/L date; open_account: after the invoice',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const LineIn = Type.Object(
  {
    productId: Type.Optional(Nullable(Text(64))),
    sku: Type.Optional(Nullable(Text(60))),
    description: Type.Optional(Nullable(Text(2000))),
    quantity: Type.Number({ description: 'more than 0, up to 3 decimals' }),
    unit: Type.Optional(Nullable(Text(20))),
    unitPriceMinor: Type.Integer({
      minimum: 0,
      maximum: MAX_AMOUNT_MINOR,
      description: 'price of one unit in minor units of the quote currency',
    }),
    discountPercent: Type.Optional(Nullable(Type.Number({ description: '0–100, 2 decimals' }))),
    hsCode: Type.Optional(Nullable(Type.String({ maxLength: 20, description: '6–10 digits' }))),
  },
  { additionalProperties: false },
);
export type LineIn = Static<typeof LineIn>;

const editable = {
  dealId: Type.Optional(Nullable(Text(64))),
  contactId: Type.Optional(Nullable(Text(64))),
  language: Type.Optional(
    Type.String({
      minLength: 2,
      maxLength: 35,
      description:
        'BCP 47 tag for labels and formats (default: the primary contact’s language, else the country’s, else en)',
    }),
  ),
  currency: Type.String({ minLength: 3, maxLength: 3 }),
  quoteDate: Type.Optional(Type.String({ format: 'date', description: 'default today' })),
  validUntil: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  incoterm: Type.Optional(Nullable(Incoterm)),
  paymentTerms: Type.Optional(Type.Array(PaymentInstalment, { maxItems: 10 })),
  leadTime: Type.Optional(Nullable(Text(200))),
  packing: Type.Optional(Nullable(Text(500))),
  bankDetails: Type.Optional(
    Nullable(Type.String({ maxLength: 2000, description: 'null: the workspace’s bank details' })),
  ),
  notes: Type.Optional(Nullable(Text(4000))),
  lines: Type.Array(LineIn, { minItems: 1, maxItems: 500 }),
};

export const QuoteCreate = Type.Object(
  {
    customerId: Text(64),
    kind: Type.Optional(OneOf(QUOTE_KINDS, { description: 'quote (default) or proforma' })),
    ...editable,
  },
  { additionalProperties: false },
);
export type QuoteCreate = Static<typeof QuoteCreate>;

export const QuotePatch = Type.Partial(Type.Object(editable), {
  additionalProperties: false,
  minProperties: 1,
});
export type QuotePatch = Static<typeof QuotePatch>;

export const LineOut = Type.Object({
  position: Type.Integer(),
  productId: Nullable(Type.String()),
  sku: Nullable(Type.String()),
  description: Type.String(),
  /** the product's name in the quote language, when known */
  name: Nullable(Type.String()),
  unit: Nullable(Type.String()),
  hsCode: Nullable(Type.String()),
  quantity: Type.Number(),
  unitPriceMinor: Type.Integer(),
  discountPercent: Type.Number(),
  totalMinor: Type.Integer(),
});

const Summary = {
  id: Type.String(),
  number: Type.String(),
  revision: Type.String(),
  kind: OneOf(QUOTE_KINDS),
  status: OneOf(QUOTE_STATUSES),
  customerId: Type.String(),
  customerName: Type.String(),
  dealId: Nullable(Type.String()),
  language: Type.String(),
  currency: Type.String(),
  quoteDate: Type.String(),
  validUntil: Nullable(Type.String()),
  totalMinor: Type.Integer(),
  expiresAt: Nullable(
    Type.String({ description: 'end of the validity date in the customer’s zone' }),
  ),
  sentAt: Nullable(Type.String()),
  orderId: Nullable(Type.String()),
  updatedAt: Type.String(),
};

export const QuoteSummary = Type.Object(Summary);

export const QuoteOut = Type.Object({
  ...Summary,
  contactId: Nullable(Type.String()),
  incoterm: Nullable(Type.Object({ rule: OneOf(INCOTERMS), place: Nullable(Type.String()) })),
  paymentTerms: Type.Array(
    Type.Object({
      percent: Type.Number(),
      event: OneOf(PAYMENT_EVENTS),
      days: Nullable(Type.Integer()),
      amountMinor: Type.Integer(),
    }),
  ),
  leadTime: Nullable(Type.String()),
  packing: Nullable(Type.String()),
  bankDetails: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  lines: Type.Array(LineOut),
  subtotalMinor: Type.Integer(),
  discountMinor: Type.Integer(),
  closedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  /** every revision of this number, oldest first */
  revisions: Type.Array(
    Type.Object({ id: Type.String(), revision: Type.String(), status: OneOf(QUOTE_STATUSES) }),
  ),
  /** a PDF as sent is stored with this revision */
  hasSentPdf: Type.Boolean(),
});
export type QuoteOut = Static<typeof QuoteOut>;

export const QuoteSettingsBody = Type.Object(
  {
    quotePattern: Type.String({
      minLength: 1,
      maxLength: 60,
      description: 'tokens {yyyy} {yy} {mm} {seq}; default Q-{yyyy}-{seq}',
    }),
    proformaPattern: Type.String({
      minLength: 1,
      maxLength: 60,
      description: 'default PI-{yyyy}-{seq}',
    }),
    letterhead: Type.String({
      maxLength: 1000,
      description: 'address lines under the company name',
    }),
    bankDetails: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type QuoteSettingsBody = Static<typeof QuoteSettingsBody>;
