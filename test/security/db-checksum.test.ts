import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../support/context.ts';
import { testDialects } from '../support/databases.ts';
import { TableDigest, tableNames } from './db-checksum.ts';

// The fuzzer and the access matrix trust this digest to see any write; on PostgreSQL it is only
// read again when a trigger saw a statement, so both databases are checked against real writes.
describe.each(testDialects())('the table checksum on %s', (dialect) => {
  let ctx: TestContext;
  let digest: TableDigest;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    digest = await TableDigest.watch(ctx.db, await tableNames(ctx.db));
  });
  afterAll(() => ctx.close());

  it('is stable, and changes on an insert, an update and a delete', async () => {
    const ws = await ctx.newWorkspace();
    const admin = await ctx.newUser(ws.id, 'admin');
    const empty = await digest.current();
    expect(await digest.current()).toBe(empty);

    const c = await ctx.newCustomer(admin, { name: 'Checksum GmbH', country: 'DE' });
    const inserted = await digest.current();
    expect(inserted).not.toBe(empty);

    await sql`update customers set name = 'Checksum AG' where id = ${c.id}`.execute(ctx.db);
    const updated = await digest.current();
    expect(updated).not.toBe(inserted);

    await sql`update customers set name = 'Checksum GmbH' where id = ${c.id}`.execute(ctx.db);
    expect(await digest.current()).toBe(inserted);

    await sql`update customers set name = 'Checksum AG' where id = 'no such id'`.execute(ctx.db);
    expect(await digest.current()).toBe(inserted);

    await sql`delete from customers where id = ${c.id}`.execute(ctx.db);
    expect(await digest.current()).not.toBe(inserted);
  });

  it('ignores only when a token was last used', async () => {
    const ws = await ctx.newWorkspace();
    const admin = await ctx.newUser(ws.id, 'admin');
    const before = await digest.current();
    await sql`update api_tokens set last_used_at = ${new Date().toISOString()}`.execute(ctx.db);
    expect(await digest.current()).toBe(before);
    await sql`update api_tokens set name = 'renamed' where user_id = ${admin.user.id}`.execute(
      ctx.db,
    );
    expect(await digest.current()).not.toBe(before);
  });
});
