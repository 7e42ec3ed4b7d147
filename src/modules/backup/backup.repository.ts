import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import { isPostgres } from '../../db/dialect.ts';

export interface TableStats {
  rows: number;
  /** a fingerprint of the table's rows, independent of their order; same dialect only */
  checksum: string;
}

// The backup module reads every table (for counts and fingerprints) but writes none: backing up
// and restoring copy whole databases, below any one module's repository.
export const backupRepository = {
  /** The database's tables (SQLite: not virtual tables' shadow tables), sorted by name. */
  async tables(db: Executor): Promise<string[]> {
    const { rows } = isPostgres(db)
      ? await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
      : await sql<{ name: string }>`
          select name from pragma_table_list
          where schema = 'main' and type = 'table' and name not like 'sqlite\\_%' escape '\\'`.execute(
          db,
        );
    return rows.map((r) => r.name).sort();
  },

  /**
   * Row count and order-free fingerprint of one table: the sum of the first 60 bits of each row's
   * md5. PostgreSQL hashes the row's text in the server; SQLite streams rows through Node.
   */
  async stats(db: Executor, table: string): Promise<TableStats> {
    if (isPostgres(db)) {
      const { rows } = await sql<{ rows: number; checksum: string }>`
        select count(*)::int as rows,
          coalesce(sum(('x' || substr(md5(r::text), 1, 15))::bit(60)::bigint), 0)::text as checksum
        from ${sql.table(table)} as r`.execute(db);
      return rows[0] ?? { rows: 0, checksum: '0' };
    }
    let count = 0;
    let sum = 0n;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table, by name
    const any = db as unknown as Kysely<any>;
    for await (const row of any.selectFrom(table).selectAll().stream(1000)) {
      const text = JSON.stringify(Object.values(row), (_k, v: unknown) =>
        v instanceof Uint8Array
          ? Buffer.from(v).toString('hex')
          : typeof v === 'bigint'
            ? String(v)
            : v,
      );
      sum += BigInt('0x' + createHash('md5').update(text).digest('hex').slice(0, 15));
      count++;
    }
    return { rows: count, checksum: sum.toString() };
  },

  /** Applied migration names as recorded in the database (empty when it was never migrated). */
  async migrations(db: Executor): Promise<string[]> {
    if (!(await this.tables(db)).includes('kysely_migration')) return [];
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    return rows.map((r) => r.name).sort();
  },

  /** Inside a repeatable-read transaction: a snapshot id `pg_dump --snapshot` can share. */
  async exportSnapshot(trx: Executor): Promise<string> {
    const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx);
    if (!rows[0]) throw new Error('PostgreSQL exported no snapshot');
    return rows[0].id;
  },
};
