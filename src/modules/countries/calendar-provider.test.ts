import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TestContext } from '../../../test/support/context.ts';
import { CalendarProvider } from './calendar.provider.ts';

describe.each(testDialects())('calendar provider on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    workspaceId = (await ctx.newWorkspace()).id;
  });
  afterAll(() => ctx.close());

  // On SQLite a transaction holds the only connection. A calendar another caller is still reading
  // through the pool must not be waited for from inside that transaction: both would wait forever.
  it('answers inside a transaction while the same calendar is being read outside it', async () => {
    const calendars = new CalendarProvider();
    let outside: Promise<unknown> | undefined;
    const inside = await ctx.db.transaction().execute(async (tx) => {
      outside = calendars.calendar(ctx.db, workspaceId, 'DE');
      const de = await calendars.calendar(tx, workspaceId, 'DE');
      return de.status('2026-12-25').working;
    });
    expect(inside).toBe(false);
    await expect(outside).resolves.toBeDefined();
    // Once read, one calendar serves everyone.
    expect(await calendars.calendar(ctx.db, workspaceId, 'DE')).toBe(
      await calendars.calendar(ctx.db, workspaceId, 'DE'),
    );
  });
});
