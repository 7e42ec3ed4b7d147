import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Workspace } from '../../db/schema.ts';
import { isCountryCode, isTimeZone } from '../../domain/countries.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { SettingsPatch } from './workspaces.schemas.ts';
import { workspacesRepository } from './workspaces.repository.ts';

/** What a new workspace gets in its creating transaction (the default sales pipeline). */
export type WorkspaceSetup = (db: Executor, workspaceId: string) => Promise<void>;

// Set by the composition root, by name (building the container twice sets each once): modules
// above this one (deals) set up their part of a new workspace without this module importing them.
const setups = new Map<string, WorkspaceSetup>();

export function setWorkspaceSetup(name: string, setup: WorkspaceSetup): void {
  setups.set(name, setup);
}

/**
 * What other modules, the CLI and the seed may do with the `workspaces` table, inside their own
 * transaction. The workspaces module is its only writer; each write names its purpose.
 */
export const workspaces = {
  find: (db: Executor, id: string): Promise<Workspace | undefined> =>
    workspacesRepository.find(db, id),

  /** A new workspace, set up by every module that needs to (see `setWorkspaceSetup`). */
  async create(
    db: Executor,
    name: string,
    home?: { country: string; timeZone: string },
  ): Promise<Workspace> {
    const ws = await workspacesRepository.create(db, name, home);
    for (const setup of setups.values()) await setup(db, ws.id);
    return ws;
  },

  count: (db: Executor): Promise<number> => workspacesRepository.count(db),

  list: (db: Executor): Promise<Workspace[]> => workspacesRepository.list(db),

  /** Value classification's period and thresholds, with when it last ran (JSON). */
  saveValueSettings: (db: Executor, id: string, json: string) =>
    workspacesRepository.update(db, id, { value_settings: json }),

  setReportingCurrency: (db: Executor, id: string, currency: string) =>
    workspacesRepository.update(db, id, { reporting_currency: currency }),
};

const toOut = (w: Workspace) => ({
  name: w.name,
  homeCountry: w.home_country,
  homeTimeZone: w.home_time_zone,
  homeHours: { start: w.home_work_start, end: w.home_work_end },
  closedHolidayTypes: JSON.parse(w.closed_holiday_types) as string[],
  closedHolidayNames: JSON.parse(w.closed_holiday_names) as string[],
  passportRetentionDays: w.passport_retention_days,
});

/** The home office (country, zone, hours) and which holidays close business, for the whole workspace. */
export class WorkspaceSettingsService {
  constructor(
    private readonly db: Kysely<DB>,
    /** Told when the workspace changes what closes business, so cached calendars are rebuilt. */
    private readonly onCalendarChange: (workspaceId: string) => void,
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
        ...(body.passportRetentionDays
          ? { passport_retention_days: body.passportRetentionDays }
          : {}),
      });
      const after = await workspacesRepository.find(tx, scope.workspaceId);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'workspace',
        entityId: scope.workspaceId,
        changes: diff(toOut(before), after ? toOut(after) : {}),
      });
    });
    this.onCalendarChange(scope.workspaceId);
    return this.get(scope);
  }
}
