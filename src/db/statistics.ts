import { sql } from 'kysely';
import { isPostgres, type Executor } from './dialect.ts';
import type { DB } from './schema.ts';

/**
 * Refreshes PostgreSQL's planner statistics of tables a bulk write is growing. A workspace that
 * starts empty and imports 100,000 customers is planned with the empty tables' statistics until
 * autovacuum samples them (a minute later at best; never where it is off): lookups by key then
 * scan whole tables and the import slows to tens of rows a second. SQLite plans from its indexes
 * alone; nothing to do there. Owners call this for their own tables.
 */
export async function refreshStatistics(db: Executor, tables: readonly (keyof DB)[]) {
  if (!isPostgres(db)) return;
  await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
}

/**
 * `refreshStatistics` for only those of `tables` whose statistics no longer describe their size:
 * never sampled, or their live rows now more than a fifth away from the count last sampled (the
 * shape of a plan follows row counts; autovacuum's own rule is a tenth of all changes, updates
 * included, which a replan that rewrites every plan in place would trip each time). A bulk
 * job that rewrites rows in place, and runs again soon after, then pays for no sampling at all:
 * the replan after a policy change spent 2.6 of its 9.2 s sampling tables it had not grown.
 */
export async function refreshStaleStatistics(db: Executor, tables: readonly (keyof DB)[]) {
  if (!isPostgres(db)) return;
  const { rows } = await sql<{ name: keyof DB }>`
    select c.relname as name
    from pg_class c
    join pg_stat_user_tables s on s.relid = c.oid
    where c.relnamespace = current_schema()::regnamespace
      and c.relname in (${sql.join(tables.map((t) => sql.lit(t)))})
      and (c.reltuples < 0
        -- counters at zero after a statistics reset (or in a copied database) say nothing
        or (s.n_live_tup + s.n_dead_tup > 0
          and abs(s.n_live_tup - c.reltuples) > greatest(c.reltuples, 1000) / 5))
  `.execute(db);
  if (rows.length)
    await refreshStatistics(
      db,
      rows.map((r) => r.name),
    );
}
