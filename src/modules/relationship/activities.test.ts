import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('logging activities on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const touch = (customerId: string, occurredAt: string, summary: string) => ({
    customerId,
    type: 'email',
    direction: 'inbound',
    occurredAt,
    summary,
  });

  // The service once re-listed the customer's 50 newest activities to find the row it had just
  // written: a back-dated touch was committed and answered 404.
  it('answers 201 with the very row written, even behind 50 newer touches', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Busy Trading FZE', country: 'AE' });
    const api = ctx.client(org.eastRep);
    for (let i = 0; i < 50; i++) {
      const at = new Date(Date.UTC(2026, 9, 1 + (i % 28), 8 + (i % 9))).toISOString();
      expect((await api.post('/activities', touch(c.id, at, `Update ${i}`))).statusCode).toBe(201);
    }
    const res = await api.post(
      '/activities',
      touch(c.id, '2025-03-02T09:00:00Z', 'The first enquiry, found in an old mailbox'),
    );
    expect(res.statusCode).toBe(201);
    const { activity } = res.json();
    expect(activity).toMatchObject({
      customerId: c.id,
      customerName: 'Busy Trading FZE',
      occurredAt: '2025-03-02T09:00:00.000Z',
      summary: 'The first enquiry, found in an old mailbox',
      authorId: org.eastRep.user.id,
    });
    // Written once, and what the answer says is what was stored.
    const stored = (
      await api.get(
        `/activities?customerId=${c.id}&from=2025-01-01T00:00:00Z&to=2025-12-31T00:00:00Z`,
      )
    ).json().items;
    expect(stored).toEqual([activity]);
    // A back-dated touch does not move the customer's last touch backwards.
    const customer = await ctx.rawCustomer(org.ws.id, c.id);
    expect(customer?.last_touch_at?.startsWith('2026-10')).toBe(true);
  });

  it('changes nothing when the customer is out of scope', async () => {
    const theirs = await ctx.newCustomer(org.westRep, { name: 'Not Yours SA', country: 'BR' });
    const res = await ctx
      .client(org.eastRep)
      .post('/activities', touch(theirs.id, '2026-10-05T09:00:00Z', 'Should not land'));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('/customerId');
    const seen = (await ctx.client(org.westRep).get(`/activities?customerId=${theirs.id}`)).json();
    expect(seen.items).toEqual([]);
  });
});
