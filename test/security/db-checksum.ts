import { createHash } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
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

/**
 * The tables' checksum, read again only when something may have been written since. On
 * PostgreSQL a statement trigger on every table (test databases only) bumps a sequence on any
 * insert, update, delete or truncate, even one that changes no row or is rolled back: an
 * unchanged sequence proves nothing was written, a changed one sends the check to the full
 * checksum. Reading every table after each of the fuzzer's 5,000 requests took 126 s there
 * (24 ms each); SQLite reads them in-process and is always checked in full.
 */
export class TableDigest {
  private stamp: string | null = null;
  private digest = '';

  private constructor(
    private readonly db: Kysely<DB>,
    private readonly tables: string[],
    private readonly stamped: boolean,
  ) {}

  static async watch(db: Kysely<DB>, tables: string[]): Promise<TableDigest> {
    const stamped = db.getExecutor().adapter instanceof PostgresAdapter;
    if (stamped) await stampWrites(db, tables);
    return new TableDigest(db, tables, stamped);
  }

  async current(): Promise<string> {
    if (!this.stamped) return checksum(this.db, this.tables);
    const { rows } = await sql<{
      v: string;
    }>`select last_value::text as v from test_write_stamp`.execute(this.db);
    const stamp = rows[0]!.v;
    if (stamp !== this.stamp) {
      // Read before the checksum: a write between the two is seen again next time.
      this.stamp = stamp;
      this.digest = await checksum(this.db, this.tables);
    }
    return this.digest;
  }
}

async function stampWrites(db: Kysely<DB>, tables: string[]): Promise<void> {
  await sql`create sequence if not exists test_write_stamp`.execute(db);
  await sql`create or replace function test_write_stamp() returns trigger language plpgsql as
    $$ begin perform nextval('test_write_stamp'); return null; end $$`.execute(db);
  for (const t of tables) {
    const name = sql.table(t);
    // Using a token (its last_used_at) is not a change to it: only its other updates count.
    const token = t === 'api_tokens';
    const events = token
      ? sql`insert or delete or truncate`
      : sql`insert or update or delete or truncate`;
    await sql`create trigger test_write_stamp after ${events} on ${name}
      for each statement execute function test_write_stamp()`.execute(db);
    if (token)
      await sql`create trigger test_write_stamp_update after update on ${name} for each row
        when ((to_jsonb(old) - 'last_used_at') is distinct from (to_jsonb(new) - 'last_used_at'))
        execute function test_write_stamp()`.execute(db);
  }
}
