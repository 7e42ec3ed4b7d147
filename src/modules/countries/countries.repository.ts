import type { Executor } from '../../db/dialect.ts';
import type { CalendarDay, CountrySettings } from '../../db/schema.ts';

export const countrySettingsRepository = {
  find(db: Executor, workspaceId: string, country: string): Promise<CountrySettings | undefined> {
    return db
      .selectFrom('workspace_country_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('country', '=', country)
      .executeTakeFirst();
  },

  list(db: Executor, workspaceId: string): Promise<CountrySettings[]> {
    return db
      .selectFrom('workspace_country_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .execute();
  },

  async upsert(db: Executor, row: CountrySettings): Promise<void> {
    const { workspace_id: _w, country: _c, ...rest } = row;
    await db
      .insertInto('workspace_country_settings')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'country']).doUpdateSet(rest))
      .execute();
  },

  async remove(db: Executor, workspaceId: string, country: string): Promise<void> {
    await db
      .deleteFrom('workspace_country_settings')
      .where('workspace_id', '=', workspaceId)
      .where('country', '=', country)
      .execute();
  },
};

export const calendarDaysRepository = {
  list(db: Executor, workspaceId: string, country?: string): Promise<CalendarDay[]> {
    let q = db
      .selectFrom('workspace_calendar_days')
      .selectAll()
      .where('workspace_id', '=', workspaceId);
    if (country) q = q.where('country', '=', country);
    return q.orderBy('date').execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<CalendarDay | undefined> {
    return db
      .selectFrom('workspace_calendar_days')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** Insert or replace the entry for that country, region and date; true when it was new. */
  async upsert(db: Executor, row: CalendarDay): Promise<boolean> {
    const existing = await db
      .selectFrom('workspace_calendar_days')
      .select('id')
      .where('workspace_id', '=', row.workspace_id)
      .where('country', '=', row.country)
      .where('region', '=', row.region)
      .where('date', '=', row.date)
      .executeTakeFirst();
    if (existing) {
      await db
        .updateTable('workspace_calendar_days')
        .set({ kind: row.kind, name: row.name, name_en: row.name_en, source: row.source })
        .where('workspace_id', '=', row.workspace_id)
        .where('id', '=', existing.id)
        .execute();
      return false;
    }
    await db.insertInto('workspace_calendar_days').values(row).execute();
    return true;
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom('workspace_calendar_days')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
