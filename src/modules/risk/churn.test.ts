import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { seedMessage } from '../../../test/support/mail-world.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { CHURN_SCORES_ALL } from './churn-score-job.ts';

const today = new Date().toISOString().slice(0, 10);

describe.each(testDialects())('churn risk on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let risky: { id: string };
  let steady: { id: string };
  let west: { id: string };
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    risky = await ctx.newCustomer(org.eastRep, { name: 'Lapsing Imports Ltd', country: 'GB' });
    steady = await ctx.newCustomer(org.eastRep, { name: 'Steady Buyer GmbH', country: 'DE' });
    west = await ctx.newCustomer(org.westRep, { name: 'West Lapsing SA', country: 'GB' });
    const order = (actor: typeof org.eastRep, customerId: string, n: string, daysAgo: number) =>
      ctx.client(actor).post('/orders', {
        customerId,
        number: n,
        orderDate: addDays(today, -daysAgo),
        amountMinor: 5_000_00,
        currency: 'USD',
      });
    // Every 40 days, the last one 120 days ago: three rhythms late.
    for (const [i, ago] of [320, 280, 240, 200, 160, 120].entries()) {
      expect((await order(org.eastRep, risky.id, `R-${i}`, ago)).statusCode).toBe(201);
      await order(org.westRep, west.id, `W-${i}`, ago);
    }
    for (const [i, ago] of [100, 70, 40, 10].entries())
      await order(org.eastRep, steady.id, `S-${i}`, ago);
    // An open ticket and a mail from the customer ten days ago nobody answered.
    const ticket = await ctx.client(org.eastRep).post('/tickets', {
      customerId: risky.id,
      subject: 'Where is our spare part?',
      description: 'Still waiting',
      channel: 'email',
      type: 'complaint',
    });
    expect(ticket.statusCode).toBe(201);
    const mailbox = await ctx.client(org.eastRep).post('/mailboxes', {
      address: 'east@seller.example',
      imapHost: 'imap.seller.example',
      imapPort: 9,
      imapTls: 'none',
      imapUsername: 'east',
      imapPassword: 'pw',
      smtpHost: 'smtp.seller.example',
      smtpPort: 587,
      smtpTls: 'starttls',
      smtpUsername: 'east',
      smtpPassword: 'pw',
      syncSince: '2026-01-01',
    });
    const mailboxId = mailbox.json().id as string;
    const tenDaysAgo = `${addDays(today, -10)}T08:00:00.000Z`;
    await seedMessage(ctx, org.ws.id, mailboxId, risky.id, { sent_at: tenDaysAgo });
    // An answered one does not count: our reply came later in its thread.
    const asked = await seedMessage(ctx, org.ws.id, mailboxId, risky.id, { sent_at: tenDaysAgo });
    await seedMessage(ctx, org.ws.id, mailboxId, risky.id, {
      thread_id: asked.thread_id,
      direction: 'outbound',
      sent_at: `${addDays(today, -9)}T08:00:00.000Z`,
    });
    // Mail and tickets reach the stored scores the list reads with the hourly job.
    await enqueueJob(ctx.db, CHURN_SCORES_ALL, {});
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  });
  afterAll(() => ctx.close());

  it('explains a lapsing customer’s score on its risk card', async () => {
    const res = await ctx.client(org.eastRep).get(`/customers/${risky.id}/risk`);
    expect(res.statusCode).toBe(200);
    const churn = res.json().churn;
    expect(churn.reasons).toEqual([
      {
        code: 'order_overdue',
        points: 40,
        params: { daysSinceLastOrder: 120, typicalGapDays: 40, ratio: 3 },
      },
      { code: 'unanswered_mail', points: 5, params: { count: 1, oldestDays: 10 } },
      { code: 'open_tickets', points: 4, params: { count: 1, oldestDays: 0 } },
    ]);
    expect(churn).toMatchObject({ score: 49, level: 'medium' });
    const calm = (await ctx.client(org.eastRep).get(`/customers/${steady.id}/risk`)).json().churn;
    expect(calm).toEqual({ score: 0, level: 'low', reasons: [], suggestion: null });
  });

  it('ranks the churn list within the reader’s scope', async () => {
    const mine = (await ctx.client(org.eastRep).get('/risk/churn')).json();
    expect(mine.items.map((i: { name: string }) => i.name)).toEqual([
      'Lapsing Imports Ltd',
      'Steady Buyer GmbH',
    ]);
    expect(mine).toMatchObject({ total: 2, atRisk: 1 });
    // A rep of the other team sees only their own customer, never the east rep's.
    const theirs = (await ctx.client(org.westRep).get('/risk/churn')).json();
    expect(theirs.items.map((i: { customerId: string }) => i.customerId)).toEqual([west.id]);
    const admin = (await ctx.client(org.admin).get('/risk/churn?country=gb&limit=1')).json();
    expect(admin.total).toBe(2);
    expect(admin.items).toHaveLength(1);
    expect(admin.items[0]).toMatchObject({ country: 'GB', score: 49, scoredOn: today });
    // The next page: the other GB customer.
    const next = (
      await ctx.client(org.admin).get('/risk/churn?country=GB&limit=1&offset=1')
    ).json();
    expect(next).toMatchObject({ total: 2, offset: 1 });
    expect(next.items).toHaveLength(1);
    expect(next.items[0].customerId).not.toBe(admin.items[0].customerId);
  });

  it.each([
    'limit=Infinity',
    'limit=0',
    'limit=501',
    'limit=1.5',
    'offset=-1',
    'offset=x',
    'country=GBR',
    'country=1x',
    'x=1',
  ])('refuses %s', async (q) => {
    const res = await ctx.client(org.admin).get(`/risk/churn?${q}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses the anonymous', async () => {
    expect((await ctx.client().get('/risk/churn')).statusCode).toBe(401);
  });
});
