import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const clock = { now: new Date('2026-10-01T00:00:00Z') };

// The Canton Fair's first phase: 15 Oct 2026 09:00 to 19 Oct 18:00 in Guangzhou.
const fair = {
  type: 'trade_show',
  title: { en: 'Canton Fair booth', 'zh-CN': '广交会展位', fr: 'Stand à la Foire de Canton' },
  venue: 'Pazhou Complex, Hall 9.1',
  venueCountry: 'cn',
  timeZone: 'Asia/Shanghai',
  startsAt: '2026-10-15T09:00:00+08:00',
  endsAt: '2026-10-19T18:00:00+08:00',
  rsvpDeadline: '2026-10-10T00:00:00Z',
  capacity: 3,
  maxGuests: 1,
  currency: 'USD',
  costMinor: 1_200_00,
};

describe.each(testDialects())('customer events on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let event: Json;
  const contacts: Record<string, Json> = {};
  const links: Record<string, string> = {};
  const invitations: Record<string, Json> = {};

  beforeAll(async () => {
    clock.now = new Date('2026-10-01T00:00:00Z');
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    const people = [
      ['anna', org.eastRep, 'DE', 'Berliner Pumpen', 'Anna', 'de'],
      ['faisal', org.eastRep, 'SA', 'Riyadh Water', 'Faisal', 'ar'],
      ['joao', org.westRep, 'BR', 'Bombas Paulista', 'João', 'pt-BR'],
      ['claire', org.westRep, 'FR', 'Pompes Lyon', 'Claire', undefined],
    ] as const;
    for (const [key, who, country, name, firstName, lang] of people) {
      const c = await ctx.newCustomer(who, { name, country });
      contacts[key] = await ctx.newContact(who, c.id, {
        firstName,
        ...(lang ? { preferredLanguage: lang } : {}),
      });
    }
    const res = await ctx.client(org.admin).post('/events', fair);
    expect(res.statusCode, res.body).toBe(201);
    event = res.json();
  });
  afterAll(() => ctx.close());

  const count = async (table: 'customer_events' | 'event_invitations') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const checkedIn = async (key: string) =>
    (
      await ctx.db
        .selectFrom('event_invitations')
        .select('checked_in_at')
        .where('id', '=', invitations[key]!.id)
        .executeTakeFirstOrThrow()
    ).checked_in_at;
  const rsvp = (key: string, body?: object) =>
    body
      ? ctx.client().post(`/public/rsvp/${links[key]}`, body)
      : ctx.client().get(`/public/rsvp/${links[key]}`);

  it('keeps the venue’s clock and refuses impossible events, writing nothing', async () => {
    expect(event.local).toEqual({
      startDate: '2026-10-15',
      startTime: '09:00',
      endDate: '2026-10-19',
      endTime: '18:00',
    });
    expect(event.venueCountry).toBe('CN');
    const before = await count('customer_events');
    for (const [patch, path, code] of [
      [{ endsAt: '2026-10-14T00:00:00Z' }, '/endsAt', 'after_start'],
      [{ rsvpDeadline: '2026-10-16T00:00:00Z' }, '/rsvpDeadline', 'before_event_start'],
      [{ timeZone: 'Mars/Olympus' }, '/timeZone', 'time_zone'],
      [{ title: { en: '  ' } }, '/title', 'event_title'],
    ] as const) {
      const res = await ctx.client(org.admin).post('/events', { ...fair, ...patch });
      expect(res.statusCode, path).toBe(400);
      expect(res.json().errors.map((e: Json) => [e.path, e.code])).toContainEqual([path, code]);
    }
    expect(await count('customer_events')).toBe(before);
  });

  it('invites contacts in their own language, only those in the inviter’s scope', async () => {
    const east = await ctx.client(org.eastRep).post(`/events/${event.id}/invitations`, {
      contactIds: [contacts.anna.id, contacts.faisal.id],
    });
    expect(east.statusCode, east.body).toBe(201);
    for (const { invitation, link } of east.json().created) {
      const key = invitation.contactName === 'Anna' ? 'anna' : 'faisal';
      links[key] = link.replace('/rsvp/', '');
      invitations[key] = invitation;
    }
    expect([invitations.anna.language, invitations.faisal.language]).toEqual(['de', 'ar']);
    // The fair opens at 03:00 in Berlin; Faisal is reminded on Wednesday 14 Oct, 10:00 in Riyadh.
    expect(invitations.anna.invitee).toEqual({
      date: '2026-10-15',
      time: '03:00',
      timeZone: 'Europe/Berlin',
    });
    expect(invitations.faisal.reminderAt).toBe('2026-10-14T07:00:00.000Z');

    const before = await count('event_invitations');
    const stranger = await ctx.client(org.eastRep).post(`/events/${event.id}/invitations`, {
      contactIds: [contacts.anna.id, contacts.joao.id],
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors[0]).toMatchObject({
      path: '/contactIds/1',
      code: 'not_in_scope',
    });
    expect(await count('event_invitations')).toBe(before);

    const west = await ctx.client(org.westRep).post(`/events/${event.id}/invitations`, {
      contactIds: [contacts.joao.id, contacts.claire.id, contacts.claire.id],
    });
    expect(west.statusCode, west.body).toBe(201);
    for (const { invitation, link } of west.json().created) {
      const key = invitation.contactName === 'João' ? 'joao' : 'claire';
      links[key] = link.replace('/rsvp/', '');
      invitations[key] = invitation;
    }
    expect(invitations.claire.language).toBe('fr');
    const again = await ctx
      .client(org.westRep)
      .post(`/events/${event.id}/invitations`, { contactIds: [contacts.joao.id] });
    expect(again.json()).toEqual({ created: [], skipped: 1 });

    const seen = async (who: Json) =>
      (await ctx.client(who).get(`/events/${event.id}/invitations`))
        .json()
        .items.map((i: Json) => i.contactName)
        .sort();
    expect(await seen(org.eastRep)).toEqual(['Anna', 'Faisal']);
    expect(await seen(org.admin)).toEqual(['Anna', 'Claire', 'Faisal', 'João']);
  });

  it('shows an invitee only their invitation, in their language and script', async () => {
    const faisal = (await rsvp('faisal')).json();
    expect(faisal.dir).toBe('rtl');
    expect(faisal.labels.question).toBe('هل ستحضر؟');
    expect(faisal.event.title).toBe('Canton Fair booth');
    expect(faisal.event.yourClock).toEqual({
      date: '2026-10-15',
      time: '04:00',
      timeZone: 'Asia/Riyadh',
    });
    const claire = (await rsvp('claire')).json();
    expect([claire.dir, claire.event.title, claire.labels.yes]).toEqual([
      'ltr',
      'Stand à la Foire de Canton',
      'Oui, je serai présent',
    ]);
    expect(JSON.stringify(claire)).not.toMatch(/Anna|Faisal|Berliner|120000|costMinor/);
    expect((await ctx.client().get('/public/rsvp/not-a-real-token-at-all-000')).statusCode).toBe(
      404,
    );
  });

  it('seats confirmed guests up to the capacity, then keeps a waiting list in order', async () => {
    expect((await rsvp('anna', { answer: 'yes', guests: 1 })).json().invitation.status).toBe('yes');
    expect((await rsvp('faisal', { answer: 'yes' })).json().invitation.status).toBe('yes');
    expect(
      (await rsvp('claire', { answer: 'yes', dietary: 'végétarien' })).json().invitation.status,
    ).toBe('waitlisted');
    const tooMany = await rsvp('joao', { answer: 'yes', guests: 2 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0]).toMatchObject({ path: '/guests', code: 'guests_not_allowed' });
    expect((await rsvp('joao')).json().invitation.status).toBe('invited');

    // Anna withdraws: her two seats go to Claire, first on the list.
    expect((await rsvp('anna', { answer: 'no' })).json().invitation.status).toBe('no');
    expect((await rsvp('claire')).json().invitation.status).toBe('yes');
    expect((await ctx.client(org.admin).get(`/events/${event.id}`)).json().seatsTaken).toBe(2);

    const shrink = await ctx.client(org.admin).patch(`/events/${event.id}`, { capacity: 1 });
    expect(shrink.statusCode).toBe(400);
    expect(shrink.json().errors[0]).toMatchObject({
      path: '/capacity',
      code: 'capacity_below_confirmed',
      params: { confirmed: 2 },
    });
    expect(
      (await ctx.client(org.eastRep).patch(`/events/${event.id}`, { capacity: 9 })).statusCode,
    ).toBe(403);
  });

  it('refuses answers after the deadline', async () => {
    clock.now = new Date('2026-10-10T00:00:01Z');
    const late = await rsvp('joao', { answer: 'yes' });
    expect(late.statusCode).toBe(409);
    expect(late.json().errors[0].code).toBe('rsvp_closed');
    expect((await rsvp('joao')).json().event.open).toBe(false);
  });

  it('checks a guest in: attendance on the timeline, a thank-you on their next business day', async () => {
    const early = await ctx
      .client(org.westRep)
      .post(`/events/${event.id}/check-in`, { invitationId: invitations.claire.id });
    expect(early.statusCode).toBe(409);
    clock.now = new Date('2026-10-15T03:00:00Z');
    const res = await ctx
      .client(org.westRep)
      .post(`/events/${event.id}/check-in`, { invitationId: invitations.claire.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().checkedInAt).toBe('2026-10-15T03:00:00.000Z');
    const customerId = invitations.claire.customerId;
    const acts = (await ctx.client(org.westRep).get(`/activities?customerId=${customerId}`)).json();
    expect(acts.items.map((a: Json) => a.summary)).toContain('Attended: Canton Fair booth');
    const follow = (
      await ctx.client(org.westRep).get(`/follow-ups?customerId=${customerId}&scope=all`)
    ).json();
    // The fair ends Monday 19 Oct in the evening in Guangzhou, midday in Lyon: thanked on Tuesday.
    expect(follow.items.map((f: Json) => f.dueDate)).toContain('2026-10-20');
    const again = await ctx
      .client(org.westRep)
      .post(`/events/${event.id}/check-in`, { invitationId: invitations.claire.id });
    expect(again.json().checkedInAt).toBe('2026-10-15T03:00:00.000Z');
    const foreign = await ctx
      .client(org.westRep)
      .post(`/events/${event.id}/check-in`, { invitationId: invitations.faisal.id });
    expect(foreign.statusCode).toBe(400);

    const results = (await ctx.client(org.admin).get(`/events/${event.id}/results`)).json();
    expect(results.byCountry).toEqual([
      { country: 'BR', invited: 1, responded: 0, confirmed: 0, attended: 0 },
      { country: 'DE', invited: 1, responded: 1, confirmed: 0, attended: 0 },
      { country: 'FR', invited: 1, responded: 1, confirmed: 1, attended: 1 },
      { country: 'SA', invited: 1, responded: 1, confirmed: 1, attended: 0 },
    ]);
    expect(results.costPerAttendeeMinor).toBe(1_200_00);
    const east = (await ctx.client(org.eastRep).get(`/events/${event.id}/results`)).json();
    expect(east.byCountry.map((r: Json) => r.country)).toEqual(['DE', 'SA']);
  });

  it('checks a guest in by the code on their RSVP page, scanned as a link or typed', async () => {
    clock.now = new Date('2026-10-16T08:00:00Z');
    const west = ctx.client(org.westRep);
    const post = (body: object) => west.post(`/events/${event.id}/check-in`, body);
    const both = await post({ invitationId: invitations.joao.id, code: links.joao });
    expect(both.json().errors[0]).toMatchObject({
      path: '/invitationId',
      code: 'invitation_or_code',
    });
    expect((await post({})).statusCode).toBe(400);
    const unknown = await post({ code: 'https://x.test/rsvp/%E0%A4%A' });
    expect(unknown.json().errors[0]).toMatchObject({
      path: '/code',
      code: 'not_invitation_of_event',
    });
    // Another rep's guest: the code of an invitation outside the scope finds nothing.
    const foreign = await ctx.client(org.eastRep).post(`/events/${event.id}/check-in`, {
      code: links.joao,
    });
    expect(foreign.statusCode).toBe(400);
    expect(await checkedIn('joao')).toBeNull();

    const scanned = await post({ code: ` https://crm.example/rsvp/${links.joao}?x=1\n` });
    expect(scanned.statusCode, scanned.body).toBe(200);
    expect(scanned.json()).toMatchObject({
      id: invitations.joao.id,
      checkedInAt: '2026-10-16T08:00:00.000Z',
    });
  });

  it('lists a customer’s invitations with their events, only for a customer in scope', async () => {
    const customerId = invitations.claire.customerId as string;
    const mine = await ctx.client(org.westRep).get(`/customers/${customerId}/event-invitations`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        invitationId: invitations.claire.id,
        contactName: expect.stringContaining('Claire'),
        status: 'yes',
        checkedInAt: '2026-10-15T03:00:00.000Z',
        event: expect.objectContaining({
          id: event.id,
          title: expect.objectContaining({ en: 'Canton Fair booth', 'zh-CN': '广交会展位' }),
          venueCountry: 'CN',
        }),
      }),
    ]);
    const other = await ctx.client(org.eastRep).get(`/customers/${customerId}/event-invitations`);
    expect(other.statusCode).toBe(404);
  });

  it('another workspace sees no event', async () => {
    const other = await ctx.newWorkspace();
    const admin = await ctx.newUser(other.id, 'admin');
    expect((await ctx.client(admin).get(`/events/${event.id}`)).statusCode).toBe(404);
    expect((await ctx.client(admin).get('/events')).json().items).toEqual([]);
  });
});
