import { Type, type Static } from '@sinclair/typebox';
import { PRODUCT_UNITS } from '../../domain/enums.ts';
import { PRICE_SCOPES } from '../../domain/sales/price.ts';
import { MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { PageQuery } from '../../http/pagination.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const CustomFieldValue = Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Null()]);
const Localised = (max: number, description: string) =>
  Type.Record(Type.String({ maxLength: 35 }), Type.String({ maxLength: max }), {
    description,
    maxProperties: 30,
  });
const IsoDate = Type.String({ maxLength: 10, description: 'YYYY-MM-DD' });

export const ProductBody = Type.Object(
  {
    sku: Type.String({ minLength: 1, maxLength: 64, description: 'unique in the workspace' }),
    names: Localised(300, 'name per BCP 47 language tag, e.g. { "zh": "离心泵", "en": "Pump" }'),
    descriptions: Type.Optional(Localised(5000, 'description per BCP 47 language tag')),
    unit: OneOf(PRODUCT_UNITS),
    hsCode: Type.Optional(
      Nullable(Type.String({ maxLength: 20, description: 'HS code: 6 to 10 digits, e.g. 841370' })),
    ),
    // Ranges are checked by the service (PRODUCT_LIMITS): a nullable number failing a bound
    // would otherwise be reported as "must be null".
    moq: Type.Optional(Nullable(Type.Integer({ description: 'minimum order quantity, ≥ 1' }))),
    leadTimeDays: Type.Optional(Nullable(Type.Integer({ description: '0 to 3650' }))),
    weightKg: Type.Optional(Nullable(Type.Number({ description: 'per unit, ≥ 0' }))),
    volumeM3: Type.Optional(Nullable(Type.Number({ description: 'per unit, ≥ 0' }))),
    active: Type.Optional(Type.Boolean()),
    customFields: Type.Optional(Type.Record(Type.String(), CustomFieldValue)),
  },
  { additionalProperties: false },
);
export type ProductBody = Static<typeof ProductBody>;

export const ProductPatch = Type.Partial(ProductBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type ProductPatch = Static<typeof ProductPatch>;

export const ProductOut = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  names: Type.Record(Type.String(), Type.String()),
  descriptions: Type.Record(Type.String(), Type.String()),
  unit: OneOf(PRODUCT_UNITS),
  hsCode: Nullable(Type.String()),
  moq: Nullable(Type.Integer()),
  leadTimeDays: Nullable(Type.Integer()),
  weightKg: Nullable(Type.Number()),
  volumeM3: Nullable(Type.Number()),
  active: Type.Boolean(),
  customFields: Type.Record(Type.String(), CustomFieldValue),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type ProductOut = Static<typeof ProductOut>;

export const ProductListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100, description: 'part of the SKU or any name' })),
    active: Type.Optional(Type.Boolean({ description: 'only active (true) or retired (false)' })),
  },
  { additionalProperties: false },
);
export type ProductListQuery = Static<typeof ProductListQuery>;

export const PriceQuery = Type.Object(
  {
    customerId: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'the customer to price for; without one only default lists apply',
      }),
    ),
    quantity: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000_000, default: 1 }),
    ),
    date: Type.Optional(
      Type.String({
        maxLength: 10,
        description: 'YYYY-MM-DD; default today in the home office',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PriceQuery = Static<typeof PriceQuery>;

export const PriceListRef = Type.Object({
  id: Type.String(),
  name: Type.String(),
  scope: OneOf(PRICE_SCOPES),
  country: Nullable(Type.String()),
  segmentId: Nullable(Type.String()),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
});

export const PriceOut = Type.Object({
  productId: Type.String(),
  customerId: Nullable(Type.String()),
  quantity: Type.Number(),
  date: Type.String(),
  /** null when no list valid on the date prices the product at this quantity */
  price: Nullable(
    Type.Object({
      unitPriceMinor: Type.Integer(),
      currency: Type.String(),
      minorDigits: Type.Integer({ description: 'digits of the currency’s minor unit' }),
      minQuantity: Type.Integer({ description: 'the quantity break the price applies from' }),
      priceList: PriceListRef,
    }),
  ),
});
export type PriceOut = Static<typeof PriceOut>;

// Price lists

export const BreakBody = Type.Object(
  {
    minQuantity: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }),
    unitPriceMinor: Type.Integer({
      minimum: 0,
      maximum: MAX_AMOUNT_MINOR,
      description: 'per unit, in the list currency’s minor unit (e.g. 1250 for USD 12.50)',
    }),
  },
  { additionalProperties: false },
);

export const ItemBody = Type.Object(
  {
    productId: Type.String({ maxLength: 64 }),
    breaks: Type.Array(BreakBody, {
      maxItems: 50,
      description: 'the product’s quantity breaks; they replace those it had; empty removes it',
    }),
  },
  { additionalProperties: false },
);
export type ItemBody = Static<typeof ItemBody>;

export const PriceListBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    currency: Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217' }),
    validFrom: IsoDate,
    validTo: Type.Optional(Nullable(IsoDate)),
    country: Type.Optional(
      Nullable(Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' })),
    ),
    segmentId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    items: Type.Optional(Type.Array(ItemBody, { maxItems: 1000 })),
  },
  { additionalProperties: false },
);
export type PriceListBody = Static<typeof PriceListBody>;

export const PriceListPatch = Type.Partial(Type.Omit(PriceListBody, ['items']), {
  additionalProperties: false,
  minProperties: 1,
});
export type PriceListPatch = Static<typeof PriceListPatch>;

export const PriceListOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  currency: Type.String(),
  minorDigits: Type.Integer({ description: 'digits of the currency’s minor unit: USD 2, JPY 0' }),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  country: Nullable(Type.String()),
  segmentId: Nullable(Type.String()),
  segmentName: Nullable(Type.String({ description: 'null also when the segment was deleted' })),
  scope: OneOf(PRICE_SCOPES),
  products: Type.Integer({ description: 'how many products the list prices' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type PriceListOut = Static<typeof PriceListOut>;

export const PriceListItemOut = Type.Object({
  productId: Type.String(),
  sku: Type.String(),
  names: Type.Record(Type.String(), Type.String()),
  unit: Type.String(),
  active: Type.Boolean(),
  breaks: Type.Array(Type.Object({ minQuantity: Type.Integer(), unitPriceMinor: Type.Integer() })),
});
export type PriceListItemOut = Static<typeof PriceListItemOut>;

export const ItemsBody = Type.Object(
  { items: Type.Array(ItemBody, { minItems: 1, maxItems: 1000 }) },
  { additionalProperties: false },
);
export type ItemsBody = Static<typeof ItemsBody>;

export const ItemListQuery = Type.Object(
  {
    cursor: Type.Optional(
      Type.String({ maxLength: 64, description: 'nextCursor of the last page' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    q: Type.Optional(Type.String({ maxLength: 100, description: 'part of the SKU or any name' })),
  },
  { additionalProperties: false },
);
export type ItemListQuery = Static<typeof ItemListQuery>;

export const ItemParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  productId: Type.String({ maxLength: 64 }),
});

/** The bounds of a product's numbers, checked with their own field errors. */
export const PRODUCT_LIMITS = {
  moq: { min: 1, max: 1_000_000_000 },
  leadTimeDays: { min: 0, max: 3650 },
  weightKg: { min: 0, max: 1_000_000 },
  volumeM3: { min: 0, max: 100_000 },
} as const;
