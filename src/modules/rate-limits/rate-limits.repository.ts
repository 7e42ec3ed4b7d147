import type { Executor } from '../../db/dialect.ts';
import { newId } from '../../domain/ids.ts';

/** The only code touching `rate_limit_hits`. Instants are ISO strings, as in every table. */
export const rateLimitsRepository = {
  async record(db: Executor, scope: string, key: string, at: string): Promise<void> {
    await db.insertInto('rate_limit_hits').values({ id: newId(), scope, key, at }).execute();
  },

  /** The newest `limit` attempts of a key since `since`, newest first. */
  async recent(
    db: Executor,
    scope: string,
    key: string,
    since: string,
    limit: number,
  ): Promise<string[]> {
    const rows = await db
      .selectFrom('rate_limit_hits')
      .select('at')
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where('at', '>', since)
      .orderBy('at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.at);
  },

  /** Drops a limit's attempts that left its window; returns how many went. */
  async prune(db: Executor, scope: string, before: string): Promise<number> {
    const r = await db
      .deleteFrom('rate_limit_hits')
      .where('scope', '=', scope)
      .where('at', '<=', before)
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
