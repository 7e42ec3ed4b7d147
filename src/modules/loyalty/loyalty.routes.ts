import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  AdjustBody,
  CustomerLoyaltyOut,
  LedgerQuery,
  ProgrammeBody,
  ProgrammeOut,
  RedeemBody,
  ReferralBody,
  StatementQuery,
} from './loyalty.schemas.ts';
import type { LoyaltyStatementService } from './loyalty-statement.service.ts';
import type { LoyaltyService } from './loyalty.service.ts';

const forbidden = { 403: Type.Ref('Problem') };

/** The loyalty programme and a customer's points (docs/loyalty.md). */
export function loyaltyRoutes(
  app: App,
  loyalty: LoyaltyService,
  statements: LoyaltyStatementService,
): void {
  const tags = ['loyalty'];

  app.get(
    '/loyalty/programme',
    {
      schema: {
        tags,
        summary: 'The workspace’s loyalty programme (everyone may read it)',
        response: { 200: ProgrammeOut, ...errorResponses },
      },
    },
    async (req) => loyalty.programme(requireScope(req)),
  );

  app.put(
    '/loyalty/programme',
    {
      schema: {
        tags,
        summary:
          'Set the programme (admin): on/off, points per reporting unit, expiry months, tier basis, tiers with names and benefits',
        body: ProgrammeBody,
        response: { 200: ProgrammeOut, ...errorResponses, ...forbidden },
      },
    },
    async (req) => loyalty.saveProgramme(requireScope(req), req.body),
  );

  app.get(
    '/customers/:id/loyalty',
    {
      schema: {
        tags,
        summary:
          'A customer’s points: balance, tier and the next tier’s threshold, lots with what remains and when they expire, a page of the ledger (newest first)',
        params: IdParams,
        querystring: LedgerQuery,
        response: { 200: CustomerLoyaltyOut, ...errorResponses },
      },
    },
    async (req) => loyalty.ofCustomer(requireScope(req), req.params.id, req.query),
  );

  app.post(
    '/customers/:id/loyalty/redeem',
    {
      schema: {
        tags,
        summary:
          'Spend points (oldest first); more than the balance is 400 loyalty_over_balance at /points (audited)',
        params: IdParams,
        body: RedeemBody,
        response: { 200: CustomerLoyaltyOut, ...errorResponses },
      },
    },
    async (req) => loyalty.redeem(requireScope(req), req.params.id, req.body),
  );

  app.post(
    '/customers/:id/loyalty/adjust',
    {
      schema: {
        tags,
        summary: 'Correct the points by a signed amount with a reason (admin or manager; audited)',
        params: IdParams,
        body: AdjustBody,
        response: { 200: CustomerLoyaltyOut, ...errorResponses, ...forbidden },
      },
    },
    async (req) => loyalty.adjust(requireScope(req), req.params.id, req.body),
  );

  app.post(
    '/customers/:id/loyalty/referrals',
    {
      schema: {
        tags,
        summary:
          'The referral bonus for a customer this one brought (both in your scope): once per referred customer, 409 loyalty_bonus_granted after; 409 loyalty_bonus_off when the bonus is 0 (audited)',
        params: IdParams,
        body: ReferralBody,
        response: { 200: CustomerLoyaltyOut, ...errorResponses },
      },
    },
    async (req) => loyalty.referral(requireScope(req), req.params.id, req.body),
  );

  app.get(
    '/customers/:id/loyalty/statement',
    {
      schema: {
        tags,
        summary:
          'The customer’s points statement for a contact, in the contact’s language: balance, the period’s movements, points expiring in 90 days by lot, tier and the way to the next (HTML, or PDF)',
        params: IdParams,
        querystring: StatementQuery,
        response: {
          200: {
            description: 'text/html, or application/pdf with format=pdf',
            content: {
              'text/html': { schema: Type.String() },
              'application/pdf': { schema: Type.String({ format: 'binary' }) },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      const name = `loyalty-statement-${req.params.id.replace(/[^\w-]/g, '_')}`;
      if (req.query.format === 'pdf') {
        const pdf = await statements.pdf(scope, req.params.id, req.query);
        // A PDF, not a page: the app's CSP (object-src 'none') would keep browsers' PDF viewers out.
        reply.removeHeader('content-security-policy');
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}.pdf"`)
          .send(pdf);
      }
      const html = await statements.html(scope, req.params.id, req.query);
      // Self-contained: its own inline styles and local fonts, nothing else may load or run.
      return reply
        .type('text/html; charset=utf-8')
        .header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; frame-ancestors 'self'",
        )
        .send(html);
    },
  );
}
