import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

describe.each(testDialects())('certificate renewals in the inbox on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const now = new Date('2026-09-01T02:00:00Z');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const leaver = await ctx.newUser(org.ws.id, 'manager');
    const add = async (key: string, ownerId: string, expiresOn: string) => {
      const res = await ctx.client(org.admin).post('/certificates', {
        standard: `ISO ${key}`,
        name: key,
        issuedOn: '2024-01-01',
        expiresOn,
        reminderBusinessDays: 20,
        ownerId,
      });
      expect(res.statusCode, res.body).toBe(201);
      ids[key] = res.json().id;
    };
    await add('east', org.eastManager.user.id, '2026-09-10'); // within 20 business days
    await add('later', org.admin.user.id, '2027-06-01'); // not yet
    await add('west', org.westManager.user.id, '2026-08-20'); // expired
    await add('orphan', leaver.user.id, '2026-09-15'); // its owner leaves
    await ctx.db.updateTable('users').set({ active: 0 }).where('id', '=', leaver.user.id).execute();
  });
  afterAll(() => ctx?.close());

  const due = async (actor: { scope: Json }, which: 'mine' | 'team' | 'all') =>
    (await ctx.services.inbox.certificates(actor.scope, which, now)).map((c: Json) => [
      c.name,
      c.state,
    ]);

  it('lists the owner’s certificates from the reminder date on, soonest to expire first', async () => {
    expect(await due(org.eastManager, 'mine')).toEqual([['east', 'renew_now']]);
    expect(await due(org.eastManager, 'team')).toEqual([['east', 'renew_now']]);
    expect(await due(org.westManager, 'mine')).toEqual([['west', 'expired']]);
    expect(await due(org.eastRep, 'mine')).toEqual([]);
    const [east] = await ctx.services.inbox.certificates(org.eastManager.scope, 'mine', now);
    expect(east).toMatchObject({
      id: ids.east,
      expiresOn: '2026-09-10',
      ownerId: org.eastManager.user.id,
      ownerGone: false,
    });
    expect(east!.remindOn <= '2026-09-01').toBe(true);
  });

  it('gives a certificate whose owner left to every admin', async () => {
    expect(await due(org.admin, 'mine')).toEqual([['orphan', 'renew_now']]);
    expect(await due(org.admin, 'all')).toEqual([
      ['west', 'expired'],
      ['east', 'renew_now'],
      ['orphan', 'renew_now'],
    ]);
    const [orphan] = await ctx.services.inbox.certificates(org.admin.scope, 'mine', now);
    expect(orphan!.ownerGone).toBe(true);
  });

  it('answers them on GET /inbox', async () => {
    const res = await ctx.client(org.admin).get('/inbox?scope=all');
    expect(res.statusCode, res.body).toBe(200);
    // Today's date is the real one here: the expired and due ones are due whatever the day.
    expect(res.json().certificates.map((c: Json) => c.id)).toEqual(
      expect.arrayContaining([ids.west, ids.east, ids.orphan]),
    );
    const rep = await ctx.client(org.eastRep).get('/inbox');
    expect(rep.json().certificates).toEqual([]);
  });
});
