import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { Nullable } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { CertificateRenewal } from '../sustainability/certificate-renewals.ts';
import {
  ColdCustomer,
  HolidayTodayCustomer,
  InboxFollowUp,
  InboxPage,
  InboxPageQuery,
  InboxQuery,
  InboxTotals,
} from './follow-ups.schemas.ts';
import type { InboxService } from './inbox.service.ts';

/** Today's work: `GET /inbox` (everything at a glance) and its follow-ups page by page. */
export function inboxRoutes(app: App, { inbox }: { inbox: InboxService }): void {
  const tags = ['follow-ups'];

  app.get(
    '/inbox',
    {
      schema: {
        tags,
        summary:
          'Today’s inbox: the first page of due and overdue follow-ups with their totals, customers gone cold, customers with a holiday today, certificates to renew',
        querystring: InboxQuery,
        response: {
          200: Type.Object({
            followUps: Type.Array(InboxFollowUp, {
              description:
                'the first page: today’s by their next window, then overdue, oldest first',
            }),
            followUpTotals: InboxTotals,
            followUpsNext: Nullable(
              Type.String({ description: 'cursor of GET /inbox/follow-ups' }),
            ),
            cold: Type.Array(ColdCustomer, { description: 'the customers silent longest' }),
            holidayToday: Type.Array(HolidayTodayCustomer, { description: 'the first, by name' }),
            holidayTodayTotal: Type.Integer({ description: 'every customer on holiday today' }),
            certificates: Type.Array(CertificateRenewal, {
              description:
                'certificates from their renewal reminder date on (or expired), of the owners in view; admins also see those whose owner left',
            }),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const scope = requireScope(req);
      const which = req.query.scope ?? 'mine';
      const [page, attention, certificates] = await Promise.all([
        inbox.page(scope, { ...req.query, scope: which }),
        inbox.attention(scope, which),
        inbox.certificates(scope, which),
      ]);
      return {
        followUps: page.items,
        followUpTotals: page.totals,
        followUpsNext: page.nextCursor,
        ...attention,
        certificates,
      };
    },
  );

  app.get(
    '/inbox/follow-ups',
    {
      schema: {
        tags,
        summary: 'The inbox’s due and overdue follow-ups, a page at a time, with their totals',
        querystring: InboxPageQuery,
        response: { 200: InboxPage, ...errorResponses },
      },
    },
    async (req) => inbox.page(requireScope(req), req.query),
  );
}
