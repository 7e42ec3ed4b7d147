import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';

/**
 * Every application table, read from the database itself so a new table is covered at once;
 * `except` leaves out tables a refused request may legitimately touch (the audit log of a
 * sign-in attempt, sessions).
 */
export async function tableNames(db: Kysely<DB>, except: RegExp = /^$/): Promise<string[]> {
  return (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((n) => !n.startsWith('kysely_') && !except.test(n))
    .sort();
}

/** A digest of every row of the tables: equal before and after means nothing was written. */
export async function checksum(db: Kysely<DB>, tables: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const t of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db);
    const lines = rows
      .map((r) => {
        // Using a token is not a change to it.
        if (t === 'api_tokens') delete r.last_used_at;
        return JSON.stringify(r, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v));
      })
      .sort();
    hash.update(`${t}:${lines.length}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}
