import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { indiaTender } from '../../../test/support/tenders.ts';

// The clock the service reads: 1 September 2026 in Beijing, three weeks before the National Day.
const clock = { now: new Date('2026-09-01T02:00:00Z') };

describe.each(testDialects())('tenders on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const followUp = (id: string) =>
    ctx.db
      .selectFrom('follow_ups')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('records a tender: deadline in three clocks, local content class, reminders before the holidays', async () => {
    const buyer = await ctx.newCustomer(org.eastRep, { name: 'Nagpur MC', country: 'IN' });
    const res = await ctx.client(org.eastRep).post('/tenders', indiaTender(buyer.id));
    expect(res.statusCode).toBe(201);
    const t = res.json();
    expect(t).toMatchObject({
      customerName: 'Nagpur MC',
      ownerId: org.eastRep.user.id,
      country: 'IN',
      status: 'open',
      deadlineTimeZone: 'Asia/Kolkata',
      submissionDeadline: '2026-10-08T15:00',
      homeCountry: 'CN',
      warnings: [],
      requiredDocuments: [
        { name: 'ISO 9001 certificate', done: true },
        { name: 'Bank guarantee', done: false },
      ],
      evaluationCriteria: [
        { name: 'Price', weight: 70 },
        { name: 'Technical', weight: 30 },
      ],
      pricePreferencePercent: 20,
      requiresLocalPartner: true,
      requiresJointVenture: false,
    });
    // 15:00 in Kolkata is 09:30 UTC and 17:30 in Beijing (the rep has no zone of their own).
    expect(t.deadline).toMatchObject({
      at: '2026-10-08T09:30:00.000Z',
      buyer: { date: '2026-10-08', time: '15:00', timeZone: 'Asia/Kolkata' },
      viewer: { date: '2026-10-08', time: '17:30', timeZone: 'Asia/Shanghai' },
      home: { date: '2026-10-08', time: '17:30' },
      // 1 Sep → 8 Oct: 37 days, of which 22 are Chinese business days (the make-up Sunday 20 Sep
      // counts; Mid-Autumn and the National Day week do not).
      calendarDaysLeft: 37,
      businessDaysLeft: 22,
    });
    // (100 M − 45 M) / 100 M = 55 %: Class-I, and above the 50 % the tender asks.
    expect(t.localContent.declared).toMatchObject({
      baseMinor: 100_000_000_00,
      percent: 55,
      class: { code: 'class_i' },
      meetsRequirement: true,
    });
    // Five business days before 8 Oct in the home office's calendar is 23 Sep; before the
    // clarification deadline (30 Sep) it is 22 Sep. Both for the customer's owner.
    expect(t.reminders).toEqual([
      expect.objectContaining({ kind: 'submission', dueDate: '2026-09-23', status: 'open' }),
      expect.objectContaining({ kind: 'clarification', dueDate: '2026-09-22', status: 'open' }),
    ]);
    const f = await followUp(t.reminders[0].followUpId);
    expect(f).toMatchObject({ assignee_id: org.eastRep.user.id, customer_id: buyer.id });
    expect(JSON.parse(f.reason).en).toContain('GEM/2026/B/4410');
    expect(JSON.parse(f.reason).zh).toContain('按总部（CN）工作日历提前 5 个工作日提醒');
    // The rep's inbox has it as any follow-up.
    const mine = (await ctx.client(org.eastRep).get('/follow-ups')).json().items as {
      id: string;
    }[];
    expect(mine.map((x) => x.id)).toContain(t.reminders[0].followUpId);
  });

  it('moves the reminder with the deadline, cancels it with a result, and audits each change', async () => {
    const buyer = await ctx.newCustomer(org.eastRep, { name: 'Pune Water', country: 'IN' });
    const rep = ctx.client(org.eastRep);
    const t = (
      await rep.post('/tenders', { ...indiaTender(buyer.id), clarificationDeadline: null })
    ).json();
    expect(t.reminders).toHaveLength(1);
    const id = t.reminders[0].followUpId as string;
    // Extended to 12 Oct: 10, 9, 8 Oct (10 Oct is a make-up Saturday), 30, 29 Sep.
    const moved = await rep.patch(`/tenders/${t.id}`, { submissionDeadline: '2026-10-12T15:00' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().reminders).toEqual([
      { kind: 'submission', followUpId: id, dueDate: '2026-09-29', status: 'open' },
    ]);
    // Three business days instead of five: 8 Oct, the first working day after the holidays.
    const nearer = await rep.patch(`/tenders/${t.id}`, { reminderBusinessDays: 3 });
    expect(nearer.json().reminders[0]).toMatchObject({ followUpId: id, dueDate: '2026-10-08' });
    const lost = await rep.patch(`/tenders/${t.id}`, { result: 'no_bid' });
    expect(lost.json()).toMatchObject({
      status: 'decided',
      result: 'no_bid',
      resultDate: '2026-09-01',
    });
    expect((await followUp(id)).status).toBe('cancelled');
    const audit = (await ctx.client(org.admin).get(`/audit-log?entityType=tender`)).json()
      .items as { entityId: string; action: string; changes: Record<string, unknown> }[];
    const mine = audit.filter((a) => a.entityId === t.id);
    expect(mine.map((a) => a.action).sort()).toEqual(['create', 'update', 'update', 'update']);
    expect(mine.some((a) => 'submissionDeadline' in a.changes)).toBe(true);
    // Deleting it leaves no tender, and the follow-up history stays.
    expect((await rep.delete(`/tenders/${t.id}`)).statusCode).toBe(204);
    expect((await rep.get(`/tenders/${t.id}`)).statusCode).toBe(404);
    expect((await followUp(id)).status).toBe('cancelled');
  });

  it('keeps a reminder the rep has dealt with when the tender is edited; a new deadline plans a new one', async () => {
    const buyer = await ctx.newCustomer(org.eastRep, { name: 'Nagpur Metro', country: 'IN' });
    const rep = ctx.client(org.eastRep);
    const t = (
      await rep.post('/tenders', { ...indiaTender(buyer.id), clarificationDeadline: null })
    ).json();
    const id = t.reminders[0].followUpId as string;
    expect((await rep.patch(`/follow-ups/${id}`, { status: 'done' })).statusCode).toBe(200);
    const renamed = await rep.patch(`/tenders/${t.id}`, { title: 'Metro pumps, lot 2' });
    expect(renamed.json().reminders).toEqual([
      expect.objectContaining({ followUpId: id, status: 'done' }),
    ]);
    const extended = await rep.patch(`/tenders/${t.id}`, {
      submissionDeadline: '2026-10-12T15:00',
    });
    const [next] = extended.json().reminders as { followUpId: string; status: string }[];
    expect(next).toMatchObject({ status: 'open', dueDate: '2026-09-29' });
    expect(next!.followUpId).not.toBe(id);
    expect((await followUp(id)).status).toBe('done');
  });

  it('takes a past deadline for a tender entered afterwards, flags it, and plans no reminder', async () => {
    const buyer = await ctx.newCustomer(org.eastRep, { name: 'Almaty Energo', country: 'KZ' });
    const res = await ctx.client(org.eastRep).post('/tenders', {
      customerId: buyer.id,
      reference: 'KZ-2026-77',
      title: 'Transformers',
      submissionDeadline: '2026-06-30T12:00',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'awaiting_result',
      warnings: ['deadline_passed'],
      reminders: [],
      deadlineTimeZone: 'Asia/Almaty',
      deadline: { passed: true, businessDaysLeft: 0 },
    });
    const decided = await ctx
      .client(org.eastRep)
      .patch(`/tenders/${res.json().id}`, { result: 'cancelled', resultDate: '2026-07-15' });
    expect(decided.json()).toMatchObject({ warnings: [], status: 'decided' });
  });

  it('shows the deadline in the viewer’s own zone', async () => {
    const buyer = await ctx.newCustomer(org.eastRep, { name: 'Jeddah Ports', country: 'SA' });
    const t = (
      await ctx.client(org.eastRep).post('/tenders', {
        customerId: buyer.id,
        reference: 'SA-1',
        title: 'Cranes',
        submissionDeadline: '2026-10-08T10:00',
      })
    ).json();
    const got = await ctx
      .client(org.eastRep)
      .get(`/tenders/${t.id}?timeZone=${encodeURIComponent('Europe/Berlin')}`);
    expect(got.json().deadline).toMatchObject({
      buyer: { time: '10:00', timeZone: 'Asia/Riyadh' },
      viewer: { time: '09:00', timeZone: 'Europe/Berlin' },
      home: { time: '15:00' },
    });
    expect(
      (await ctx.client(org.eastRep).get(`/tenders/${t.id}?timeZone=Mars/Base`)).statusCode,
    ).toBe(400);
  });

  it('lists by deadline with filters and pages', async () => {
    const buyer = await ctx.newCustomer(org.eastRep2, { name: 'Lagos Grid', country: 'NG' });
    const rep2 = ctx.client(org.eastRep2);
    for (const [i, d] of ['2026-11-20T10:00', '2026-11-10T10:00', '2026-11-15T10:00'].entries())
      expect(
        (
          await rep2.post('/tenders', {
            customerId: buyer.id,
            reference: `NG-${i}`,
            title: `Lot ${i}`,
            submissionDeadline: d,
          })
        ).statusCode,
      ).toBe(201);
    const first = (await rep2.get('/tenders?limit=2&status=open')).json();
    expect(first.items.map((t: { reference: string }) => t.reference)).toEqual(['NG-1', 'NG-2']);
    const second = (
      await rep2.get(`/tenders?limit=2&status=open&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((t: { reference: string }) => t.reference)).toEqual(['NG-0']);
    expect(second.nextCursor).toBeNull();
    const ranged = (
      await rep2.get('/tenders?deadlineFrom=2026-11-12&deadlineTo=2026-11-15')
    ).json();
    expect(ranged.items.map((t: { reference: string }) => t.reference)).toEqual(['NG-2']);
    const desc = (await rep2.get(`/tenders?order=desc&customerId=${buyer.id}`)).json();
    expect(desc.items.map((t: { reference: string }) => t.reference)).toEqual([
      'NG-0',
      'NG-2',
      'NG-1',
    ]);
    expect((await rep2.get('/tenders?country=ng&status=decided')).json().items).toEqual([]);
    expect((await rep2.get('/tenders?status=soon')).statusCode).toBe(400);
  });
});
