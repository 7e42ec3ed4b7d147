import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  InsightFilters,
  Lang,
  LeadScoreOut,
  MapOut,
  MarketOut,
  MeasuresOut,
  NextActionsOut,
  RulesOut,
  SettingsBody,
  StateBody,
  StateOut,
} from './insight.schemas.ts';
import type { InsightService } from './insight.service.ts';
import type { InsightExports } from './insight-exports.service.ts';
import { XLSX_TYPE } from './insight.export.ts';
import type { InsightSettingsService } from './insight-settings.service.ts';
import type { LeadScoreService } from './lead-score.service.ts';
import type { NextActionsService } from './next-actions.service.ts';

export interface InsightServices {
  insight: InsightService;
  nextActions: NextActionsService;
  exports: InsightExports;
  leadScore: LeadScoreService;
  settings: InsightSettingsService;
}

const XlsxOut = {
  description: XLSX_TYPE,
  content: { [XLSX_TYPE]: { schema: Type.String({ format: 'binary' }) } },
};

export function insightRoutes(app: App, s: InsightServices): void {
  const tags = ['insight'];
  const errors = { ...errorResponses, 403: Type.Ref('Problem') };
  const xlsx = (reply: FastifyReply, x: { file: string; body: Buffer }) =>
    reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${x.file.replace(/[^\w.-]/g, '_')}"`)
      .send(x.body);

  app.get(
    '/insight/measures',
    {
      schema: {
        tags,
        summary: 'The measure registry: what the world map and market dashboards can show',
        response: { 200: MeasuresOut, ...errors },
      },
    },
    async (req) => {
      requireScope(req);
      return s.insight.list();
    },
  );

  app.get(
    '/insight/map',
    {
      schema: {
        tags,
        summary:
          'One measure per country over a period, in the caller’s scope (money in the reporting currency)',
        querystring: Type.Object(
          {
            measure: Type.Optional(
              Type.String({ minLength: 1, maxLength: 64, default: 'revenue' }),
            ),
            ...InsightFilters,
          },
          { additionalProperties: false },
        ),
        response: { 200: MapOut, ...errors },
      },
    },
    async (req) => {
      const { measure = 'revenue', ...q } = req.query;
      return s.insight.map(requireScope(req), measure, q);
    },
  );

  app.get(
    '/insight/markets/:country',
    {
      schema: {
        tags,
        summary:
          'A market’s dashboard: KPI cards with change and drill-down, tier mix, top and going-cold customers, holidays, culture',
        params: Type.Object({ country: Type.String({ minLength: 2, maxLength: 2 }) }),
        querystring: Type.Object(InsightFilters, { additionalProperties: false }),
        response: { 200: MarketOut, ...errors },
      },
    },
    async (req) => s.insight.market(requireScope(req), req.params.country, req.query),
  );

  app.get(
    '/next-actions',
    {
      schema: {
        tags,
        summary:
          'Next best actions, ranked, with reasons and rule ids: one customer’s, or the caller’s whole scope',
        querystring: Type.Object(
          {
            customerId: Type.Optional(Type.String({ maxLength: 64 })),
            lang: Lang,
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: NextActionsOut, ...errors },
      },
    },
    async (req) => s.nextActions.list(requireScope(req), req.query),
  );

  app.post(
    '/customers/:id/next-actions',
    {
      schema: {
        tags,
        summary: 'Mark a customer’s suggested action done, dismissed or snoozed (audited)',
        params: IdParams,
        body: StateBody,
        response: { 200: StateOut, ...errors },
      },
    },
    async (req) => s.nextActions.setState(requireScope(req), req.params.id, req.body),
  );

  app.get(
    '/next-actions/rules',
    {
      schema: {
        tags,
        summary:
          'The action rules with whether each is on and its done/dismissed/snoozed counts (admins)',
        response: { 200: RulesOut, ...errors },
      },
    },
    async (req) => s.nextActions.rules(requireScope(req)),
  );

  app.get(
    '/insight/settings',
    {
      schema: {
        tags,
        summary: 'The workspace’s switched-off action rules and ideal customer profile',
        response: { 200: SettingsBody, ...errors },
      },
    },
    async (req) => s.settings.get(requireScope(req)),
  );

  app.put(
    '/insight/settings',
    {
      schema: {
        tags,
        summary:
          'Switch action rules off or on and set the ideal customer profile (admins; audited)',
        body: SettingsBody,
        response: { 200: SettingsBody, ...errors },
      },
    },
    async (req) => s.settings.put(requireScope(req), req.body),
  );

  app.get(
    '/insight/map.xlsx',
    {
      schema: {
        tags,
        summary: 'The map’s table (one measure per country) as an XLSX workbook',
        querystring: Type.Object(
          {
            measure: Type.Optional(
              Type.String({ minLength: 1, maxLength: 64, default: 'revenue' }),
            ),
            ...InsightFilters,
          },
          { additionalProperties: false },
        ),
        response: { 200: XlsxOut, ...errors },
      },
    },
    async (req, reply) => {
      const { measure = 'revenue', ...q } = req.query;
      return xlsx(reply, await s.exports.map(requireScope(req), measure, q));
    },
  );

  app.get(
    '/insight/markets/:country.xlsx',
    {
      schema: {
        tags,
        summary:
          'A market dashboard’s tables (KPIs, tier mix, top and going-cold customers, holidays) as XLSX',
        params: Type.Object({ country: Type.String({ minLength: 2, maxLength: 2 }) }),
        querystring: Type.Object(InsightFilters, { additionalProperties: false }),
        response: { 200: XlsxOut, ...errors },
      },
    },
    async (req, reply) =>
      xlsx(reply, await s.exports.market(requireScope(req), req.params.country, req.query)),
  );

  app.get(
    '/next-actions.xlsx',
    {
      schema: {
        tags,
        summary: 'The caller’s next best actions (up to 1,000, ranked) as XLSX',
        querystring: Type.Object(
          {
            lang: Lang,
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: XlsxOut, ...errors },
      },
    },
    async (req, reply) => xlsx(reply, await s.exports.nextActionsOf(requireScope(req), req.query)),
  );

  app.get(
    '/customers/:id/lead-score',
    {
      schema: {
        tags,
        summary:
          'A customer’s lead score: fit to the ideal customer profile and engagement, part by part',
        params: IdParams,
        response: { 200: LeadScoreOut, ...errors },
      },
    },
    async (req) => s.leadScore.of(requireScope(req), req.params.id),
  );
}
