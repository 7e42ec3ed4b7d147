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
} from './loyalty.schemas.ts';
import type { LoyaltyService } from './loyalty.service.ts';

const forbidden = { 403: Type.Ref('Problem') };

/** The loyalty programme and a customer's points (docs/loyalty.md). */
export function loyaltyRoutes(app: App, loyalty: LoyaltyService): void {
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
}
