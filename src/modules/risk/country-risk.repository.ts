import type { Executor } from '../../db/dialect.ts';
import type { CountryRisk } from '../../db/schema.ts';

/** The only writer of `country_risk`: the workspace's own ratings. */
export const countryRiskRepository = {
  list(db: Executor, workspaceId: string): Promise<CountryRisk[]> {
    return db
      .selectFrom('country_risk')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('country')
      .execute();
  },

  find(db: Executor, workspaceId: string, country: string) {
    return db
      .selectFrom('country_risk')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('country', '=', country)
      .executeTakeFirst();
  },

  async put(db: Executor, rows: CountryRisk[]): Promise<void> {
    for (const row of rows)
      await db
        .insertInto('country_risk')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'country']).doUpdateSet({
            rating: row.rating,
            source: row.source,
            rated_on: row.rated_on,
            notes: row.notes,
            updated_by: row.updated_by,
            updated_at: row.updated_at,
          }),
        )
        .execute();
  },

  async remove(db: Executor, workspaceId: string, country: string): Promise<number> {
    const r = await db
      .deleteFrom('country_risk')
      .where('workspace_id', '=', workspaceId)
      .where('country', '=', country)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
