import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { ok, PROGRAMME } from '../../../test/support/loyalty-world.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { LOYALTY_NIGHTLY } from './loyalty-jobs.ts';

const SMTP_USER = 'loyalty.sender';
const SMTP_PASSWORD = 'smtp-pass-积分-9';
const clock = { now: new Date('2025-01-10T02:00:00Z') };
const at = (date: string) => (clock.now = new Date(`${date}T02:00:00Z`));

describe.each(testDialects())('loyalty expiry reminder mails on %s', (dialect) => {
  let ctx: TestContext;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const customers: Record<string, string> = {};
  let box = '';

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, {
      container: { jobs: { now: () => clock.now }, mail: { allowPrivateHosts: true } },
    });
    smtp = await SmtpReceiver.start({ [SMTP_USER]: SMTP_PASSWORD });
    org = await salesOrg(ctx);
    await ok(await ctx.client(org.admin).put('/loyalty/programme', PROGRAMME)); // lots last 12 months
    box = await connect(org.eastRep);
    const people = [
      ['mueller', org.eastRep, 'DE', 'Anna', 'de', 'anna@mueller.example'],
      ['riyadh', org.eastRep, 'SA', 'فيصل', null, 'faisal@riyadh.example'],
      ['nomail', org.eastRep, 'FR', 'Claire', null, null],
      // the owner has no mailbox to send from
      ['porto', org.westRep, 'BR', 'João', 'pt-BR', 'joao@porto.example'],
    ] as const;
    for (const [key, owner, country, firstName, lang, email] of people) {
      const c = await ctx.newCustomer(owner, { name: `${key} Ltd`, country });
      customers[key] = c.id;
      await ctx.newContact(owner, c.id, {
        firstName,
        primary: true,
        ...(lang ? { preferredLanguage: lang } : {}),
        ...(email ? { emails: [email] } : {}),
      });
    }
    at('2025-01-10');
    await adjust('mueller', 100);
    await adjust('porto', 40);
    at('2025-01-15');
    await adjust('nomail', 10);
    at('2025-01-20');
    await adjust('riyadh', 1350);
    at('2025-03-01');
    await adjust('mueller', 1250);
  });
  afterAll(async () => {
    await smtp?.stop();
    await ctx?.close();
  });

  async function connect(owner: Actor) {
    const res = await ctx.client(owner).post('/mailboxes', {
      address: 'loyalty@chuhai.test',
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
      syncSince: '2025-01-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const adjust = async (key: string, points: number) =>
    ok(
      await ctx
        .client(org.admin)
        .post(`/customers/${customers[key]}/loyalty/adjust`, { points, reason: 'Test lot' }),
    );
  /** One night's run; what it sent is then in `smtp.received`. */
  const night = async (date: string) => {
    smtp.received.length = 0;
    at(date);
    await enqueueJob(ctx.db, LOYALTY_NIGHTLY, {}, { runAt: clock.now });
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const reminders = () =>
    ctx.db
      .selectFrom('loyalty_expiry_reminders')
      .select(['customer_id', 'lot_seq', 'status', 'error', 'language'])
      .orderBy('expires_on')
      .execute();

  it('reminds of each lot once, 30 days before it expires, in the contact’s language', async () => {
    await night('2025-12-10'); // the first lot expires on 2026-01-10: 31 days away
    expect(smtp.received).toHaveLength(0);

    await night('2025-12-11');
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.envelope.to).toEqual(['anna@mueller.example']);
    expect(mail!.parsed.from?.value[0]?.address).toBe('loyalty@chuhai.test');
    expect(mail!.parsed.subject).toBe('100 Treuepunkte verfallen am 10. Januar 2026');
    expect(mail!.parsed.text).toContain('Guten Tag Anna,');
    expect(mail!.parsed.text).toContain('- 100 Punkte verfallen am 10. Januar 2026');
    expect(mail!.parsed.text).toContain('Ihr Punktestand heute: 1.350 Punkte.');
    // on the customer's mail and timeline, like any mail sent from Chuhai
    const stored = await ctx.db
      .selectFrom('mail_messages')
      .select('subject')
      .where('customer_id', '=', customers.mueller!)
      .execute();
    expect(stored.map((m) => m.subject)).toEqual([mail!.parsed.subject]);

    await night('2025-12-12');
    expect(smtp.received).toHaveLength(0); // once per lot
  });

  it('writes Arabic figures for a Saudi contact, and records who could not be mailed', async () => {
    await night('2025-12-21');
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.envelope.to).toEqual(['faisal@riyadh.example']);
    expect(mail!.parsed.text).toContain('١٬٣٥٠'); // 1,350 as written in Saudi Arabia
    expect(mail!.parsed.subject).toContain('نقاط الولاء');
    // Lots expiring on one day come in no set order: compared by customer.
    const byCustomer = (rows: (string | number | null | undefined)[][]) =>
      rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(
      byCustomer(
        (await reminders()).map((r) => [r.customer_id, Number(r.lot_seq), r.status, r.language]),
      ),
    ).toEqual(
      byCustomer([
        [customers.mueller, 1, 'sent', 'de-DE'],
        [customers.porto, 1, 'skipped_no_mailbox', 'pt-BR'],
        [customers.nomail, 1, 'skipped_no_email', 'fr-FR'],
        [customers.riyadh, 1, 'sent', 'ar-SA'],
      ]),
    );
    await night('2025-12-22');
    expect(smtp.received).toHaveLength(0);
  });

  it('tries a failed lot again the next night, and never an expired one', async () => {
    // The server refuses the mailbox's password for a while.
    const setPassword = async (smtpPassword: string) => {
      const r = await ctx.client(org.eastRep).patch(`/mailboxes/${box}`, { smtpPassword });
      expect(r.statusCode, r.body).toBe(200);
    };
    await setPassword('wrong');
    await night('2026-01-30'); // Müller's second lot (2026-03-01) is within 30 days
    expect(smtp.received).toHaveLength(0);
    const failed = (await reminders()).find((r) => Number(r.lot_seq) === 2);
    expect(failed).toMatchObject({ status: 'failed', error: 'mail_auth_failed' });

    await setPassword(SMTP_PASSWORD);
    await night('2026-01-31');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.parsed.subject).toBe('1.250 Treuepunkte verfallen am 1. März 2026');
    // The first lot expired on 2026-01-10 and is not mentioned again.
    expect(smtp.received[0]!.parsed.text).not.toContain('10. Januar');
    expect(smtp.received[0]!.parsed.text).toContain('Ihr Punktestand heute: 1.250 Punkte.');
  });
});
