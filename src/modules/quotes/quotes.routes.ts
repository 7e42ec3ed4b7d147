import { Type } from '@sinclair/typebox';
import { QUOTE_KINDS, QUOTE_STATUSES } from '../../domain/enums.ts';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { CreditWarning, OrderOut } from '../orders/orders.routes.ts';
import type { QuoteFlowService } from './quote-flow.service.ts';
import type { QuoteSettingsService } from './quote-settings.service.ts';
import {
  QuoteCreate,
  QuoteOut,
  QuotePatch,
  QuoteSettingsBody,
  QuoteSummary,
} from './quotes.schemas.ts';
import type { QuotesService } from './quotes.service.ts';

const conflict = { 409: Type.Ref('Problem') };

export function quotesRoutes(
  app: App,
  s: { quotes: QuotesService; flow: QuoteFlowService; settings: QuoteSettingsService },
): void {
  const tags = ['quotes'];

  app.post(
    '/quotes',
    {
      schema: {
        tags,
        summary: 'Create a draft quotation or proforma invoice (numbered by the workspace pattern)',
        body: QuoteCreate,
        response: {
          201: Type.Intersect([QuoteOut, Type.Object({ credit: Nullable(CreditWarning) })]),
          ...errorResponses,
          ...conflict,
        },
      },
    },
    async (req, reply) => reply.code(201).send(await s.quotes.create(requireScope(req), req.body)),
  );

  app.get(
    '/quotes',
    {
      schema: {
        tags,
        summary: 'Quotes of customers you can see, newest first',
        querystring: Type.Object(
          {
            customerId: Type.Optional(Type.String({ maxLength: 64 })),
            dealId: Type.Optional(Type.String({ maxLength: 64 })),
            kind: Type.Optional(OneOf(QUOTE_KINDS)),
            status: Type.Optional(OneOf(QUOTE_STATUSES)),
            number: Type.Optional(Type.String({ maxLength: 80 })),
            cursor: Type.Optional(Type.String({ maxLength: 100 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(QuoteSummary),
            nextCursor: Nullable(Type.String()),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => s.quotes.list(requireScope(req), req.query),
  );

  app.get(
    '/quotes/:id',
    {
      schema: {
        tags,
        summary: 'A quote with its lines, totals, instalments and revisions',
        params: IdParams,
        response: { 200: QuoteOut, ...errorResponses },
      },
    },
    async (req) => s.quotes.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/quotes/:id',
    {
      schema: {
        tags,
        summary:
          'Change a draft (lines, when given, replace the lines); a sent quote needs a revision',
        params: IdParams,
        body: QuotePatch,
        response: { 200: QuoteOut, ...errorResponses, ...conflict },
      },
    },
    async (req) => s.quotes.update(requireScope(req), req.params.id, req.body),
  );

  app.post(
    '/quotes/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Copy the latest revision into a new draft revision (B, C, …)',
        params: IdParams,
        response: { 201: QuoteOut, ...errorResponses, ...conflict },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.quotes.revise(requireScope(req), req.params.id)),
  );

  app.post(
    '/quotes/:id/send',
    {
      schema: {
        tags,
        summary:
          'Send a draft: freeze it and keep its PDF as sent; it expires after its validity date',
        params: IdParams,
        response: { 200: QuoteOut, ...errorResponses, ...conflict },
      },
    },
    async (req) => s.flow.send(requireScope(req), req.params.id),
  );

  app.post(
    '/quotes/:id/accept',
    {
      schema: {
        tags,
        summary: 'The buyer accepted: answers the order created from the quote',
        params: IdParams,
        response: { 200: OrderOut, ...errorResponses, ...conflict },
      },
    },
    async (req) => s.flow.accept(requireScope(req), req.params.id),
  );

  app.post(
    '/quotes/:id/decline',
    {
      schema: {
        tags,
        summary: 'The buyer declined',
        params: IdParams,
        response: { 200: QuoteOut, ...errorResponses, ...conflict },
      },
    },
    async (req) => s.flow.decline(requireScope(req), req.params.id),
  );

  app.get(
    '/quotes/:id/pdf',
    {
      schema: {
        tags,
        summary:
          'The quote as PDF in its language (`lang` overrides): as sent, or rendered now for a draft',
        params: IdParams,
        querystring: Type.Object(
          {
            lang: Type.Optional(Type.String({ minLength: 2, maxLength: 35 })),
            v: Type.Optional(
              Type.String({
                maxLength: 64,
                description:
                  'ignored: a page adds the quote’s updatedAt so a changed draft is fetched anew',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: {
            description: 'application/pdf',
            content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } },
          },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const { pdf, filename } = await s.flow.pdf(requireScope(req), req.params.id, req.query.lang);
      // A PDF, not a page: the app's CSP (object-src 'none') would keep browsers' PDF viewers out.
      reply.removeHeader('content-security-policy');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${filename.replace(/[^\w.-]/g, '_')}"`)
        .send(pdf);
    },
  );

  app.get(
    '/quote-settings',
    {
      schema: {
        tags,
        summary: 'Number patterns, letterhead and default bank details for quotes',
        response: { 200: QuoteSettingsBody, ...errorResponses },
      },
    },
    async (req) => s.settings.get(requireScope(req)),
  );

  app.put(
    '/quote-settings',
    {
      schema: {
        tags,
        summary: 'Change the quote settings (admins)',
        body: QuoteSettingsBody,
        response: { 200: QuoteSettingsBody, ...errorResponses, 403: Type.Ref('Problem') },
      },
    },
    async (req) => s.settings.put(requireScope(req), req.body),
  );
}
