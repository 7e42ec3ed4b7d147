import type { Executor } from '../../db/dialect.ts';
import type { Workspace } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';

export const workspacesRepository = {
  async create(
    db: Executor,
    name: string,
    home: { country: string; timeZone: string } = { country: 'CN', timeZone: 'Asia/Shanghai' },
  ): Promise<Workspace> {
    const id = newId();
    await db
      .insertInto('workspaces')
      .values({
        id,
        name,
        home_country: home.country,
        home_time_zone: home.timeZone,
        created_at: nowIso(),
      })
      .execute();
    return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  },

  find(db: Executor, id: string): Promise<Workspace | undefined> {
    return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async update(
    db: Executor,
    id: string,
    patch: Partial<
      Pick<
        Workspace,
        | 'name'
        | 'home_country'
        | 'home_time_zone'
        | 'home_work_start'
        | 'home_work_end'
        | 'closed_holiday_types'
        | 'closed_holiday_names'
        | 'value_settings'
        | 'reporting_currency'
        | 'passport_retention_days'
      >
    >,
  ): Promise<void> {
    // An empty patch (PATCH /workspace {}) changes nothing; `SET` with no columns is invalid SQL.
    if (!Object.keys(patch).length) return;
    await db.updateTable('workspaces').set(patch).where('id', '=', id).execute();
  },

  list(db: Executor): Promise<Workspace[]> {
    return db.selectFrom('workspaces').selectAll().orderBy('created_at').execute();
  },

  async count(db: Executor): Promise<number> {
    const r = await db
      .selectFrom('workspaces')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
};
