import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { PaymentsService } from './payments.service.ts';
import { OrderSchedule, PaymentBody, PaymentOut } from './risk.schemas.ts';

export function paymentsRoutes(app: App, payments: PaymentsService): void {
  const tags = ['payments and credit'];

  app.post(
    '/payments',
    {
      schema: {
        tags,
        summary:
          'Record a payment against an order (partial allowed; another currency at the day’s rates; audited)',
        body: PaymentBody,
        response: { 201: PaymentOut, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await payments.create(requireScope(req), req.body)),
  );

  app.get(
    '/payments',
    {
      schema: {
        tags,
        summary: 'Payments over customers you can see, newest first',
        querystring: Type.Object(
          {
            orderId: Type.Optional(Type.String({ maxLength: 64 })),
            customerId: Type.Optional(Type.String({ maxLength: 64 })),
            cursor: Type.Optional(Type.String({ maxLength: 100 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Intersect([PaymentOut, Type.Object({ customerName: Type.String() })]),
            ),
            nextCursor: Nullable(Type.String()),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => payments.list(requireScope(req), req.query),
  );

  app.delete(
    '/payments/:id',
    {
      schema: {
        tags,
        summary: 'Remove a payment recorded in error (the order’s paid amount follows; audited)',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await payments.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/orders/:id/payments',
    {
      schema: {
        tags,
        summary: 'An order’s instalments with due dates, what is open, and its payments',
        params: IdParams,
        response: { 200: OrderSchedule, ...errorResponses },
      },
    },
    async (req) => payments.ofOrder(requireScope(req), req.params.id),
  );
}
