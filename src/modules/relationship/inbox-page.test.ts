import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { manualFollowUp } from '../../../test/support/follow-up-rows.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { newId } from '../../domain/ids.ts';
import { followUpsRepository } from './follow-ups.repository.ts';

interface Item {
  id: string;
  customerId: string;
  dueDate: string;
  bucket: string;
  nextWindow: { startUtc: string } | null;
}
interface Page {
  items: Item[];
  totals: { today: number; overdue: number };
  nextCursor: string | null;
}

/**
 * The inbox pages an admin's whole workspace: due dates on both sides of every zone's midnight,
 * customers from Auckland to Los Angeles, one in the trash, two teams. Each page is checked
 * against every open follow-up bucketed here by the customer's own date, independently of the
 * service's reads.
 */
describe.each(testDialects())('the inbox a page at a time on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  // 12:00 UTC: 04:00 on 2 December in Los Angeles, 13:00 in Berlin, 21:00 in Tokyo, and already
  // 01:00 on 3 December in Auckland
  const now = '2026-12-02T12:00:00Z';
  const zones: Record<string, string> = {
    NZ: 'Pacific/Auckland',
    DE: 'Europe/Berlin',
    JP: 'Asia/Tokyo',
    US: 'America/Los_Angeles',
  };
  const open: { id: string; customer: string; country: string; due: string; owner: string }[] = [];
  let trashed: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const dues = [
      '2026-10-01',
      '2026-11-20',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-09',
    ];
    const rows: ReturnType<typeof manualFollowUp>[] = [];
    for (const [country, actor] of [
      ['NZ', org.eastRep],
      ['DE', org.eastRep],
      ['JP', org.westRep],
      ['US', org.westRep],
      ['DE', org.eastRep2],
    ] as const) {
      const c = await ctx.newCustomer(actor, {
        name: `Customer ${country} ${rows.length}`,
        country,
      });
      for (const due of dues)
        for (let k = 0; k < 2; k++) {
          const id = newId();
          rows.push(
            manualFollowUp({
              workspace_id: org.ws.id,
              id,
              customer_id: c.id,
              assignee_id: actor.user.id,
              due_date: due,
              status: k ? 'snoozed' : 'open',
            }),
          );
          open.push({ id, customer: c.id, country, due, owner: actor.user.id });
        }
      if (country === 'US') trashed = c.id;
    }
    await followUpsRepository.insertMany(ctx.db, rows);
    // A trashed customer's follow-ups stay open but out of every inbox.
    expect((await ctx.client(org.westRep).delete(`/customers/${trashed}`)).statusCode).toBe(204);
  });
  afterAll(() => ctx.close());
  afterEach(() => vi.useRealTimers());

  /** Every open follow-up the actor's inbox should show, bucketed by the customer's own date. */
  const expected = (owners: string[] | 'all') => {
    const today: string[] = [];
    const overdue: { id: string; due: string }[] = [];
    for (const f of open) {
      if (f.customer === trashed || (owners !== 'all' && !owners.includes(f.owner))) continue;
      const local = localParts(new Date(now), zones[f.country] ?? 'UTC').date;
      if (f.due === local) today.push(f.id);
      else if (f.due < local) overdue.push({ id: f.id, due: f.due });
    }
    overdue.sort((a, b) => (a.due === b.due ? (a.id < b.id ? -1 : 1) : a.due < b.due ? -1 : 1));
    return { today, overdue: overdue.map((o) => o.id) };
  };

  const pages = async (actor: Actor, query: string, limit: number) => {
    const all: Item[] = [];
    let cursor: string | null = null;
    let first: Page | undefined;
    do {
      const q = `/inbox/follow-ups?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await ctx.client(actor).get(q);
      expect(res.statusCode).toBe(200);
      const page = res.json<Page>();
      first ??= page;
      expect(page.totals).toEqual(first.totals);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return { items: all, totals: first.totals };
  };

  it('today’s first in window order, then overdue oldest first, the same whatever the page size', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(now) });
    const want = expected('all');
    expect(want.today.length).toBeGreaterThan(0);
    expect(want.overdue.length).toBeGreaterThan(want.today.length);
    const whole = await pages(org.admin, 'scope=all', 200);
    expect(whole.totals).toEqual({ today: want.today.length, overdue: want.overdue.length });
    const ids = whole.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, want.today.length).sort()).toEqual([...want.today].sort());
    expect(ids.slice(want.today.length)).toEqual(want.overdue);
    const todays = whole.items.slice(0, want.today.length);
    expect(todays.every((i) => i.bucket === 'today')).toBe(true);
    const starts = todays.map((i) => i.nextWindow?.startUtc ?? '9');
    expect(starts).toEqual([...starts].sort());
    for (const size of [1, 3, want.today.length])
      expect((await pages(org.admin, 'scope=all', size)).items.map((i) => i.id)).toEqual(ids);
    // The inbox's first page is the same list's start, with the same totals.
    const inbox = (await ctx.client(org.admin).get('/inbox?scope=all&limit=4')).json();
    expect(inbox.followUps.map((i: Item) => i.id)).toEqual(ids.slice(0, 4));
    expect(inbox.followUpTotals).toEqual(whole.totals);
    expect(inbox.followUpsNext).toEqual(expect.any(String));
  });

  it('one bucket alone, and only what the caller may see', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(now) });
    const want = expected('all');
    const today = await pages(org.admin, 'scope=all&due=today', 2);
    expect(today.items.map((i) => i.id).sort()).toEqual([...want.today].sort());
    const overdue = await pages(org.admin, 'scope=all&due=overdue', 4);
    expect(overdue.items.map((i) => i.id)).toEqual(want.overdue);
    expect(overdue.items.every((i) => i.bucket === 'overdue')).toBe(true);

    const east = expected([org.eastRep.user.id]);
    const mine = await pages(org.eastRep, 'scope=mine', 3);
    expect(mine.totals).toEqual({ today: east.today.length, overdue: east.overdue.length });
    expect(mine.items.slice(east.today.length).map((i) => i.id)).toEqual(east.overdue);
    const team = expected([org.eastRep.user.id, org.eastRep2.user.id, org.eastManager.user.id]);
    const managed = await pages(org.eastManager, 'scope=team', 5);
    expect(managed.totals).toEqual({ today: team.today.length, overdue: team.overdue.length });
    const westIds = new Set(open.filter((f) => f.owner === org.westRep.user.id).map((f) => f.id));
    expect(managed.items.some((i) => westIds.has(i.id))).toBe(false);
  });

  it('refuses a forged cursor and a page size out of bounds, naming the field', async () => {
    for (const [query, path] of [
      ['cursor=not-a-cursor', '/cursor'],
      [`cursor=${Buffer.from('{"s":"t","o":-1}').toString('base64url')}`, '/cursor'],
      [`cursor=${Buffer.from('{"s":"o","d":3}').toString('base64url')}`, '/cursor'],
      ['limit=0', '/limit'],
      ['limit=201', '/limit'],
      ['due=upcoming', '/due'],
    ]) {
      const res = await ctx.client(org.admin).get(`/inbox/follow-ups?scope=all&${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].path, query).toBe(`/querystring${path}`);
    }
    expect((await ctx.client().get('/inbox/follow-ups')).statusCode).toBe(401);
  });
});
