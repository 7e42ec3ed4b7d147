import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../../../test/support/browser.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { type Actor, salesOrg, TestContext } from '../../../test/support/context.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { PASSPORT_RETENTION_JOB } from './visa-letters-jobs.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const clock = { now: new Date('2026-10-01T00:00:00Z') };

/** The text of a PDF as poppler reads it. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'visa-pdf-'));
  try {
    writeFileSync(join(dir, 'v.pdf'), pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'v.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/[\u00a0\u202f]/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A factory visit in Ningbo, 15–19 Oct 2026 (the venue's clock).
const visit = {
  type: 'factory_visit',
  title: { en: 'Factory visit Ningbo', 'zh-CN': '宁波工厂参观', ru: 'Визит на завод в Нинбо' },
  venue: 'No. 88 Binjiang Road, Ningbo',
  venueCountry: 'CN',
  timeZone: 'Asia/Shanghai',
  startsAt: '2026-10-15T09:00:00+08:00',
  endsAt: '2026-10-19T18:00:00+08:00',
  currency: 'USD',
};

const ivan = {
  fullName: 'IVANOV IVAN',
  nationality: 'ru',
  passportNumber: '75 1234567',
  dateOfBirth: '1980-02-29',
  issueDate: '2020-03-01',
  expiryDate: '2030-03-01',
  gender: 'M',
};

describe.each(testDialects())('visa letters on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let event: Json;
  const inv: Record<string, string> = {};

  beforeAll(async () => {
    clock.now = new Date('2026-10-01T00:00:00Z');
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    await ctx.client(org.admin).put('/quote-settings', {
      quotePattern: 'Q-{yyyy}-{seq}',
      proformaPattern: 'PI-{yyyy}-{seq}',
      letterhead: 'No. 88 Binjiang Road, Ningbo, China · +86 574 8888 8888',
      bankDetails: '',
    });
    const res = await ctx.client(org.eastRep).post('/events', visit);
    expect(res.statusCode, res.body).toBe(201);
    event = res.json();
    const guests = [
      ['ivan', org.eastRep, 'RU', 'Uralmash', 'Ivan', 'ru'],
      ['li', org.eastRep, 'SG', 'Lion Pumps', 'Li', 'zh-CN'],
      ['ana', org.westRep, 'BR', 'Bombas Paulista', 'Ana', 'pt-BR'],
    ] as const;
    for (const [key, who, country, name, firstName, lang] of guests) {
      const c = await ctx.newCustomer(who, { name, country });
      const contact = await ctx.newContact(who, c.id, { firstName, preferredLanguage: lang });
      const r = await ctx
        .client(who)
        .post(`/events/${event.id as string}/invitations`, { contactIds: [contact.id] });
      expect(r.statusCode, r.body).toBe(201);
      inv[key] = r.json().created[0].invitation.id;
    }
  });
  afterAll(() => ctx.close());

  const url = (key: string, tail = 'passport') =>
    `/events/${event.id as string}/invitations/${inv[key]}/${tail}`;
  const rows = async () =>
    (await ctx.db.selectFrom('visa_passports').selectAll().execute()).map((r) => r.invitation_id);

  it('answers no data yet with the first expiry consulates accept and the deletion day', async () => {
    const res = await ctx.client(org.eastRep).get(url('ivan'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      passport: null,
      letterLanguage: 'ru',
      earliestExpiry: '2027-04-19',
      deleteOn: '2026-11-18',
    });
  });

  it('refuses invalid passport data with a code per field, leaving nothing behind', async () => {
    const res = await ctx.client(org.eastRep).put(url('ivan'), {
      ...ivan,
      nationality: 'XX',
      passportNumber: 'AB-12',
      dateOfBirth: '1981-02-29',
      expiryDate: '2027-04-18',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/nationality', 'country'],
      ['/passportNumber', 'passport_number'],
      ['/dateOfBirth', 'invalid_date'],
      ['/expiryDate', 'passport_expiry_too_soon'],
    ]);
    expect(await rows()).toEqual([]);
  });

  it('keeps passport data for the event’s owner, normalised, and audits without it', async () => {
    const res = await ctx.client(org.eastRep).put(url('ivan'), ivan);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().passport).toMatchObject({
      fullName: 'IVANOV IVAN',
      nationality: 'RU',
      passportNumber: '751234567',
      gender: 'M',
    });
    const changed = await ctx.client(org.admin).put(url('ivan'), { ...ivan, gender: null });
    expect(changed.json().passport.gender).toBeNull();
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', inv.ivan!)
      .execute();
    expect(audit.length).toBe(2);
    const text = JSON.stringify(audit);
    for (const secret of ['751234567', 'IVANOV', '1980-02-29', '2030-03-01'])
      expect(text).not.toContain(secret);
  });

  it('stores the passport number and date of birth sealed, bound to their invitation', async () => {
    const stored = () =>
      ctx.db
        .selectFrom('visa_passports')
        .selectAll()
        .where('invitation_id', '=', inv.ivan!)
        .executeTakeFirstOrThrow();
    const row = await stored();
    expect(row.passport_number).toMatch(/^v1\./);
    expect(row.date_of_birth).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toMatch(/751234567|1980-02-29/);
    expect(row.full_name).toBe('IVANOV IVAN');
    // A row written before sealing began is still read, and the night's job seals it.
    await ctx.db
      .updateTable('visa_passports')
      .set({ passport_number: '751234567', date_of_birth: '1980-02-29' })
      .where('invitation_id', '=', inv.ivan!)
      .execute();
    const plain = await ctx.client(org.eastRep).get(url('ivan'));
    expect(plain.json().passport).toMatchObject({
      passportNumber: '751234567',
      dateOfBirth: '1980-02-29',
    });
    await enqueueJob(ctx.db, PASSPORT_RETENTION_JOB, {}, { runAt: clock.now });
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
    expect((await stored()).passport_number).toMatch(/^v1\./);
    expect((await ctx.client(org.eastRep).get(url('ivan'))).json().passport).toMatchObject({
      passportNumber: '751234567',
      dateOfBirth: '1980-02-29',
    });
  });

  it('shows and changes passport data only for the event’s owner and admins: 404 for others', async () => {
    // The owner reaches every invitee of their event, a colleague's customer's too.
    const put = await ctx.client(org.eastRep).put(url('ana'), {
      ...ivan,
      fullName: 'ANA SOUZA',
      nationality: 'BR',
      passportNumber: 'FZ123456',
    });
    expect(put.statusCode, put.body).toBe(200);
    const others: Actor[] = [org.eastRep2, org.eastManager, org.westManager, org.westRep];
    for (const who of others) {
      const c = ctx.client(who);
      for (const res of [
        await c.get(url('ana')),
        await c.put(url('ana'), ivan),
        await c.delete(url('ana')),
        await c.get(url('ana', 'visa-letter.pdf')),
      ]) {
        expect(res.statusCode, `${who.user.email}: ${res.body}`).toBe(404);
        expect(res.body).not.toContain('FZ123456');
      }
    }
    expect((await ctx.client(org.admin).get(url('ana'))).json().passport.passportNumber).toBe(
      'FZ123456',
    );
    // An invitation of another event is not found under this one.
    const other = await ctx
      .client(org.eastRep)
      .post('/events', { ...visit, title: { en: 'Other' } });
    const res = await ctx
      .client(org.eastRep)
      .get(`/events/${other.json().id as string}/invitations/${inv.ana}/passport`);
    expect(res.statusCode).toBe(404);
    expect((await rows()).sort()).toEqual([inv.ivan, inv.ana].sort());
  });

  it('deletes passport data by hand, audited', async () => {
    const del = await ctx.client(org.admin).delete(url('ana'));
    expect(del.statusCode).toBe(204);
    expect((await ctx.client(org.eastRep).get(url('ana'))).json().passport).toBeNull();
    expect(await rows()).toEqual([inv.ivan]);
  });

  it('asks for passport data before printing the letter', async () => {
    const res = await ctx.client(org.eastRep).get(url('li', 'visa-letter.pdf'));
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].code).toBe('passport_missing');
  });

  describe.skipIf(!browserRunnable)('the letter', () => {
    it('prints Russian and English with the passport data, the letterhead and the visit', async () => {
      const res = await ctx.client(org.eastRep).get(url('ivan', 'visa-letter.pdf'));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdfText(res.rawPayload);
      for (const s of [
        'Приглашение',
        'Номер паспорта',
        'Визит на завод в Нинбо',
        'Invitation Letter',
        'Passport number',
        'Factory visit Ningbo',
        '751234567',
        'IVANOV IVAN',
        'No. 88 Binjiang Road, Ningbo, China',
        'guarantees the costs of accommodation',
        'October 15, 2026',
        'October 19, 2026',
      ])
        expect(text, s).toContain(s);
    });

    it('prints Chinese and English for a Chinese-speaking guest', async () => {
      await ctx.client(org.eastRep).put(url('li'), {
        ...ivan,
        fullName: 'TAN LI MEI',
        nationality: 'SG',
        passportNumber: 'K1234567Z',
        gender: 'F',
      });
      const res = await ctx.client(org.admin).get(url('li', 'visa-letter.pdf'));
      expect(res.statusCode, res.body).toBe(200);
      const text = pdfText(res.rawPayload).replace(/\s+/g, '');
      for (const s of [
        '邀请函',
        '护照号码',
        '宁波工厂参观',
        '新加坡',
        'InvitationLetter',
        'K1234567Z',
      ])
        expect(text, s).toContain(s);
    });
  });

  it('deletes passport data the workspace’s retention days after the event ends (30 unless set), audited without the data', async () => {
    const night = async (at: string) => {
      clock.now = new Date(at);
      await enqueueJob(ctx.db, PASSPORT_RETENTION_JOB, {}, { runAt: clock.now });
      const runner = ctx.services.jobs.runner;
      while ((await runner.tick()).length) await runner.drain();
    };
    const before = await rows();
    expect(before.length).toBeGreaterThan(0);
    // The event ended 19 Oct 10:00 UTC: kept on 18 Nov, gone after 18 Nov 10:00 UTC.
    await night('2026-11-18T09:00:00Z');
    expect((await rows()).sort()).toEqual(before.sort());
    // The workspace keeps passports 40 days instead: the same night deletes nothing, and every
    // letter says the later day.
    const admin = ctx.client(org.admin);
    for (const bad of [0, 366, 'Infinity', 1.5])
      expect((await admin.patch('/workspace', { passportRetentionDays: bad })).statusCode).toBe(
        400,
      );
    expect(
      (await ctx.client(org.eastManager).patch('/workspace', { passportRetentionDays: 40 }))
        .statusCode,
    ).toBe(403);
    const set = await admin.patch('/workspace', { passportRetentionDays: 40 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().passportRetentionDays).toBe(40);
    expect((await admin.get(url('ivan'))).json().deleteOn).toBe('2026-11-28');
    await night('2026-11-18T11:00:00Z');
    expect((await rows()).sort()).toEqual(before.sort());
    await night('2026-11-28T09:00:00Z');
    expect((await rows()).sort()).toEqual(before.sort());
    await night('2026-11-28T11:00:00Z');
    expect(await rows()).toEqual([]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'event_invitation')
      .where('actor_id', 'is', null)
      .execute();
    expect(audit.map((a) => a.entity_id).sort()).toEqual(before.sort());
    expect(JSON.stringify(audit)).not.toMatch(/751234567|K1234567Z|IVANOV/);
  });
});
