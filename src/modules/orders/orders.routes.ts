import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import { ORDER_STATUSES, PAYMENT_EVENTS } from '../../domain/enums.ts';
import { MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { OneOf } from '../../http/schema-helpers.ts';
import type { OrdersService } from './orders.service.ts';

/** Set when the order took its customer over the credit limit: an approval was requested. */
export const CreditWarning = Type.Object({
  approvalId: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('approved')]),
  currency: Type.String(),
  limitMinor: Type.Integer(),
  exposureMinor: Type.Integer(),
  amountMinor: Type.Integer(),
});

export const Status = OneOf(ORDER_STATUSES);
// The same instalments as a quote's payment terms (the quotes module sits above this one).
const Instalment = Type.Object(
  {
    percent: Type.Number({ description: 'share of the total, up to 2 decimals' }),
    event: OneOf(PAYMENT_EVENTS, { description: 'what the instalment is due on' }),
    days: Type.Optional(Nullable(Type.Integer())),
  },
  { additionalProperties: false },
);
/** Payment terms and the dates they run from (docs/risk.md, "Payments and credit"). */
const TermFields = {
  paymentTerms: Type.Optional(Type.Array(Instalment, { maxItems: 10 })),
  invoiceDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  blDate: Type.Optional(
    Nullable(Type.String({ format: 'date', description: 'bill of lading (shipment) date' })),
  ),
  arrivalDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
};
export const OrderOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  number: Type.String(),
  orderDate: Type.String(),
  amountMinor: Type.Integer(),
  currency: Type.String(),
  status: Status,
  paidDate: Nullable(Type.String()),
  createdAt: Type.String(),
  paymentTerms: Type.Array(
    Type.Object({
      percent: Type.Number(),
      event: OneOf(PAYMENT_EVENTS),
      days: Type.Optional(Nullable(Type.Integer())),
    }),
  ),
  invoiceDate: Nullable(Type.String()),
  blDate: Nullable(Type.String()),
  arrivalDate: Nullable(Type.String()),
  /** paid so far, in the order's currency */
  paidMinor: Type.Integer(),
});
const Money = Type.Object({ currency: Type.String(), amountMinor: Type.Integer() });
const Totals = Type.Object({
  byCurrency: Type.Array(
    Type.Object({ currency: Type.String(), amountMinor: Type.Integer(), orders: Type.Integer() }),
  ),
  converted: Money,
  unconverted: Type.Array(Type.Object({ currency: Type.String(), orders: Type.Integer() })),
});

export function ordersRoutes(app: App, orders: OrdersService): void {
  const tags = ['orders and value'];

  app.post(
    '/orders',
    {
      schema: {
        tags,
        summary: 'Record an order (amount in minor units of its own currency)',
        body: Type.Object(
          {
            customerId: Type.String({ maxLength: 64 }),
            number: Type.String({ minLength: 1, maxLength: 60 }),
            orderDate: Type.String({ format: 'date' }),
            amountMinor: Type.Integer({
              minimum: 0,
              maximum: MAX_AMOUNT_MINOR,
              description: 'e.g. 1250000 for EUR 12,500.00',
            }),
            currency: Type.String({ minLength: 3, maxLength: 3 }),
            status: Type.Optional(Status),
            paidDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
            ...TermFields,
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Intersect([OrderOut, Type.Object({ credit: Nullable(CreditWarning) })]),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => reply.code(201).send(await orders.create(requireScope(req), req.body)),
  );

  app.get(
    '/customers/:id/orders',
    {
      schema: {
        tags,
        summary:
          'A customer’s orders with totals per currency and converted at each order date’s rate',
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(OrderOut), totals: Totals }),
          ...errorResponses,
        },
      },
    },
    async (req) => orders.ofCustomer(requireScope(req), req.params.id),
  );

  app.get(
    '/orders',
    {
      schema: {
        tags,
        summary: 'The order book, newest first, over customers you can see',
        querystring: Type.Object(
          {
            customerId: Type.Optional(Type.String({ maxLength: 64 })),
            status: Type.Optional(Status),
            currency: Type.Optional(Type.String({ minLength: 3, maxLength: 3 })),
            from: Type.Optional(Type.String({ format: 'date' })),
            to: Type.Optional(Type.String({ format: 'date' })),
            cursor: Type.Optional(Type.String({ maxLength: 100 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Intersect([OrderOut, Type.Object({ customerName: Type.String() })]),
            ),
            nextCursor: Nullable(Type.String()),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) =>
      orders.list(requireScope(req), {
        ...req.query,
        currency: req.query.currency?.toUpperCase(),
      }),
  );

  app.patch(
    '/orders/:id',
    {
      schema: {
        tags,
        summary:
          'Change an order’s status, paid date, amount, payment terms or their dates (audited)',
        params: IdParams,
        body: Type.Object(
          {
            status: Type.Optional(Status),
            paidDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
            amountMinor: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_AMOUNT_MINOR })),
            ...TermFields,
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: OrderOut, ...errorResponses },
      },
    },
    async (req) => orders.update(requireScope(req), req.params.id, req.body),
  );
}
