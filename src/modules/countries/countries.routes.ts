import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  CountryParams,
  CountryProfile,
  CountrySummary,
  DayBody,
  HolidayOut,
  HofstedeOut,
  ImportBody,
  ImportOut,
  Lang,
  OverrideBody,
  PlaybookOut,
} from './countries.schemas.ts';
import type { CountriesService } from './countries.service.ts';
import {
  PRESETS,
  type CountryOverridesService,
  type PresetName,
} from './country-overrides.service.ts';

const Year = Type.Optional(Type.Integer({ minimum: 1970, maximum: 2100 }));
const currentYear = () => new Date().getUTCFullYear();

export function countriesRoutes(
  app: App,
  countries: CountriesService,
  overrides: CountryOverridesService,
): void {
  const tags = ['countries'];
  const writeErrors = { ...errorResponses, 403: Type.Ref('Problem') };

  app.get(
    '/countries',
    {
      schema: {
        tags,
        summary: 'Every ISO country with names and data coverage',
        response: { 200: Type.Object({ items: Type.Array(CountrySummary) }), ...errorResponses },
      },
    },
    async (req) => ({
      items: await countries.list(requireScope(req)),
    }),
  );

  app.get(
    '/countries/compare',
    {
      schema: {
        tags,
        summary:
          'Two countries’ Hofstede scores side by side and the communication playbook for b seen from a',
        querystring: Type.Object(
          { a: Type.String({ maxLength: 8 }), b: Type.String({ maxLength: 8 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            a: Type.Object({
              code: Type.String(),
              name: Type.Object({ en: Type.String(), zh: Type.String() }),
              hofstede: HofstedeOut,
              sources: Type.Record(Type.String(), Type.String()),
            }),
            b: Type.Object({
              code: Type.String(),
              name: Type.Object({ en: Type.String(), zh: Type.String() }),
              hofstede: HofstedeOut,
              sources: Type.Record(Type.String(), Type.String()),
            }),
            citation: Type.String(),
            playbook: PlaybookOut,
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => countries.compare(requireScope(req), req.query.a, req.query.b),
  );

  app.get(
    '/countries/:code',
    {
      schema: {
        tags,
        summary:
          'Country profile: weekend, hours, Hofstede scores, holidays and slow seasons of a year',
        params: CountryParams,
        querystring: Type.Object({ year: Year, lang: Lang }, { additionalProperties: false }),
        response: { 200: CountryProfile, ...errorResponses },
      },
    },
    async (req) =>
      countries.profile(
        requireScope(req),
        req.params.code,
        req.query.year ?? currentYear(),
        req.query.lang ?? 'en',
      ),
  );

  app.get(
    '/countries/:code/regions',
    {
      schema: {
        tags,
        summary:
          'The states and regions the holiday data knows for a country (codes a customer’s region can take), named in the reader’s language',
        params: CountryParams,
        querystring: Type.Object({ lang: Lang }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            country: Type.String(),
            items: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      requireScope(req);
      return countries.regions(req.params.code, req.query.lang ?? 'en');
    },
  );

  app.get(
    '/countries/:code/holidays',
    {
      schema: {
        tags,
        summary: 'Holidays of a year (library and the workspace’s own), optionally for a region',
        params: CountryParams,
        querystring: Type.Object(
          { year: Year, region: Type.Optional(Type.String({ maxLength: 10 })), lang: Lang },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            country: Type.String(),
            year: Type.Integer(),
            region: Type.Union([Type.String(), Type.Null()]),
            regionName: Type.Union([Type.String(), Type.Null()], {
              description: 'the region named in the reader’s language; null for none or unknown',
            }),
            items: Type.Array(HolidayOut),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const year = req.query.year ?? currentYear();
      const region = req.query.region ?? null;
      const items = await countries.holidays(
        requireScope(req),
        req.params.code,
        year,
        region,
        req.query.lang ?? 'en',
      );
      const country = req.params.code.toUpperCase();
      const regionName = countries.regionName(country, region, req.query.lang ?? 'en');
      return { country, year, region, regionName, items };
    },
  );

  app.put(
    '/countries/:code/settings',
    {
      schema: {
        tags,
        summary:
          'The workspace’s own Hofstede scores, notes and business hours for a country (admin, manager)',
        params: CountryParams,
        body: OverrideBody,
        response: { 200: CountryProfile, ...writeErrors },
      },
    },
    async (req) => overrides.setOverride(requireScope(req), req.params.code, req.body),
  );

  app.post(
    '/countries/:code/calendar-days',
    {
      schema: {
        tags,
        summary:
          'Add a holiday or a make-up working day to the workspace calendar (admin, manager)',
        params: CountryParams,
        body: DayBody,
        response: { 201: ImportOut, ...writeErrors },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await overrides.addDay(requireScope(req), req.params.code, req.body)),
  );

  app.delete(
    '/countries/:code/calendar-days/:id',
    {
      schema: {
        tags,
        summary: 'Remove one of the workspace’s own calendar days (admin, manager)',
        params: Type.Object({
          code: Type.String({ maxLength: 8 }),
          id: Type.String({ maxLength: 64 }),
        }),
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (req, reply) => {
      await overrides.removeDay(requireScope(req), req.params.code, req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/countries/:code/calendar-days/import',
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Import holidays and working days from CSV or iCalendar text; bad rows are reported, good rows kept (admin, manager)',
        params: CountryParams,
        body: ImportBody,
        response: { 200: ImportOut, ...writeErrors },
      },
    },
    async (req) => overrides.importDays(requireScope(req), req.params.code, req.body),
  );

  app.post(
    '/calendar/presets/:preset',
    {
      schema: {
        tags,
        summary:
          'Apply a built-in calendar preset, e.g. cn-2026: China’s official 2026 schedule with make-up working days (admin, manager)',
        params: Type.Object({
          preset: Type.Union(Object.keys(PRESETS).map((k) => Type.Literal(k))),
        }),
        response: { 200: ImportOut, ...writeErrors },
      },
    },
    async (req) => overrides.applyPreset(requireScope(req), req.params.preset as PresetName),
  );
}
