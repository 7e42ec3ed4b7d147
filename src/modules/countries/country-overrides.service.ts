import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { CountrySettings, DB } from '../../db/schema.ts';
import { regionsOf } from '../../domain/calendar/holidays.ts';
import { weekendOf } from '../../domain/calendar/weekend.ts';
import {
  parseHolidayCsv,
  parseICalendar,
  type ImportProblem,
} from '../../domain/calendar/import-holidays.ts';
import { DIMENSIONS } from '../../domain/culture/dimensions.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { fieldProblem } from '../../domain/field-errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { CalendarProvider } from './calendar.provider.ts';
import { requireRole } from '../../domain/scope.ts';
import { calendarDaysRepository, countrySettingsRepository } from './countries.repository.ts';
import type { DayBody, ImportBody, OverrideBody } from './countries.schemas.ts';
import { checkCountry, CountriesService } from './countries.service.ts';

export const PRESETS = {
  'cn-2026': {
    country: 'CN',
    year: 2026,
    file: './data/cn-2026-official-schedule.csv',
    source: 'State Council notice 2025-11-04',
  },
} as const;
export type PresetName = keyof typeof PRESETS;

/**
 * What a workspace adds to a country: its own culture scores, notes and business hours, and its
 * own holidays and make-up working days (by hand, CSV or iCalendar, or a built-in preset).
 */
export class CountryOverridesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly countries: CountriesService,
  ) {}

  async setOverride(scope: Scope, rawCode: string, body: OverrideBody) {
    requireRole(scope, 'admin', 'manager');
    const code = checkCountry(rawCode);
    if (body.businessHours && body.businessHours.start >= body.businessHours.end) {
      throw AppError.validation([fieldError('/businessHours/end', 'after_start')]);
    }
    // Only days of the official weekend can be worked "as well"; a weekday is always worked.
    const weekend = weekendOf(code);
    const bad = (body.workingWeekend ?? []).findIndex((w) => !weekend.includes(w.weekday));
    if (bad >= 0)
      throw AppError.validation([
        fieldError(`/workingWeekend/${bad}/weekday`, 'weekend_day', {
          value: String(body.workingWeekend?.[bad]?.weekday),
        }),
      ]);
    await this.db.transaction().execute(async (tx) => {
      const current = await countrySettingsRepository.find(tx, scope.workspaceId, code);
      const next: CountrySettings = {
        workspace_id: scope.workspaceId,
        country: code,
        pdi: current?.pdi ?? null,
        idv: current?.idv ?? null,
        mas: current?.mas ?? null,
        uai: current?.uai ?? null,
        lto: current?.lto ?? null,
        ivr: current?.ivr ?? null,
        notes: body.notes !== undefined ? body.notes : (current?.notes ?? null),
        work_start:
          body.businessHours !== undefined
            ? (body.businessHours?.start ?? null)
            : (current?.work_start ?? null),
        work_end:
          body.businessHours !== undefined
            ? (body.businessHours?.end ?? null)
            : (current?.work_end ?? null),
        replaced_years: current?.replaced_years ?? '[]',
        official_schedule:
          body.officialSchedule !== undefined
            ? Number(body.officialSchedule)
            : (current?.official_schedule ?? 1),
        working_weekend:
          body.workingWeekend !== undefined
            ? JSON.stringify(body.workingWeekend)
            : (current?.working_weekend ?? '[]'),
        updated_at: nowIso(),
      };
      for (const d of DIMENSIONS)
        if (body.hofstede && d in body.hofstede) next[d] = body.hofstede[d] ?? null;
      await countrySettingsRepository.upsert(tx, next);
      await recordAudit(tx, scope, {
        action: current ? 'update' : 'create',
        entityType: 'country_settings',
        entityId: code,
        changes: { settings: { before: current ?? null, after: next } },
      });
    });
    this.calendars.invalidate(scope.workspaceId, code);
    return this.countries.profile(scope, code, new Date().getUTCFullYear(), 'en');
  }

  async addDay(scope: Scope, rawCode: string, body: DayBody) {
    requireRole(scope, 'admin', 'manager');
    const code = checkCountry(rawCode);
    // One day by hand: a bad region is a 400 naming the field, not a row report.
    if (body.region && !(body.region in regionsOf(code))) {
      throw AppError.validation([
        fieldError('/region', 'region', { value: body.region, country: code }),
      ]);
    }
    const result = await this.saveDays(
      scope,
      code,
      [
        {
          date: body.date,
          kind: body.kind,
          name: body.name,
          nameEn: body.nameEn ?? null,
          region: body.region ?? '',
        },
      ],
      'manual',
      null,
    );
    return result;
  }

  async removeDay(scope: Scope, rawCode: string, id: string): Promise<void> {
    requireRole(scope, 'admin', 'manager');
    const code = checkCountry(rawCode);
    await this.db.transaction().execute(async (tx) => {
      const day = await calendarDaysRepository.find(tx, scope.workspaceId, id);
      if (!day || day.country !== code) throw AppError.notFound('Calendar entry');
      await calendarDaysRepository.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'calendar_day',
        entityId: id,
        changes: { day: { before: day, after: null } },
      });
    });
    this.calendars.invalidate(scope.workspaceId, code);
  }

  async importDays(scope: Scope, rawCode: string, body: ImportBody) {
    requireRole(scope, 'admin', 'manager');
    const code = checkCountry(rawCode);
    const parsed =
      body.format === 'csv' ? parseHolidayCsv(body.content) : parseICalendar(body.content);
    if (parsed.days.length === 0 && parsed.errors.length)
      return { created: 0, updated: 0, errors: parsed.errors };
    const saved = await this.saveDays(
      scope,
      code,
      parsed.days,
      body.source ?? `${body.format} import`,
      body.replaceLibraryYear ?? null,
    );
    return { ...saved, errors: [...parsed.errors, ...saved.errors] };
  }

  async applyPreset(scope: Scope, preset: PresetName) {
    const p = PRESETS[preset];
    const content = readFileSync(new URL(p.file, import.meta.url), 'utf8');
    return this.importDays(scope, p.country, {
      format: 'csv',
      content,
      replaceLibraryYear: p.year,
      source: p.source,
    });
  }

  private async saveDays(
    scope: Scope,
    code: string,
    days: {
      date: string;
      kind: 'holiday' | 'working_day';
      name: string;
      nameEn: string | null;
      region: string;
    }[],
    source: string,
    replaceYear: number | null,
  ) {
    const errors: ImportProblem[] = [];
    const regions = regionsOf(code);
    let created = 0;
    let updated = 0;
    await this.db.transaction().execute(async (tx) => {
      for (const [i, d] of days.entries()) {
        if (d.region && !(d.region in regions)) {
          errors.push({
            row: i + 2,
            ...fieldProblem('region', 'region', { value: d.region, country: code }),
          });
          continue;
        }
        const isNew = await calendarDaysRepository.upsert(tx, {
          workspace_id: scope.workspaceId,
          id: newId(),
          country: code,
          region: d.region,
          date: d.date,
          kind: d.kind,
          name: d.name,
          name_en: d.nameEn,
          source,
          created_at: nowIso(),
        });
        if (isNew) created++;
        else updated++;
      }
      if (replaceYear !== null) {
        const current = await countrySettingsRepository.find(tx, scope.workspaceId, code);
        const years = new Set([
          ...(current ? (JSON.parse(current.replaced_years) as number[]) : []),
          replaceYear,
        ]);
        await countrySettingsRepository.upsert(tx, {
          ...(current ?? {
            workspace_id: scope.workspaceId,
            country: code,
            pdi: null,
            idv: null,
            mas: null,
            uai: null,
            lto: null,
            ivr: null,
            notes: null,
            work_start: null,
            work_end: null,
            official_schedule: 1,
            working_weekend: '[]',
          }),
          replaced_years: JSON.stringify([...years].sort()),
          updated_at: nowIso(),
        });
      }
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'calendar',
        entityId: code,
        changes: { days: { before: null, after: { created, updated, source, replaceYear } } },
      });
    });
    this.calendars.invalidate(scope.workspaceId, code);
    return { created, updated, errors };
  }
}

/** Overrides for code outside a request (demo seed, CLI), with their own calendar cache. */
export function overridesFor(db: Kysely<DB>): CountryOverridesService {
  const calendars = new CalendarProvider();
  return new CountryOverridesService(db, calendars, new CountriesService(db, calendars));
}
