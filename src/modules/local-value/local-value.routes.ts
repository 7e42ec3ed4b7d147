import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { LocalValueReportService } from './local-value-report.service.ts';
import {
  EntryBody,
  EntryOut,
  EntryPatch,
  LedgerQuery,
  ReportQuery,
  SummaryOut,
  SummaryQuery,
  TenderValueOut,
  TenderValueQuery,
} from './local-value.schemas.ts';
import type { LocalValueService } from './local-value.service.ts';

/** The local value ledger, its summary and transparency report, and a tender's pull of them. */
export function localValueRoutes(
  app: App,
  s: { ledger: LocalValueService; reports: LocalValueReportService },
): void {
  const tags = ['local-value'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };

  app.get(
    '/local-value',
    {
      schema: {
        tags,
        summary: 'Local value ledger figures by country and year (managers and admins)',
        querystring: LedgerQuery,
        response: { 200: Type.Object({ items: Type.Array(EntryOut) }), ...errors },
      },
    },
    async (req) => ({ items: await s.ledger.list(requireScope(req), req.query) }),
  );
  app.get(
    '/local-value/summary',
    {
      schema: {
        tags,
        summary:
          'A country’s year of local value summed: jobs, local purchasing share (GRI 204-1), partners’ share, training, taxes, community investment, technology transfer (managers and admins)',
        querystring: SummaryQuery,
        response: { 200: SummaryOut, ...errors },
      },
    },
    async (req) => s.ledger.summary(requireScope(req), req.query.country, req.query.year),
  );
  app.get(
    '/local-value/report',
    {
      schema: {
        tags,
        summary:
          'The transparency report of a country’s year in English, Chinese or the country’s language (HTML, or PDF); the same figures give the same document',
        querystring: ReportQuery,
        response: {
          200: {
            description: 'text/html, or application/pdf with format=pdf',
            content: {
              'text/html': { schema: Type.String() },
              'application/pdf': { schema: Type.String({ format: 'binary' }) },
            },
          },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      const q = req.query;
      const name = `local-value-${q.country.toUpperCase().replace(/[^A-Z]/g, '')}-${q.year ?? 'latest'}`;
      if (q.format === 'pdf') {
        const pdf = await s.reports.pdf(scope, q);
        reply.removeHeader('content-security-policy');
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${name}.pdf"`)
          .send(pdf);
      }
      const html = await s.reports.html(scope, q);
      return reply
        .type('text/html; charset=utf-8')
        .header(
          'content-security-policy',
          "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; frame-ancestors 'self'",
        )
        .send(html);
    },
  );
  app.post(
    '/local-value',
    {
      schema: {
        tags,
        summary: 'Add a ledger figure with its source document (managers and admins)',
        body: EntryBody,
        response: { 201: EntryOut, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await s.ledger.create(requireScope(req), req.body)),
  );
  app.get(
    '/local-value/:id',
    {
      schema: {
        tags,
        summary: 'A ledger figure (managers and admins)',
        params: IdParams,
        response: { 200: EntryOut, ...errors },
      },
    },
    async (req) => s.ledger.get(requireScope(req), req.params.id),
  );
  app.patch(
    '/local-value/:id',
    {
      schema: {
        tags,
        summary: 'Change a ledger figure (its owner or an admin)',
        params: IdParams,
        body: EntryPatch,
        response: { 200: EntryOut, ...errors },
      },
    },
    async (req) => s.ledger.update(requireScope(req), req.params.id, req.body),
  );
  app.delete(
    '/local-value/:id',
    {
      schema: {
        tags,
        summary: 'Delete a ledger figure (its owner or an admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await s.ledger.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/tenders/:id/local-value',
    {
      schema: {
        tags: [...tags, 'tenders'],
        summary:
          'The local value figures of the tender’s country for its bid file (the summed figures the transparency report publishes), for whoever may see the tender',
        params: IdParams,
        querystring: TenderValueQuery,
        response: { 200: TenderValueOut, ...errors },
      },
    },
    async (req) => s.reports.forTender(requireScope(req), req.params.id, req.query.year),
  );
}
