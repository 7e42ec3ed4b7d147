import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { seedMessage } from '../../../test/support/mail-world.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { MAIL_REPLY_FOLLOW_UPS } from './reply-follow-ups.ts';

// Inbound mail nobody answered for 8 business hours of the customer's calendar opens one
// follow-up for the customer's owner; a reply in the thread closes it. The calendar is the real
// one (Berlin's hours, Riyadh's Friday–Saturday weekend).
describe.each(testDialects())('follow-ups for unanswered mail on %s', (dialect) => {
  const world = { clock: new Date('2026-12-03T12:00:00Z') };
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let mailboxId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => world.clock } } });
    org = await salesOrg(ctx);
    const box = await ctx.client(org.eastRep).post('/mailboxes', {
      address: 'rep@chuhai.test',
      imapHost: '127.0.0.1',
      imapPort: 1,
      imapTls: 'none',
      imapUsername: 'unused',
      imapPassword: 'unused',
      syncSince: '2026-01-01',
    });
    expect(box.statusCode, box.body).toBe(201);
    mailboxId = box.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await ctx?.close();
  });

  const run = async (at: string) => {
    world.clock = new Date(at);
    await enqueueJob(ctx.db, MAIL_REPLY_FOLLOW_UPS, {}, { runAt: world.clock });
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const mail = async (
    customerId: string,
    over: { direction?: 'inbound' | 'outbound'; sent_at: string; thread_id?: string },
  ) => {
    const row = await seedMessage(ctx, org.ws.id, mailboxId, customerId);
    await ctx.db
      .updateTable('mail_messages')
      .set({
        sent_at: over.sent_at,
        direction: over.direction ?? 'inbound',
        ...(over.thread_id ? { thread_id: over.thread_id } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    return row;
  };
  const followUps = (customerId: string) =>
    ctx.db
      .selectFrom('follow_ups')
      .select(['id', 'assignee_id', 'due_date', 'status', 'reason'])
      .where('customer_id', '=', customerId)
      .where('reason', 'like', '%Unanswered email%')
      .execute();

  it('opens a follow-up after 8 business hours of their calendar, once, and closes it on a reply', async () => {
    const riyadh = await ctx.newCustomer(org.eastRep, { name: 'Riyadh Supply', country: 'SA' });
    const berlin = await ctx.newCustomer(org.eastRep, { name: 'Werk Berlin', country: 'DE' });
    // Riyadh, Thursday 3 Dec 2026 at 20:00 local: counted from Sunday 09:00 → due Sunday 17:00.
    const late = await mail(riyadh.id, { sent_at: '2026-12-03T17:00:00.000Z' });
    // Berlin, Thursday 10:00 local: due 18:00 the same day; answered at 11:00, so never opened.
    const answered = await mail(berlin.id, { sent_at: '2026-12-03T09:00:00.000Z' });
    await mail(berlin.id, {
      direction: 'outbound',
      sent_at: '2026-12-03T10:00:00.000Z',
      thread_id: answered.thread_id,
    });
    // Berlin, Thursday 11:00 local, unanswered: 7 h that day (11–18), 1 h on Friday → Friday
    // 10:00 local (09:00Z).
    const open = await mail(berlin.id, { sent_at: '2026-12-03T10:00:00.000Z' });

    await run('2026-12-04T08:59:00Z');
    expect(await followUps(berlin.id)).toEqual([]);
    await run('2026-12-04T09:01:00Z');
    const [fu] = await followUps(berlin.id);
    expect(fu).toMatchObject({
      assignee_id: org.eastRep.user.id,
      due_date: '2026-12-04',
      status: 'open',
    });
    expect(JSON.parse(fu!.reason).en).toContain(open.subject);
    // Friday and Saturday are Riyadh's weekend: nothing yet on Saturday evening.
    await run('2026-12-05T18:00:00Z');
    expect(await followUps(riyadh.id)).toEqual([]);
    await run('2026-12-06T14:01:00Z');
    expect(await followUps(riyadh.id)).toMatchObject([{ due_date: '2026-12-06', status: 'open' }]);
    // Runs again open nothing more.
    await run('2026-12-07T10:00:00Z');
    expect(await followUps(berlin.id)).toHaveLength(1);
    expect(await followUps(riyadh.id)).toHaveLength(1);

    // A reply in the Riyadh thread closes its follow-up.
    await mail(riyadh.id, {
      direction: 'outbound',
      sent_at: '2026-12-07T10:30:00.000Z',
      thread_id: late.thread_id,
    });
    await run('2026-12-07T11:00:00Z');
    expect(await followUps(riyadh.id)).toMatchObject([{ status: 'done' }]);
    expect(await followUps(berlin.id)).toMatchObject([{ status: 'open' }]);
    const state = await ctx.db
      .selectFrom('mail_messages')
      .select(['id', 'follow_up_state'])
      .where('id', 'in', [late.id, open.id, answered.id])
      .execute();
    expect(Object.fromEntries(state.map((s) => [s.id, s.follow_up_state]))).toEqual({
      [late.id]: 'answered',
      [open.id]: 'opened',
      [answered.id]: null,
    });
  });
});
