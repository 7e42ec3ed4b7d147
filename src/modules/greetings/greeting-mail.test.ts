import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// 1 December 2026, 10:00 at a home office in Shanghai (02:00 UTC; 23:00 on 30 Nov in São Paulo).
const clock = { now: new Date('2026-12-01T02:00:00Z') };

describe.each(testDialects())('greeting emails on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    const de = await ctx.newCustomer(org.eastRep, {
      name: 'Leipziger Pumpen GmbH',
      country: 'DE',
      foundedOn: '2001-12-10',
    });
    const sa = await ctx.newCustomer(org.eastRep, {
      name: 'Riyadh Water Co',
      country: 'SA',
      foundedOn: '1998-12-10',
    });
    const br = await ctx.newCustomer(org.eastRep, { name: 'Bombas Paulista', country: 'BR' });
    const west = await ctx.newCustomer(org.westRep, {
      name: 'Lyon Hydraulique',
      country: 'FR',
      customerSince: '2019-12-05',
    });
    const anna = await ctx.newContact(org.eastRep, de.id, {
      firstName: 'Anna',
      lastName: 'Weber',
      birthday: '12-24',
      emails: ['anna.weber@leipziger.example'],
    });
    const omar = await ctx.newContact(org.eastRep, sa.id, {
      firstName: 'Omar',
      lastName: 'Al-Harbi',
      primary: true,
      emails: ['omar@riyadh-water.example'],
    });
    const joao = await ctx.newContact(org.eastRep, br.id, {
      firstName: 'João',
      birthday: '1980-11-28',
      emails: ['joao@paulista.example'],
    });
    const noMail = await ctx.newContact(org.eastRep, br.id, {
      firstName: 'Rita',
      birthday: '12-03',
    });
    const claire = await ctx.newContact(org.westRep, west.id, {
      firstName: 'Claire',
      emails: ['claire@lyon.example'],
    });
    Object.assign(ids, {
      de: de.id,
      sa: sa.id,
      br: br.id,
      west: west.id,
      anna: anna.id,
      omar: omar.id,
      joao: joao.id,
      noMail: noMail.id,
      claire: claire.id,
    });
    // The east rep's mailbox; the west rep has none.
    const box = await ctx.client(org.eastRep).post('/mailboxes', {
      address: 'li.wei@chuhai.test',
      imapHost: 'imap.chuhai.test',
      imapPort: 993,
      imapTls: 'tls',
      imapUsername: 'li.wei',
      imapPassword: 'secret-1',
      smtpHost: 'smtp.chuhai.test',
      smtpPort: 587,
      smtpTls: 'starttls',
      smtpUsername: 'li.wei',
      smtpPassword: 'secret-1',
      syncSince: '2026-01-01',
    });
    expect(box.statusCode, box.body).toBe(201);
  });
  afterAll(() => ctx.close());

  const schedule = (who: Actor, customerId: string, body: Json) =>
    ctx.client(who).post(`/customers/${customerId}/greetings/mail`, body);
  const counts = async () => ({
    outbox: (await ctx.db.selectFrom('mail_outbox').select('id').execute()).length,
    jobs: (await ctx.db.selectFrom('jobs').select('id').where('kind', '=', 'mail.send').execute())
      .length,
  });
  const stored = async (id: string) => ({
    row: await ctx.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow(),
    job: await ctx.db
      .selectFrom('jobs')
      .select(['run_at', 'payload'])
      .where('kind', '=', 'mail.send')
      .where('payload', 'like', `%${id}%`)
      .executeTakeFirstOrThrow(),
  });

  it('schedules Anna’s birthday on 24 Dec at 09:30 in Berlin, in German, through the outbox', async () => {
    const res = await schedule(org.eastRep, ids.de!, { key: 'birthday', date: '2026-12-24' });
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json();
    expect(out).toMatchObject({
      contact: { id: ids.anna, name: 'Anna Weber', email: 'anna.weber@leipziger.example' },
      subject: 'Alles Gute zum Geburtstag',
      language: 'de',
      text: 'built-in',
      languageReason: { basis: 'country', requested: 'de' },
      sendAt: '2026-12-24T08:30:00.000Z',
      theirs: { date: '2026-12-24', time: '09:30', timeZone: 'Europe/Berlin' },
      ours: { date: '2026-12-24', time: '16:30', timeZone: 'Asia/Shanghai' },
      moved: false,
    });
    const { row, job } = await stored(out.messageId);
    expect(row).toMatchObject({
      status: 'scheduled',
      send_at: 'instant',
      planned_at: '2026-12-24T08:30:00.000Z',
      to_address: 'anna.weber@leipziger.example',
      from_address: 'li.wei@chuhai.test',
      language: 'de',
      owner_id: org.eastRep.user.id,
      customer_id: ids.de,
    });
    expect(row.body_text).toMatch(/^Guten Tag Anna Weber,\n\n.*Geburtstag/);
    expect(new Date(job.run_at).toISOString()).toBe('2026-12-24T08:30:00.000Z');
    // The sender sees it in their outbox, cancellable as any scheduled message.
    const mine = await ctx.client(org.eastRep).get(`/messages/${out.messageId as string}`);
    expect(mine.json().outgoing).toMatchObject({
      status: 'scheduled',
      plannedLocal: '2026-12-24 09:30',
    });
  });

  it('greets Riyadh at 09:30 Arabia time in Arabic, and never with Christmas', async () => {
    const res = await schedule(org.eastRep, ids.sa!, {
      key: 'founding-anniversary',
      date: '2026-12-10',
    });
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json();
    expect(out).toMatchObject({
      contact: { id: ids.omar },
      language: 'ar',
      sendAt: '2026-12-10T06:30:00.000Z',
      theirs: { date: '2026-12-10', time: '09:30', timeZone: 'Asia/Riyadh' },
      ours: { date: '2026-12-10', time: '14:30', timeZone: 'Asia/Shanghai' },
      moved: false,
    });
    expect((await stored(out.messageId)).row.body_text).toContain('مرحباً Omar Al-Harbi');
    // Riyadh keeps no Christmas: the calendar has no such occasion, nothing is stored.
    const before = await counts();
    const xmas = await schedule(org.eastRep, ids.sa!, { key: 'christmas', date: '2026-12-25' });
    expect(xmas.statusCode).toBe(400);
    expect(xmas.json().errors).toMatchObject([{ path: '/key', code: 'greeting_occasion_unknown' }]);
    expect(await counts()).toEqual(before);
  });

  it('sends a greeting whose day has passed at their next local morning, and says so', async () => {
    // 28 Nov has passed; in São Paulo it is 23:00 on 30 Nov, so the next 09:30 is 1 Dec.
    const res = await schedule(org.eastRep, ids.br!, { key: 'birthday', date: '2026-11-28' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      contact: { id: ids.joao },
      language: 'pt',
      sendAt: '2026-12-01T12:30:00.000Z',
      theirs: { date: '2026-12-01', time: '09:30', timeZone: 'America/Sao_Paulo' },
      ours: { date: '2026-12-01', time: '20:30' },
      moved: true,
    });
  });

  it('writes a workspace template in the contact’s language when one is named', async () => {
    const template = await ctx.client(org.admin).post('/templates', {
      name: 'Anniversary',
      defaultLanguage: 'en',
      variants: [
        {
          language: 'en',
          subject: 'Happy anniversary',
          body: 'Dear {contactFirstName}, congratulations!',
        },
        {
          language: 'de',
          subject: 'Alles Gute zum Jubiläum',
          body: 'Liebe Grüße an {contactFirstName}!',
        },
      ],
    });
    expect(template.statusCode, template.body).toBe(201);
    const res = await schedule(org.eastRep, ids.de!, {
      key: 'founding-anniversary',
      date: '2026-12-10',
      contactId: ids.anna,
      templateId: template.json().id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      subject: 'Alles Gute zum Jubiläum',
      language: 'de',
      text: 'template',
      sendAt: '2026-12-10T08:30:00.000Z',
    });
    const { row } = await stored(res.json().messageId);
    expect(row.body_text).toBe('Liebe Grüße an Anna!');
    expect(row.template_id).toBe(template.json().id);
  });

  it('refuses bad greetings with stable codes and stores nothing', async () => {
    const before = await counts();
    const cases: [Actor, string, Json, number, string | null][] = [
      [org.eastRep, ids.br!, { key: 'birthday', date: '2026-12-03' }, 400, 'contact_no_email'],
      [
        org.eastRep,
        ids.de!,
        { key: 'diwali', date: '2026-12-24' },
        400,
        'greeting_occasion_unknown',
      ],
      [
        org.eastRep,
        ids.de!,
        { key: 'no-such', date: '2026-12-24' },
        400,
        'greeting_occasion_unknown',
      ],
      // The birthday is Anna's: not Omar's, not on another day.
      [
        org.eastRep,
        ids.de!,
        { key: 'birthday', date: '2026-12-23' },
        400,
        'greeting_occasion_unknown',
      ],
      [
        org.eastRep,
        ids.de!,
        { key: 'birthday', date: '2026-12-24', contactId: ids.omar },
        404,
        null,
      ],
      [
        org.eastRep,
        ids.de!,
        { key: 'birthday', date: '2026-12-24', templateId: 'nope' },
        400,
        'no_such',
      ],
      // Another team's customer is not found, whatever the body says.
      [org.westRep, ids.de!, { key: 'birthday', date: '2026-12-24' }, 404, null],
      [org.eastRep, ids.west!, { key: 'relationship-anniversary', date: '2026-12-05' }, 404, null],
      // Their own customer, but no mailbox to send from.
      [
        org.westRep,
        ids.west!,
        { key: 'relationship-anniversary', date: '2026-12-05' },
        400,
        'greeting_no_mailbox',
      ],
    ];
    for (const [who, customer, body, status, code] of cases) {
      const res = await schedule(who, customer, body);
      expect(res.statusCode, `${JSON.stringify(body)} ${res.body}`).toBe(status);
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
      if (code) expect(res.json().errors?.[0]?.code, res.body).toBe(code);
    }
    expect(await counts()).toEqual(before);
  });
});
