import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { quoteBody } from '../quotes/quote-body.fixture.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// Deals are dated when they are written (the real clock): the event is placed around today.
const today = new Date().toISOString().slice(0, 10);
const day = (n: number) => addDays(today, n);
const clock = { now: new Date(`${day(-5)}T12:00:00Z`) };

describe.each(testDialects())('event results on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let event: Json;
  const customers: Record<string, string> = {};
  let quoteTotal = 0;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    const rates = await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2020-01-01', rate: '1.1' },
        { currency: 'CNY', validFrom: '2020-01-01', rate: '0.14' },
      ],
    });
    expect(rates.statusCode, rates.body).toBe(200);
    // A Paris meetup five days ago (two days long), its cost in euros.
    const created = await ctx.client(org.admin).post('/events', {
      type: 'meetup',
      title: { en: 'Paris meetup' },
      venue: 'Hôtel Lutetia',
      venueCountry: 'FR',
      timeZone: 'Europe/Paris',
      startsAt: `${day(-5)}T09:00:00Z`,
      endsAt: `${day(-4)}T16:00:00Z`,
      currency: 'EUR',
      costMinor: 3000_00,
    });
    expect(created.statusCode, created.body).toBe(201);
    event = created.json();
    const people: [string, Actor, string][] = [
      ['amelie', org.eastRep, 'FR'],
      ['bernd', org.eastRep, 'DE'],
      ['claude', org.eastRep, 'FR'], // invited, did not come
      ['duda', org.westRep, 'BR'], // another team's customer: only the admin sees it
    ];
    const contactIds: Record<string, string> = {};
    for (const [key, owner, country] of people) {
      const c = await ctx.newCustomer(owner, { name: `${key} SA`, country });
      customers[key] = c.id;
      contactIds[key] = (await ctx.newContact(owner, c.id, { firstName: key })).id;
    }
    const invited = await ctx
      .client(org.admin)
      .post(`/events/${event.id}/invitations`, { contactIds: Object.values(contactIds) });
    expect(invited.statusCode, invited.body).toBe(201);
    for (const { invitation } of invited.json().created)
      if (invitation.contactId !== contactIds.claude) {
        const res = await ctx
          .client(org.admin)
          .post(`/events/${event.id}/check-in`, { invitationId: invitation.id });
        expect(res.statusCode, res.body).toBe(200);
      }

    const order = async (
      who: Actor,
      key: string,
      n: string,
      date: string,
      minor: number,
      currency: string,
      status?: string,
    ) => {
      const res = await ctx.client(who).post('/orders', {
        customerId: customers[key],
        number: n,
        orderDate: date,
        amountMinor: minor,
        currency,
        ...(status ? { status } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await order(org.eastRep, 'amelie', 'A-1', day(-3), 10_000_00, 'EUR');
    await order(org.eastRep, 'amelie', 'A-0', day(-200), 50_000_00, 'EUR'); // long before
    await order(org.eastRep, 'amelie', 'A-2', day(-2), 7_000_00, 'EUR', 'cancelled');
    await order(org.eastRep, 'claude', 'C-1', day(-3), 999_00, 'EUR'); // did not attend
    await order(org.westRep, 'duda', 'D-1', day(-1), 40_000_00, 'BRL'); // no rate for reais
    const deal = await ctx.client(org.eastRep).post('/deals', {
      customerId: customers.bernd,
      title: 'Pumps for Bernd',
      amountMinor: 5_000_00,
      currency: 'USD',
      expectedCloseDate: day(30),
    });
    expect(deal.statusCode, deal.body).toBe(201);
    const [pipeline] = (await ctx.client(org.admin).get('/pipelines')).json().items;
    const won = pipeline.stages.find((s: Json) => s.kind === 'won').id;
    const moved = await ctx.client(org.admin).patch(`/deals/${deal.json().id}`, { stageId: won });
    expect(moved.statusCode, moved.body).toBe(200);
    const quote = await ctx
      .client(org.eastRep)
      .post('/quotes', quoteBody(customers.bernd!, { quoteDate: day(-2), validUntil: day(28) }));
    expect(quote.statusCode, quote.body).toBe(201);
    quoteTotal = quote.json().totalMinor;
  });
  afterAll(() => ctx.close());

  it('counts the attendees’ deals, quotes and orders within 90 days, converted to the reporting currency', async () => {
    const res = await ctx.client(org.admin).get(`/events/${event.id}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.attended).toBe(3);
    expect(r.costPerAttendeeMinor).toBe(1000_00); // €3,000 over three
    expect(r.reporting).toEqual({
      currency: 'USD',
      costMinor: 3300_00,
      costPerAttendeeMinor: 1100_00,
      costUnconverted: false,
    });
    expect(r.followUp).toMatchObject({
      from: day(-5),
      to: addDays(day(-4), 90),
      customers: 3,
      deals: { count: 1, valueMinor: 5_000_00, won: 1, wonValueMinor: 5_000_00 },
      orders: { count: 2, valueMinor: 11_000_00 }, // the reais are counted, never added
      unconverted: 1,
    });
    expect(r.followUp.quotes.count).toBe(1);
    // The quote in yuan at 0.14 (to the cent, as the rate table rounds).
    expect(Math.abs(r.followUp.quotes.valueMinor - quoteTotal * 0.14)).toBeLessThanOrEqual(1);
  });

  it('counts only what the caller can see', async () => {
    const r = (await ctx.client(org.eastRep).get(`/events/${event.id}/results`)).json();
    expect(r.attended).toBe(2);
    expect(r.followUp).toMatchObject({
      customers: 2,
      orders: { count: 1, valueMinor: 11_000_00 },
      unconverted: 0,
    });
    expect(r.reporting.costPerAttendeeMinor).toBe(1650_00);
  });

  it('says when the cost cannot be converted, and adds no currencies', async () => {
    const patched = await ctx
      .client(org.admin)
      .patch(`/events/${event.id}`, { currency: 'BRL', costMinor: 9_000_00 });
    expect(patched.statusCode, patched.body).toBe(200);
    const r = (await ctx.client(org.admin).get(`/events/${event.id}/results`)).json();
    expect(r.reporting).toEqual({
      currency: 'USD',
      costMinor: null,
      costPerAttendeeMinor: null,
      costUnconverted: true,
    });
    expect(r.costPerAttendeeMinor).toBe(3000_00);
    expect((await ctx.client(org.admin).get('/events/nope/results')).statusCode).toBe(404);
  });
});
