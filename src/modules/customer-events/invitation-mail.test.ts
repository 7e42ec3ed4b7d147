import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContainer } from '../../app/container.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { SmtpReceiver, type Received } from '../../../test/support/smtp-receiver.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const SMTP_USER = 'events.sender';
const SMTP_PASSWORD = 'smtp-pass-活动-3';
const PUBLIC_URL = 'https://crm.example.test';
const SECRET = 'events-mail-test-secret-0123456789abcdef';
const clock = { now: new Date('2026-10-01T00:00:00Z') };

// 15 Oct 2026 (a Thursday) 15:00 in Guangzhou = 07:00 UTC: 09:00 in Paris and Berlin, 10:00 in
// Riyadh, 04:00 in São Paulo.
const fair = {
  type: 'trade_show',
  title: {
    en: 'Canton Fair booth',
    fr: 'Stand à la Foire de Canton',
    de: 'Messestand auf der Kanton-Messe',
    ar: 'جناحنا في معرض كانتون',
  },
  description: { en: 'Hall 9.1, booth B12.', fr: 'Hall 9.1, stand B12.' },
  venue: 'Pazhou Complex, Hall 9.1',
  venueCountry: 'CN',
  timeZone: 'Asia/Shanghai',
  startsAt: '2026-10-15T15:00:00+08:00',
  endsAt: '2026-10-19T18:00:00+08:00',
  rsvpDeadline: '2026-10-10T10:00:00Z',
  maxGuests: 1,
  currency: 'USD',
};

describe.each(testDialects())('invitation and reminder mails on %s', (dialect) => {
  let ctx: TestContext;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let event: Json;
  let mailboxAddress: string;
  const contacts: Record<string, Json> = {};
  const invitations: Record<string, Json> = {};
  let claireLink = '';
  const container = () => ({
    jobs: { now: () => clock.now },
    mail: { allowPrivateHosts: true, publicUrl: PUBLIC_URL },
    secret: SECRET,
  });

  beforeAll(async () => {
    clock.now = new Date('2026-10-01T00:00:00Z');
    ctx = await TestContext.create(dialect, { container: container() });
    smtp = await SmtpReceiver.start({ [SMTP_USER]: SMTP_PASSWORD });
    org = await salesOrg(ctx);
    mailboxAddress = await connect(org.eastRep);
    const people = [
      ['claire', 'FR', 'Pompes Lyon', 'Claire', undefined, true],
      ['faisal', 'SA', 'Riyadh Water', 'فيصل', 'ar', true],
      ['anna', 'DE', 'Berliner Pumpen', 'Anna', 'de', true],
      ['joao', 'BR', 'Bombas Paulista', 'João', 'pt-BR', true],
      // asks for Italian, which no invitation is written in: their country's German, as templates do
      ['luca', 'CH', 'Zürcher Pumpen', 'Luca', 'it', true],
      ['nomail', 'DE', 'Ohne Post', 'Otto', 'de', false],
    ] as const;
    for (const [key, country, name, firstName, lang, email] of people) {
      const c = await ctx.newCustomer(org.eastRep, { name, country });
      contacts[key] = await ctx.newContact(org.eastRep, c.id, {
        firstName,
        ...(lang ? { preferredLanguage: lang } : {}),
        ...(email ? { emails: [`${key}@${country.toLowerCase()}.example`] } : {}),
      });
    }
    const res = await ctx.client(org.eastRep).post('/events', fair);
    expect(res.statusCode, res.body).toBe(201);
    event = res.json();
    const invited = await ctx.client(org.eastRep).post(`/events/${event.id}/invitations`, {
      contactIds: Object.values(contacts).map((c) => c.id),
    });
    expect(invited.statusCode, invited.body).toBe(201);
    for (const { invitation } of invited.json().created)
      invitations[Object.keys(contacts).find((k) => contacts[k].id === invitation.contactId)!] =
        invitation;
  });
  afterAll(async () => {
    await smtp?.stop();
    await ctx?.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  async function connect(owner: Actor): Promise<string> {
    const address = `${owner.user.id.slice(-6).toLowerCase()}@chuhai.test`;
    const res = await ctx.client(owner).post('/mailboxes', {
      address,
      imapHost: '127.0.0.1',
      imapPort: 1,
      imapTls: 'none',
      imapUsername: 'unused',
      imapPassword: 'unused',
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'none',
      smtpUsername: SMTP_USER,
      smtpPassword: SMTP_PASSWORD,
      syncSince: '2026-01-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    return address;
  }
  const runDue = async (c = ctx.services) => {
    while ((await c.jobs.runner.tick()).length) await c.jobs.runner.drain();
  };
  const to = (key: string): Received => {
    const hit = smtp.received.find((m) => m.envelope.to[0] === contacts[key].emails[0]);
    if (!hit) throw new Error(`no mail to ${key}`);
    return hit;
  };
  const linkIn = (m: Received) => {
    const found = new RegExp(`${PUBLIC_URL}/rsvp/(\\S+)`).exec(m.parsed.text ?? '');
    if (!found) throw new Error('no RSVP link');
    return found[1]!;
  };
  const jobs = async () =>
    (
      await ctx.db
        .selectFrom('jobs')
        .select('id')
        .where('kind', 'in', ['events.invitation-mail', 'events.reminder-mail'])
        .execute()
    ).length;

  it('refuses a mailbox that is not the sender’s own, and an invitation of another event, queuing nothing', async () => {
    const other = await ctx.client(org.westRep).post(`/events/${event.id}/invitations/send`, {
      mailboxId: (await ctx.db.selectFrom('mailboxes').select('id').executeTakeFirstOrThrow()).id,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors).toEqual([
      expect.objectContaining({ path: '/mailboxId', code: 'mail_no_smtp' }),
    ]);
    const wrong = await ctx.client(org.eastRep).post(`/events/${event.id}/invitations/send`, {
      invitationIds: [invitations.claire.id, 'not-an-invitation'],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({
      path: '/invitationIds/1',
      code: 'not_invitation_of_event',
    });
    // A colleague without a mailbox, for an event they own: nothing to send from.
    const own = await ctx.client(org.westRep).post('/events', { ...fair, title: { en: 'Dinner' } });
    const none = await ctx
      .client(org.westRep)
      .post(`/events/${own.json().id}/invitations/send`, {});
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0]).toMatchObject({ path: '/mailboxId', code: 'mail_no_smtp' });
    expect(await ctx.client(org.westRep).post('/events/nope/invitations/send', {})).toMatchObject({
      statusCode: 404,
    });
    expect(await jobs()).toBe(0);
  });

  it('mails each invitee in their language with their own RSVP link and the times on their clock', async () => {
    const res = await ctx.client(org.eastRep).post(`/events/${event.id}/invitations/send`, {});
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({
      queued: 5,
      skipped: [{ invitationId: invitations.nomail.id, reason: 'contact_no_email' }],
    });
    await runDue();
    expect(smtp.received).toHaveLength(5);

    const claire = to('claire'); // no language of her own: France's
    expect(claire.user).toBe(SMTP_USER);
    expect(claire.parsed.from?.value[0]?.address).toBe(mailboxAddress);
    expect(claire.parsed.subject).toBe('Invitation : Stand à la Foire de Canton');
    expect(claire.parsed.text).toContain('Bonjour Claire,');
    expect(claire.parsed.text).toContain('Hall 9.1, stand B12.');
    expect(claire.parsed.text).toContain(
      'Votre heure: jeudi 15 octobre 2026 à 09:00 (Europe/Paris)',
    );
    expect(claire.parsed.text).toContain('jeudi 15 octobre 2026 à 15:00 (Asia/Shanghai)');
    // the deadline on her clock: 10 Oct 10:00 UTC is noon in Paris
    expect(claire.parsed.text).toContain('avant le samedi 10 octobre 2026 à 12:00 (Europe/Paris)');
    expect(claire.raw.toString('latin1')).toMatch(/charset=utf-8/i);

    const faisal = to('faisal');
    expect(faisal.parsed.subject).toBe('دعوة: جناحنا في معرض كانتون');
    expect(faisal.parsed.text).toContain('١٠:٠٠'); // 10:00 in Riyadh, in Arabic digits
    expect(faisal.parsed.text).toContain('(Asia/Riyadh)');
    expect(to('anna').parsed.text).toContain(
      'Donnerstag, 15. Oktober 2026 um 09:00 (Europe/Berlin)',
    );
    expect(to('luca').parsed.subject).toBe('Einladung: Messestand auf der Kanton-Messe');
    const joao = to('joao');
    expect(joao.parsed.subject).toBe('Convite: Canton Fair booth'); // no Portuguese title: English
    expect(joao.parsed.text).toContain('quinta-feira, 15 de outubro de 2026 às 04:00');

    // The link in the mail is the invitation's own: it opens and answers that invitation.
    claireLink = linkIn(claire);
    const page = await ctx.client().get(`/public/rsvp/${linkIn(claire)}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ language: 'fr', invitation: { name: 'Claire' } });
    const no = await ctx.client().post(`/public/rsvp/${linkIn(faisal)}`, { answer: 'no' });
    expect(no.statusCode, no.body).toBe(200);
    // The event counts the answers of every customer (what deleting it asks about), names none.
    const counted = await ctx.client(org.westRep).get(`/events/${event.id}`);
    expect(counted.json()).toMatchObject({ answered: 1, coming: 0 });

    // Sent mail is on the customer's mail and timeline, and shown on the invitation.
    const stored = await ctx.db
      .selectFrom('mail_messages')
      .select(['subject', 'customer_id'])
      .where('customer_id', '=', invitations.claire.customerId)
      .execute();
    expect(stored.map((m) => m.subject)).toEqual(['Invitation : Stand à la Foire de Canton']);
    const list = (await ctx.client(org.eastRep).get(`/events/${event.id}/invitations`)).json();
    const row = list.items.find((i: Json) => i.id === invitations.claire.id);
    expect(row.mail).toMatchObject({ status: 'sent', reminderStatus: 'queued', error: null });
    expect(row.mail.sentAt).toBe(clock.now.toISOString());
    expect(list.items.find((i: Json) => i.id === invitations.nomail.id).mail).toBeNull();

    // Sending again queues nobody: everyone reachable was mailed.
    const again = await ctx.client(org.eastRep).post(`/events/${event.id}/invitations/send`, {});
    expect(again.json().queued).toBe(0);
  });

  it('reminds at each invitee’s reminder time, not those who declined or checked in, across a restart', async () => {
    // Anna arrives early and is checked in the day before (check-in opens then).
    clock.now = new Date('2026-10-14T06:00:00Z');
    await runDue();
    expect(smtp.received).toHaveLength(0); // 10:00 Paris/Berlin/Zurich is 08:00 UTC
    const checkIn = await ctx
      .client(org.eastRep)
      .post(`/events/${event.id}/check-in`, { invitationId: invitations.anna.id });
    expect(checkIn.statusCode, checkIn.body).toBe(200);

    // 10:00 on Wednesday 14 Oct in Paris and Zurich (Riyadh's 07:00 UTC has passed too: Faisal declined).
    clock.now = new Date('2026-10-14T09:00:00Z');
    await runDue();
    expect(smtp.received.map((m) => m.envelope.to[0]).sort()).toEqual([
      contacts.claire.emails[0],
      contacts.luca.emails[0],
    ]);
    const claire = to('claire');
    expect(claire.parsed.subject).toBe('Rappel : Stand à la Foire de Canton');
    expect(claire.parsed.text).toContain('Votre heure: jeudi 15 octobre 2026 à 09:00');
    expect(linkIn(claire)).toBe(claireLink); // the same link, written again
    const status = async (key: string) =>
      (
        await ctx.db
          .selectFrom('event_invitations')
          .select('reminder_status')
          .where('id', '=', invitations[key].id)
          .executeTakeFirstOrThrow()
      ).reminder_status;
    expect(await status('anna')).toBe('skipped');
    expect(await status('faisal')).toBe('skipped');
    expect(await status('joao')).toBe('queued');

    // The server restarts: a new container on the same database sends João's at 10:00 São Paulo.
    smtp.received.length = 0;
    const restarted = createContainer(ctx.db, container());
    clock.now = new Date('2026-10-14T13:00:01Z');
    await runDue(restarted);
    expect(smtp.received).toHaveLength(1);
    const joao = to('joao');
    expect(joao.parsed.subject).toBe('Lembrete: Canton Fair booth');
    expect(joao.parsed.text).toContain('às 04:00 (America/Sao_Paulo)');
    expect(await status('joao')).toBe('sent');
    await runDue(restarted);
    expect(smtp.received).toHaveLength(1); // once
  });

  it('moves the reminders with the event: the old instant sends nothing', async () => {
    clock.now = new Date('2026-10-01T00:00:00Z');
    const res = await ctx.client(org.eastRep).post('/events', {
      ...fair,
      rsvpDeadline: null,
      startsAt: '2026-11-05T15:00:00+08:00',
      endsAt: '2026-11-05T18:00:00+08:00',
    });
    const e = res.json();
    const inv = await ctx
      .client(org.eastRep)
      .post(`/events/${e.id}/invitations`, { contactIds: [contacts.claire.id] });
    expect(inv.statusCode).toBe(201);
    await ctx.client(org.eastRep).post(`/events/${e.id}/invitations/send`, {});
    await runDue();
    expect(smtp.received).toHaveLength(1);
    const moved = await ctx.client(org.eastRep).patch(`/events/${e.id}`, {
      startsAt: '2026-11-12T15:00:00+08:00',
      endsAt: '2026-11-12T18:00:00+08:00',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    smtp.received.length = 0;
    clock.now = new Date('2026-11-04T12:00:00Z'); // past the old reminder (Wed 4 Nov 10:00 Paris)
    await runDue();
    expect(smtp.received).toHaveLength(0);
    clock.now = new Date('2026-11-11T12:00:00Z'); // past the new one: Tue 10 Nov (the 11th is Armistice Day)
    await runDue();
    expect(smtp.received).toHaveLength(1);
    expect(to('claire').parsed.text).toContain('jeudi 12 novembre 2026 à 08:00 (Europe/Paris)');
  });

  it('writes invitations from a workspace template in each invitee’s variant, with the event’s fields and their own link', async () => {
    clock.now = new Date('2026-10-01T00:00:00Z');
    const variant = (language: string, subject: string, body: string) => ({
      language,
      subject,
      body,
    });
    const template = await ctx.client(org.admin).post('/templates', {
      name: 'Event invitation',
      defaultLanguage: 'en',
      variants: [
        variant(
          'en',
          'You are invited: {eventTitle}',
          'Dear {contactFirstName},\n{eventTitle}: {eventStartInviteeTime} ({eventPlace}).\nReply: {rsvpLink}',
        ),
        variant(
          'fr',
          'Invitation personnelle : {eventTitle}',
          'Chère {contactFirstName},\n{eventTitle} : {eventStartInviteeTime}, chez nous : {eventStartVenueTime}.\nRépondez avant {rsvpDeadline} : {rsvpLink}\n{senderName}',
        ),
      ],
    });
    expect(template.statusCode, template.body).toBe(201);
    const noLink = await ctx.client(org.admin).post('/templates', {
      name: 'No link',
      defaultLanguage: 'en',
      variants: [variant('en', 'Hi', 'See you at {eventTitle}')],
    });
    expect(noLink.statusCode, noLink.body).toBe(201);

    const c = await ctx.newCustomer(org.eastRep, { name: 'Pompes Marseille', country: 'FR' });
    const marie = await ctx.newContact(org.eastRep, c.id, {
      firstName: 'Marie',
      emails: ['marie@fr.example'],
    });
    const invited = await ctx
      .client(org.eastRep)
      .post(`/events/${event.id}/invitations`, { contactIds: [marie.id] });
    expect(invited.statusCode, invited.body).toBe(201);
    const invitationId = invited.json().created[0].invitation.id;
    const send = (templateId: string) =>
      ctx.client(org.eastRep).post(`/events/${event.id}/invitations/send`, {
        invitationIds: [invitationId],
        templateId,
      });

    // A template without the link, or not the workspace's: refused, nothing queued.
    const before = await jobs();
    const missing = await send(noLink.json().id);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      expect.objectContaining({
        path: '/templateId',
        code: 'template_needs_rsvp_link',
        params: { value: 'en' },
      }),
    ]);
    const unknown = await send('01ffffff-ffff-7fff-8fff-ffffffffffff');
    expect(unknown.json().errors[0]).toMatchObject({ code: 'template_not_found' });
    expect(await jobs()).toBe(before);

    const ok = await send(template.json().id);
    expect(ok.statusCode, ok.body).toBe(202);
    expect(ok.json().queued).toBe(1);
    await runDue();
    const mail = smtp.received.find((m) => m.envelope.to[0] === 'marie@fr.example');
    expect(mail, JSON.stringify(smtp.received.map((m) => m.envelope.to))).toBeDefined();
    expect(mail!.parsed.subject).toBe('Invitation personnelle : Stand à la Foire de Canton');
    const text = mail!.parsed.text ?? '';
    expect(text).toContain('Chère Marie,');
    expect(text).toContain('jeudi 15 octobre 2026 à 09:00 (Europe/Paris)');
    expect(text).toContain('chez nous : jeudi 15 octobre 2026 à 15:00 (Asia/Shanghai)');
    expect(text).toContain('avant samedi 10 octobre 2026 à 12:00 (Europe/Paris)');
    expect(text).toContain(org.eastRep.user.name);
    const page = await ctx.client().get(`/public/rsvp/${linkIn(mail!)}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ invitation: { name: 'Marie' } });
  });
});
