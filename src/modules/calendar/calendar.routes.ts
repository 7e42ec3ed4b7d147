import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { Lang } from '../countries/countries.schemas.ts';
import { IdParams } from '../../http/params.ts';
import { ViewerTimeZone } from '../../http/schema-helpers.ts';
import {
  ContactWindowsOut,
  DayExplainedOut,
  NextBusinessDayOut,
  UpcomingHolidaysOut,
} from './calendar.schemas.ts';
import type { CalendarService } from './calendar.service.ts';

export function calendarRoutes(app: App, calendar: CalendarService): void {
  const tags = ['calendar'];

  app.get(
    '/calendar/next-business-day',
    {
      schema: {
        tags,
        summary:
          'First business day on or after a date in a country (and region), with why it moved',
        querystring: Type.Object(
          {
            country: Type.String({ maxLength: 8 }),
            from: Type.String({ maxLength: 10 }),
            region: Type.Optional(Type.String({ maxLength: 10 })),
            lang: Lang,
          },
          { additionalProperties: false },
        ),
        response: {
          200: NextBusinessDayOut,
          ...errorResponses,
        },
      },
    },
    async (req) =>
      calendar.nextBusinessDay(
        requireScope(req),
        req.query.country,
        req.query.from,
        req.query.region ?? null,
        req.query.lang ?? 'en',
      ),
  );

  app.get(
    '/calendar/day',
    {
      schema: {
        tags,
        summary:
          'One day in a country (and region): working or closed, a half day’s closing time, and why — naming the official source of any correction',
        querystring: Type.Object(
          {
            country: Type.String({ maxLength: 8 }),
            date: Type.String({ maxLength: 10 }),
            region: Type.Optional(Type.String({ maxLength: 10 })),
            lang: Lang,
          },
          { additionalProperties: false },
        ),
        response: { 200: DayExplainedOut, ...errorResponses },
      },
    },
    async (req) =>
      calendar.day(
        requireScope(req),
        req.query.country,
        req.query.date,
        req.query.region ?? null,
        req.query.lang ?? 'en',
      ),
  );

  app.get(
    '/customers/:id/contact-windows',
    {
      schema: {
        tags,
        summary:
          'The customer’s day today and the overlap of both sides’ working hours over the next business days',
        params: IdParams,
        querystring: Type.Object(
          {
            days: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 5 })),
            lang: Lang,
            timeZone: ViewerTimeZone,
          },
          { additionalProperties: false },
        ),
        response: {
          200: ContactWindowsOut,
          ...errorResponses,
          409: Type.Ref('Problem'),
        },
      },
    },
    async (req) =>
      calendar.contactWindows(
        requireScope(req),
        req.params.id,
        req.query.days ?? 5,
        req.query.lang ?? 'en',
        req.query.timeZone,
      ),
  );

  app.get(
    '/dashboard/upcoming-holidays',
    {
      schema: {
        tags,
        summary:
          'Holidays in the next days in your customers’ countries, with how many of your customers each affects',
        querystring: Type.Object(
          {
            days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 14 })),
            lang: Lang,
          },
          { additionalProperties: false },
        ),
        response: {
          200: UpcomingHolidaysOut,
          ...errorResponses,
        },
      },
    },
    async (req) =>
      calendar.upcomingHolidays(requireScope(req), req.query.days ?? 14, req.query.lang ?? 'en'),
  );
}
