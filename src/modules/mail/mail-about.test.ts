import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { rawMail } from '../../../test/support/mail-fixtures.ts';
import { IMAP_PASSWORD, IMAP_USER, mailboxBody } from '../../../test/support/mail-world.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const SMTP = { user: 'about', password: 'smtp-pass-关于-7' };

// Mail written from a deal or a ticket page: the deal's or ticket's merge fields fill the
// template, the mail is listed on that deal or ticket with the replies in its thread (synced from
// the real Dovecot), and nobody sends "from" a deal or ticket they cannot see.
describe.each(testDialects())('mail from a deal or a ticket (%s)', (dialect) => {
  let ctx: TestContext;
  let dovecot: Dovecot;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let mailboxId: string;
  let customer: Json;
  let anna: Json;
  let deal: Json;
  let ticket: Json;
  let templateId: string;
  let ticketTemplateId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { mail: { allowPrivateHosts: true } } });
    dovecot = await Dovecot.start({ [IMAP_USER]: IMAP_PASSWORD });
    smtp = await SmtpReceiver.start({ [SMTP.user]: SMTP.password });
    org = await salesOrg(ctx);
    const smtpSide = {
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'none',
      smtpUsername: SMTP.user,
      smtpPassword: SMTP.password,
    };
    const box = await ctx
      .client(org.eastRep)
      .post('/mailboxes', mailboxBody(dovecot.port, smtpSide));
    expect(box.statusCode, box.body).toBe(201);
    mailboxId = box.json<Json>().id;
    customer = await ctx.newCustomer(org.eastRep, { name: 'Müller GmbH', country: 'DE' });
    anna = await ctx.newContact(org.eastRep, customer.id, {
      firstName: 'Anna',
      lastName: 'Müller',
      emails: ['anna@mueller.de'],
    });
    const d = await ctx.client(org.eastRep).post('/deals', {
      customerId: customer.id,
      title: '500 Pumpen',
      amountMinor: 1_234_50,
      currency: 'EUR',
      expectedCloseDate: '2027-03-31',
    });
    expect(d.statusCode, d.body).toBe(201);
    deal = d.json();
    const t = await ctx.client(org.eastRep).post('/tickets', {
      customerId: customer.id,
      contactId: anna.id,
      subject: 'Pumpe leckt',
      description: 'Die Dichtung ist undicht.',
      channel: 'email',
      type: 'complaint',
    });
    expect(t.statusCode, t.body).toBe(201);
    ticket = t.json();
    const template = async (subject: string, body: string) => {
      const tpl = await ctx.client(org.admin).post('/templates', {
        name: subject,
        defaultLanguage: 'de',
        variants: [{ language: 'de', subject, body }],
      });
      expect(tpl.statusCode, tpl.body).toBe(201);
      return tpl.json<Json>().id as string;
    };
    templateId = await template('{dealTitle}', 'Guten Tag {contactFullName}, {dealAmount}.');
    ticketTemplateId = await template(
      'Ihr Ticket {ticketNumber}',
      'Guten Tag {contactFullName}, {ticketSubject}.',
    );
  });
  afterAll(async () => {
    await smtp?.stop();
    await dovecot?.stop();
    await ctx?.close();
  });
  const runDue = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const outboxRows = () => ctx.db.selectFrom('mail_outbox').selectAll().execute();

  it('sends from a deal with its fields, lists it on the deal with the synced reply', async () => {
    const rep = ctx.client(org.eastRep);
    const sent = await rep.post('/messages', {
      mailboxId,
      contactId: anna.id,
      templateId,
      dealId: deal.id,
      subject: 'Angebot: 500 Pumpen',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json<Json>()).toMatchObject({ dealId: deal.id, ticketId: null });
    // The deal's amount, written for the German recipient, filled the body.
    expect(sent.json<Json>().body).toMatch(/^Guten Tag Anna Müller, 1\.234,50\s€\.$/);
    await runDue();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.parsed.text).toMatch(/1\.234,50\s€/);
    const messageId = smtp.received[0]!.parsed.messageId as string;

    // Anna answers; the sync puts her reply in the thread the deal's mail started.
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'INBOX', [
      rawMail({
        from: 'Anna Müller <anna@mueller.de>',
        to: `${IMAP_USER}@chuhai.test`,
        subject: 'Re: Angebot: 500 Pumpen',
        body: 'Danke, wir bestellen.',
        messageId: '<answer-1@mueller.de>',
        inReplyTo: messageId,
        references: messageId,
        date: new Date(Date.now() + 60_000).toUTCString(),
      }),
    ]);
    const sync = await rep.post(`/mailboxes/${mailboxId}/sync`);
    await ctx.services.jobs.runner.runNow(sync.json<Json>().jobId);

    const onDeal = await rep.get(`/messages?dealId=${deal.id}`);
    expect(onDeal.statusCode, onDeal.body).toBe(200);
    const items = onDeal.json<Json>().items;
    expect(items.map((m: Json) => [m.direction, m.subject])).toEqual([
      ['inbound', 'Re: Angebot: 500 Pumpen'],
      ['outbound', 'Angebot: 500 Pumpen'],
    ]);
    expect(items[1]).toMatchObject({ dealId: deal.id, ticketId: null });
    // Not the ticket's, and the manager of the team sees the deal's mail as metadata.
    expect((await rep.get(`/messages?ticketId=${ticket.id}`)).json<Json>().items).toEqual([]);
    const manager = await ctx.client(org.eastManager).get(`/messages?dealId=${deal.id}`);
    expect(manager.json<Json>().items.map((m: Json) => m.access)).toEqual(['metadata', 'metadata']);
  });

  it('schedules from a ticket with its fields, listed in the outbox for the ticket', async () => {
    const rep = ctx.client(org.eastRep);
    const res = await rep.post('/messages', {
      mailboxId,
      contactId: anna.id,
      templateId: ticketTemplateId,
      ticketId: ticket.id,
      sendAt: 'local-morning',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Json>()).toMatchObject({
      ticketId: ticket.id,
      dealId: null,
      subject: `Ihr Ticket ${ticket.number}`,
      body: 'Guten Tag Anna Müller, Pumpe leckt.',
    });
    const outbox = await rep.get(`/messages?status=scheduled&ticketId=${ticket.id}`);
    expect(outbox.json<Json>().items.map((m: Json) => m.id)).toEqual([res.json<Json>().id]);
    const dl = (await rep.get(`/messages?status=scheduled&dealId=${deal.id}`)).json<Json>().items;
    expect(dl.map((m: Json) => [m.subject, m.dealId, m.ticketId, m.outgoing.status])).toEqual([]);
  });

  it('refuses a deal or ticket the sender cannot see, or of another customer; writes nothing', async () => {
    const before = (await outboxRows()).length;
    // The west rep has a mailbox and a customer of their own, but cannot see the east's deal.
    const west = ctx.client(org.westRep);
    const wbox = await west.post(
      '/mailboxes',
      mailboxBody(dovecot.port, {
        address: 'west@chuhai.test',
        smtpHost: '127.0.0.1',
        smtpPort: smtp.port,
        smtpTls: 'none',
        smtpUsername: SMTP.user,
        smtpPassword: SMTP.password,
      }),
    );
    expect(wbox.statusCode, wbox.body).toBe(201);
    const theirs = await ctx.newCustomer(org.westRep, { name: 'Lisboa Lda', country: 'PT' });
    const joao = await ctx.newContact(org.westRep, theirs.id, {
      firstName: 'João',
      emails: ['joao@lisboa.pt'],
    });
    for (const [key, id] of [
      ['dealId', deal.id],
      ['ticketId', ticket.id],
    ] as const) {
      const hidden = await west.post('/messages', {
        contactId: joao.id,
        subject: 'Hallo',
        body: 'Text',
        [key]: id,
      });
      expect(hidden.statusCode).toBe(400);
      expect(hidden.json<Json>().errors).toEqual([
        expect.objectContaining({ path: `/${key}`, code: 'no_such' }),
      ]);
      expect((await west.get(`/messages?${key}=${id}`)).statusCode).toBe(404);
      expect((await west.get(`/messages?status=all&${key}=${id}`)).statusCode).toBe(404);
    }
    // The east rep's own deal and ticket, but written to another customer's contact.
    const other = await ctx.newCustomer(org.eastRep, { name: 'Other AG', country: 'DE' });
    const otto = await ctx.newContact(org.eastRep, other.id, {
      firstName: 'Otto',
      emails: ['otto@other.de'],
    });
    const rep = ctx.client(org.eastRep);
    const mixed = await rep.post('/messages', {
      mailboxId,
      contactId: otto.id,
      subject: 'Hallo',
      body: 'Text',
      dealId: deal.id,
      ticketId: ticket.id,
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json<Json>().errors).toEqual([
      expect.objectContaining({ path: '/dealId', code: 'mail_deal_other_customer' }),
      expect.objectContaining({ path: '/ticketId', code: 'mail_ticket_other_customer' }),
    ]);
    // Bad input: an id too long, an unknown field.
    const long = await rep.post('/messages', {
      contactId: anna.id,
      subject: 'x',
      body: 'y',
      dealId: 'x'.repeat(65),
    });
    expect(long.statusCode).toBe(400);
    expect((await rep.get(`/messages?dealId=${'x'.repeat(65)}`)).statusCode).toBe(400);
    expect((await rep.get('/messages?dealId=no-such-deal')).statusCode).toBe(404);
    expect((await outboxRows()).length).toBe(before);
  });
});
