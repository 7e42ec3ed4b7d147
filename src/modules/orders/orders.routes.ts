import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import { ORDER_STATUSES } from '../../domain/enums.ts';
import { MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { OneOf } from '../../http/schema-helpers.ts';
import type { OrdersService } from './orders.service.ts';

export const Status = OneOf(ORDER_STATUSES);
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
        summary: 'Change an order’s status, paid date or amount (audited)',
        params: IdParams,
        body: Type.Object(
          {
            status: Type.Optional(Status),
            paidDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
            amountMinor: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_AMOUNT_MINOR })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: OrderOut, ...errorResponses },
      },
    },
    async (req) => orders.update(requireScope(req), req.params.id, req.body),
  );
}
