import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import type { ExchangeRatesService } from './exchange-rates.service.ts';
import type { ValueService } from './value.service.ts';

export const Rates = Type.Object({
  reportingCurrency: Type.String(),
  items: Type.Array(
    Type.Object({ currency: Type.String(), validFrom: Type.String(), rate: Type.String() }),
  ),
});
const Settings = Type.Object({
  months: Type.Integer(),
  a: Type.Number(),
  b: Type.Number(),
  classifiedAt: Nullable(Type.String()),
});

export function valueRoutes(app: App, rates: ExchangeRatesService, value: ValueService): void {
  const tags = ['orders and value'];

  app.get(
    '/exchange-rates',
    {
      schema: {
        tags,
        summary: 'The reporting currency and the rates by date',
        response: { 200: Rates, ...errorResponses },
      },
    },
    async (req) => rates.list(requireScope(req)),
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
    async (req) => rates.replace(requireScope(req), req.body),
  );

  app.post(
    '/value/classify',
    {
      schema: {
        tags,
        summary:
          'Recompute revenue, RFM scores and ABC tiers from the period’s orders (admin, manager); the settings given are saved',
        body: Type.Object(
          {
            months: Type.Optional(
              Type.Integer({
                minimum: 1,
                maximum: 120,
                description: 'period; default the saved one (12)',
              }),
            ),
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
    async (req) => value.classify(requireScope(req), req.body),
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
    async (req) => value.setTier(requireScope(req), req.params.id, req.body),
  );

  app.get(
    '/value/summary',
    {
      schema: {
        tags,
        summary: 'Customers and revenue per tier in your scope, and the classification settings',
        response: {
          200: Type.Object({
            reportingCurrency: Type.String(),
            settings: Settings,
            tiers: Type.Array(
              Type.Object({
                tier: Nullable(Type.String()),
                customers: Type.Integer(),
                revenueMinor: Type.Integer(),
                locked: Type.Integer(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => value.summary(requireScope(req)),
  );
}
