import { Type, type Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB, Workspace } from '../../db/schema.ts';
import { isCountryCode, isTimeZone } from '../../domain/countries.ts';
import type { Scope } from '../../domain/scope.ts';
import { requireScope } from '../../http/authenticate.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { auditRepository, diff } from '../audit/audit.repository.ts';
import type { CalendarProvider } from '../calendar/calendar.provider.ts';
import { requireRole } from '../users/users.service.ts';
import { workspacesRepository } from './workspaces.repository.ts';

const HHMM = '^([01]\\d|2[0-3]):[0-5]\\d$';
const HolidayType = Type.Union(
  ['public', 'bank', 'school', 'optional', 'observance'].map((t) => Type.Literal(t)),
);

export const WorkspaceSettings = Type.Object({
  name: Type.String(),
  homeCountry: Type.String(),
  homeTimeZone: Type.String(),
  homeHours: Type.Object({ start: Type.String(), end: Type.String() }),
  closedHolidayTypes: Type.Array(Type.String()),
  closedHolidayNames: Type.Array(Type.String()),
});
const SettingsPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    homeCountry: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
    homeTimeZone: Type.Optional(Type.String({ maxLength: 64 })),
    homeHours: Type.Optional(
      Type.Object(
        { start: Type.String({ pattern: HHMM }), end: Type.String({ pattern: HHMM }) },
        { additionalProperties: false },
      ),
    ),
    closedHolidayTypes: Type.Optional(Type.Array(HolidayType, { minItems: 1, maxItems: 5 })),
    closedHolidayNames: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 }),
    ),
  },
  { additionalProperties: false },
);
type SettingsPatch = Static<typeof SettingsPatch>;

const toOut = (w: Workspace) => ({
  name: w.name,
  homeCountry: w.home_country,
  homeTimeZone: w.home_time_zone,
  homeHours: { start: w.home_work_start, end: w.home_work_end },
  closedHolidayTypes: JSON.parse(w.closed_holiday_types) as string[],
  closedHolidayNames: JSON.parse(w.closed_holiday_names) as string[],
});

/** The home office (country, zone, hours) and which holidays close business, for the whole workspace. */
export class WorkspaceSettingsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
  ) {}

  async get(scope: Scope) {
    const ws = await workspacesRepository.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    return toOut(ws);
  }

  async update(scope: Scope, body: SettingsPatch) {
    requireRole(scope, 'admin');
    const errors: FieldError[] = [];
    const country = body.homeCountry?.toUpperCase();
    if (country && !isCountryCode(country))
      errors.push(fieldError('/homeCountry', 'country', { value: body.homeCountry ?? '' }));
    if (body.homeTimeZone && !isTimeZone(body.homeTimeZone))
      errors.push(fieldError('/homeTimeZone', 'time_zone', { value: body.homeTimeZone }));
    if (body.homeHours && body.homeHours.start >= body.homeHours.end)
      errors.push(fieldError('/homeHours/end', 'after_start'));
    if (errors.length) throw AppError.validation(errors);
    await this.db.transaction().execute(async (tx) => {
      const before = await workspacesRepository.find(tx, scope.workspaceId);
      if (!before) throw AppError.notFound('Workspace');
      await workspacesRepository.update(tx, scope.workspaceId, {
        ...(body.name ? { name: body.name.trim() } : {}),
        ...(country ? { home_country: country } : {}),
        ...(body.homeTimeZone ? { home_time_zone: body.homeTimeZone } : {}),
        ...(body.homeHours
          ? { home_work_start: body.homeHours.start, home_work_end: body.homeHours.end }
          : {}),
        ...(body.closedHolidayTypes
          ? { closed_holiday_types: JSON.stringify([...new Set(body.closedHolidayTypes)]) }
          : {}),
        ...(body.closedHolidayNames
          ? {
              closed_holiday_names: JSON.stringify([
                ...new Set(body.closedHolidayNames.map((n) => n.trim())),
              ]),
            }
          : {}),
      });
      const after = await workspacesRepository.find(tx, scope.workspaceId);
      await auditRepository.record(tx, {
        workspaceId: scope.workspaceId,
        actorId: scope.userId,
        action: 'update',
        entityType: 'workspace',
        entityId: scope.workspaceId,
        changes: diff(toOut(before), after ? toOut(after) : {}),
      });
    });
    this.calendars.invalidate(scope.workspaceId);
    return this.get(scope);
  }
}

export function workspaceRoutes(app: App, settings: WorkspaceSettingsService): void {
  const tags = ['workspace'];
  app.get(
    '/workspace',
    {
      schema: {
        tags,
        summary: 'Home office and holiday settings',
        response: { 200: WorkspaceSettings, ...errorResponses },
      },
    },
    async (req) => settings.get(requireScope(req)),
  );
  app.patch(
    '/workspace',
    {
      schema: {
        tags,
        summary: 'Change the home office or which holidays close business (admin)',
        body: SettingsPatch,
        response: { 200: WorkspaceSettings, ...errorResponses, 403: Type.Ref('Problem') },
      },
    },
    async (req) => settings.update(requireScope(req), req.body),
  );
}
