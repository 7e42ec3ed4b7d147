import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import type { DialectName } from '../../src/db/database.ts';

/** A database named by URL that no test has opened: a SQLite path not yet created, or a new PostgreSQL database. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Unlike createTestDatabase (in-memory SQLite, migrated), this gives a URL other processes can
 * open — the CLI, a writer child process — and leaves it empty, as a restore target must be.
 */
export async function scratchDatabase(dialect: DialectName, dir: string): Promise<ScratchDatabase> {
  const name = `chuhai_scratch_${randomBytes(6).toString('hex')}`;
  if (dialect === 'sqlite') return { url: join(dir, `${name}.db`), drop: async () => {} };
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  await admin(base, async (c) => void (await c.query(`create database ${name}`)));
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin(base, async (c) => {
        // Give closing pools a moment before forcing the drop (see databases.ts).
        for (let i = 0; i < 50; i++) {
          const { rows } = await c.query<{ n: number }>(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (!rows[0]?.n) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await c.query(`drop database if exists ${name} with (force)`);
      }),
  };
}

async function admin(url: string, fn: (c: pg.Client) => Promise<void>): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await fn(c);
  } finally {
    await c.end();
  }
}
