import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { ChurnService } from './churn.service.ts';
import type { ConcentrationService } from './concentration.service.ts';
import type { CountryRiskService } from './country-risk.service.ts';
import type { CreditService } from './credit.service.ts';
import type { CustomerRiskService } from './customer-risk.service.ts';
import type { ReceivablesService } from './receivables.service.ts';
import {
  ApprovalOut,
  ChurnListOut,
  ConcentrationOut,
  CountryRiskOut,
  CreditLimitOut,
  CustomerRiskOut,
  ReceivablesOut,
} from './risk.schemas.ts';

export interface RiskServices {
  receivables: ReceivablesService;
  credit: CreditService;
  customerRisk: CustomerRiskService;
  countryRisk: CountryRiskService;
  concentration: ConcentrationService;
  churn: ChurnService;
}

const CodeParams = Type.Object({ code: Type.String({ maxLength: 8 }) });

export function riskRoutes(app: App, s: RiskServices): void {
  const tags = ['payments and credit'];

  app.get(
    '/receivables',
    {
      schema: {
        tags,
        summary:
          'Open receivables aged per customer, country or owner in the reporting currency, DSO and days late',
        querystring: Type.Object(
          {
            groupBy: Type.Optional(OneOf(['customer', 'country', 'owner'] as const)),
            asOf: Type.Optional(Type.String({ format: 'date' })),
            periodDays: Type.Optional(Type.Integer({ minimum: 7, maximum: 730, default: 90 })),
            customerId: Type.Optional(Type.String({ maxLength: 64 })),
            country: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
            ownerId: Type.Optional(Type.String({ maxLength: 64 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ReceivablesOut, ...errorResponses },
      },
    },
    async (req) => s.receivables.report(requireScope(req), req.query),
  );

  app.get(
    '/risk/concentration',
    {
      schema: {
        tags,
        summary:
          'Revenue concentration: top 1/5/10 shares and HHI per customer, country and region; what if one were lost',
        querystring: Type.Object(
          {
            months: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 12 })),
            threshold: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 2500 })),
            lose: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ConcentrationOut, ...errorResponses },
      },
    },
    async (req) => s.concentration.report(requireScope(req), req.query),
  );

  app.get(
    '/risk/churn',
    {
      schema: {
        tags,
        summary:
          'Customers in scope who have bought, ranked by their stored rule-based churn score with its reasons, a page at a time',
        querystring: Type.Object(
          {
            country: Type.Optional(
              Type.String({ minLength: 2, maxLength: 2, pattern: '^[A-Za-z]{2}$' }),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: ChurnListOut, ...errorResponses },
      },
    },
    async (req) => s.churn.list(requireScope(req), req.query),
  );

  app.get(
    '/customers/:id/risk',
    {
      schema: {
        tags,
        summary:
          'A customer’s credit limit, exposure, receivables, days late, country rating and churn score with reasons',
        params: IdParams,
        response: { 200: CustomerRiskOut, ...errorResponses },
      },
    },
    async (req) => s.customerRisk.of(requireScope(req), req.params.id),
  );

  app.put(
    '/customers/:id/credit-limit',
    {
      schema: {
        tags,
        summary:
          'Set (or with null remove) a customer’s credit limit in the reporting currency (managers and admins; audited)',
        params: IdParams,
        body: Type.Object(
          {
            limitMinor: Nullable(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
            insurer: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
            policyNumber: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
          },
          { additionalProperties: false },
        ),
        response: { 200: Nullable(CreditLimitOut), ...errorResponses },
      },
    },
    async (req) => s.credit.setLimit(requireScope(req), req.params.id, req.body),
  );

  app.get(
    '/credit-approvals',
    {
      schema: {
        tags,
        summary: 'Orders and quotes over a credit limit, for a manager’s decision',
        querystring: Type.Object(
          {
            status: Type.Optional(OneOf(['pending', 'approved', 'rejected'] as const)),
            customerId: Type.Optional(Type.String({ maxLength: 64 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ApprovalOut) }), ...errorResponses },
      },
    },
    async (req) => s.credit.approvals(requireScope(req), req.query),
  );

  for (const [verb, status] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const)
    app.post(
      `/credit-approvals/:id/${verb}`,
      {
        schema: {
          tags,
          summary: `${verb === 'approve' ? 'Approve' : 'Refuse'} the credit of an order or quote (managers and admins; audited)`,
          params: IdParams,
          body: Type.Object(
            { note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))) },
            { additionalProperties: false },
          ),
          response: { 200: ApprovalOut, ...errorResponses },
        },
      },
      async (req) => s.credit.decide(requireScope(req), req.params.id, status, req.body.note),
    );

  app.get(
    '/country-risk',
    {
      schema: {
        tags,
        summary:
          'The workspace’s own country-risk ratings (0–7); no classification ships with the product',
        response: {
          200: Type.Object({
            shippedSource: Type.Null({ description: 'why: docs/risk.md, “Country risk”' }),
            items: Type.Array(CountryRiskOut),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => s.countryRisk.list(requireScope(req)),
  );

  app.put(
    '/country-risk/:code',
    {
      schema: {
        tags,
        summary: 'Rate a country 0–7 (managers and admins; audited)',
        params: CodeParams,
        body: Type.Object(
          {
            rating: Type.Integer(),
            source: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
            ratedOn: Type.Optional(Nullable(Type.String({ format: 'date' }))),
            notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
          },
          { additionalProperties: false },
        ),
        response: { 200: CountryRiskOut, ...errorResponses },
      },
    },
    async (req) => s.countryRisk.put(requireScope(req), req.params.code, req.body),
  );

  app.delete(
    '/country-risk/:code',
    {
      schema: {
        tags,
        summary: 'Remove the workspace’s rating of a country (managers and admins; audited)',
        params: CodeParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await s.countryRisk.remove(requireScope(req), req.params.code);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/country-risk/import',
    {
      schema: {
        tags,
        summary:
          'Import ratings from CSV text: country,rating[,source,rated_on,notes]; all lines or none',
        body: Type.Object(
          { csv: Type.String({ minLength: 1, maxLength: 1_000_000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ imported: Type.Integer() }), ...errorResponses },
      },
    },
    async (req) => s.countryRisk.importCsv(requireScope(req), req.body.csv),
  );
}
