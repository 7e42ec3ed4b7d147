import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  testDialects,
  type TestDatabase,
} from '../../../test/support/databases.ts';
import { RateLimit } from './rate-limits.service.ts';

describe.each(testDialects())('rate limits kept in the database on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  it('holds for every instance on the database and forgets attempts that left the window', async () => {
    let now = Date.parse('2026-11-30T09:00:00Z');
    const clock = () => now;
    const rule = { maxAttempts: 3, windowMs: 60_000 };
    // Two instances stand for two server processes sharing one database.
    const a = new RateLimit(database.db, 'test', rule, clock);
    const b = new RateLimit(database.db, 'test', rule, clock);
    const other = new RateLimit(database.db, 'other', rule, clock);
    await a.record('1.2.3.4');
    now += 10_000;
    await b.record('1.2.3.4');
    expect(await a.retryAfter('1.2.3.4')).toBe(0);
    await a.record('1.2.3.4');
    // The first attempt leaves the window 50 s from now.
    expect(await b.retryAfter('1.2.3.4')).toBe(50);
    expect(await b.retryAfter('5.6.7.8')).toBe(0);
    expect(await other.retryAfter('1.2.3.4')).toBe(0);
    await other.record('1.2.3.4');

    now += 61_000;
    expect(await a.retryAfter('1.2.3.4')).toBe(0);
    await a.record('5.6.7.8');
    // Recording pruned this limit's expired attempts, and only this limit's.
    const rows = await database.db
      .selectFrom('rate_limit_hits')
      .select(['scope', 'key'])
      .orderBy('scope')
      .execute();
    expect(rows).toEqual([
      { scope: 'other', key: '1.2.3.4' },
      { scope: 'test', key: '5.6.7.8' },
    ]);
  });
});
