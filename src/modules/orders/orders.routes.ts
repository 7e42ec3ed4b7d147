import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../customers/customers.schemas.ts';
import type { OrdersService } from './orders.service.ts';

const Status = Type.Union([
  Type.Literal('open'),
  Type.Literal('shipped'),
  Type.Literal('paid'),
  Type.Literal('cancelled'),
]);
const OrderOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  number: Type.String(),
  orderDate: Type.String(),
  amountMinor: Type.Integer(),
  currency: Type.String(),
  status: Status,
  paidDate: Nullable(Type.String()),
  createdAt: Type.String(),
});
const Money = Type.Object({ currency: Type.String(), amountMinor: Type.Integer() });
const Totals = Type.Object({
  byCurrency: Type.Array(
    Type.Object({ currency: Type.String(), amountMinor: Type.Integer(), orders: Type.Integer() }),
  ),
  converted: Money,
  unconverted: Type.Array(Type.Object({ currency: Type.String(), orders: Type.Integer() })),
});
const Rates = Type.Object({
  reportingCurrency: Type.String(),
  items: Type.Array(
    Type.Object({ currency: Type.String(), validFrom: Type.String(), rate: Type.String() }),
  ),
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
              description: 'e.g. 1250000 for EUR 12,500.00',
            }),
            currency: Type.String({ minLength: 3, maxLength: 3 }),
            status: Type.Optional(Status),
            paidDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
          },
          { additionalProperties: false },
        ),
        response: { 201: OrderOut, ...errorResponses },
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
    '/exchange-rates',
    {
      schema: {
        tags,
        summary: 'The reporting currency and the rates by date',
        response: { 200: Rates, ...errorResponses },
      },
    },
    async (req) => orders.listRates(requireScope(req)),
  );

  app.put(
    '/exchange-rates',
    {
      schema: {
        tags,
        summary:
          'Replace the rates (admin): units of the reporting currency per 1 unit, from a date on',
        body: Type.Object(
          {
            reportingCurrency: Type.Optional(Type.String({ minLength: 3, maxLength: 3 })),
            items: Type.Array(
              Type.Object(
                {
                  currency: Type.String({ minLength: 3, maxLength: 3 }),
                  validFrom: Type.String(),
                  rate: Type.String({ maxLength: 30 }),
                },
                { additionalProperties: false },
              ),
              { maxItems: 10000 },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Rates, ...errorResponses },
      },
    },
    async (req) => orders.setRates(requireScope(req), req.body),
  );

  app.post(
    '/value/classify',
    {
      schema: {
        tags,
        summary: 'Recompute RFM scores and ABC tiers from recent orders (admin, manager)',
        body: Type.Object(
          {
            months: Type.Optional(Type.Integer({ minimum: 1, maximum: 120, default: 12 })),
            a: Type.Optional(
              Type.Number({ description: 'share of revenue made by A customers, default 0.8' }),
            ),
            b: Type.Optional(
              Type.Number({
                description: 'cumulative share up to which customers are B, default 0.95',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            customers: Type.Integer(),
            tierChanges: Type.Integer(),
            lockedKept: Type.Integer(),
            unconvertedOrders: Type.Integer(),
            from: Type.String(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => orders.classify(requireScope(req), req.body),
  );

  app.put(
    '/customers/:id/tier',
    {
      schema: {
        tags,
        summary: 'Set a customer’s tier by hand; a locked tier is kept by classification',
        params: IdParams,
        body: Type.Object(
          {
            tier: Nullable(Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C')])),
            locked: Type.Boolean(),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ tier: Nullable(Type.String()), locked: Type.Boolean() }),
          ...errorResponses,
        },
      },
    },
    async (req) => orders.setTier(requireScope(req), req.params.id, req.body),
  );
}
