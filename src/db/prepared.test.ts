import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  testDialects,
  type TestDatabase,
} from '../../test/support/databases.ts';
import { prepared } from './prepared.ts';

/**
 * A text marked `prepared()` runs as a named prepared statement on PostgreSQL (planned once per
 * connection), gives the same rows as unmarked on both databases, and other queries stay unnamed.
 */
describe.each(testDialects())('prepared statements on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  const text = (p: string) => `select ${p} + 1 as n`;
  const param = dialect === 'postgres' ? '$1::int' : '?';

  it('answers as the unmarked text does, call after call', async () => {
    await database.db.connection().execute(async (conn) => {
      for (const v of [1, 41, 41, 7]) {
        const marked = await conn.executeQuery<{ n: number }>(
          CompiledQuery.raw(prepared(text(param)), [v]),
        );
        const plain = await conn.executeQuery<{ n: number }>(CompiledQuery.raw(text(param), [v]));
        expect(marked.rows).toEqual(plain.rows);
        expect(Number(marked.rows[0]!.n)).toBe(v + 1);
      }
      if (dialect !== 'postgres') return;
      // Prepared once on this connection, under one name; the unmarked text never.
      const held = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements`.execute(conn);
      const mine = held.rows.filter((r) => r.statement.includes(text(param)));
      expect(mine).toHaveLength(1);
      expect(mine[0]!.name).toMatch(/^chuhai_[0-9a-f]{24}$/);
      // Another text is another statement, never a clash of names.
      const other = await conn.executeQuery<{ n: number }>(
        CompiledQuery.raw(prepared(`select $1::int * 2 as n`), [21]),
      );
      expect(Number(other.rows[0]!.n)).toBe(42);
    });
  });
});
