import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TestContext } from '../../../test/support/context.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { CHARSET_MAILS, rawMail } from '../../../test/support/mail-fixtures.ts';
import {
  connectMailbox,
  IMAP_PASSWORD,
  IMAP_USER,
  mailWorld,
} from '../../../test/support/mail-world.ts';

describe.each(testDialects())('mail sync from a real IMAP server (%s)', (dialect) => {
  let ctx: TestContext;
  let dovecot: Dovecot;
  let world: Awaited<ReturnType<typeof mailWorld>>;
  let mailboxId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { mail: { allowPrivateHosts: true } } });
    dovecot = await Dovecot.start({ [IMAP_USER]: IMAP_PASSWORD });
    world = await mailWorld(ctx, dovecot);
    mailboxId = await connectMailbox(ctx, world.rep, dovecot.port);
  });
  afterAll(async () => {
    await ctx?.close();
    await dovecot?.stop();
  });

  const stored = () =>
    ctx.db
      .selectFrom('mail_messages')
      .selectAll()
      .where('mailbox_id', '=', mailboxId)
      .orderBy('folder')
      .orderBy('uid')
      .execute();

  it('stores only mail that matches a customer, as touches on its timeline, through the job', async () => {
    const res = await ctx.client(world.rep).post(`/mailboxes/${mailboxId}/sync`);
    expect(res.statusCode).toBe(202);
    await ctx.services.jobs.runner.runNow(res.json().jobId);
    const rows = await stored();
    // 1 contact mail + 5 charsets + 1 colleague's customer in INBOX, 1 reply in Sent; not the friend.
    expect(rows).toHaveLength(8);
    expect(rows.some((r) => r.from_address === 'friend@gmail.com')).toBe(false);
    const box = (await ctx.client(world.rep).get(`/mailboxes/${mailboxId}`)).json();
    expect(box).toMatchObject({
      status: 'ok',
      lastSyncStored: 8,
      lastSyncSkipped: 1,
      lastError: null,
    });

    const offer = rows.find((r) => r.message_id === '<offer-1@mueller.de>')!;
    expect(offer).toMatchObject({
      direction: 'inbound',
      customer_id: world.mueller.id,
      contact_id: world.anna.id,
    });
    expect(JSON.parse(offer.attachments)).toEqual([
      { filename: 'spec.pdf', contentType: 'application/pdf', size: 13 },
    ]);
    const reply = rows.find((r) => r.folder === 'Sent')!;
    expect(reply).toMatchObject({
      direction: 'outbound',
      customer_id: world.mueller.id,
      thread_id: offer.thread_id,
    });

    const activities = await ctx.db
      .selectFrom('activities')
      .selectAll()
      .where('customer_id', '=', world.mueller.id)
      .where('type', '=', 'email')
      .execute();
    expect(activities.map((a) => a.direction).sort()).toEqual(['inbound', 'outbound']);
    const customer = await ctx.rawCustomer(world.ws.id, world.mueller.id);
    expect(customer?.last_outbound_at).toBe('2026-11-03T11:00:00.000Z');
    // The health score is worked out once for the batch's customers, after their touches: the
    // stored score is what scoring the customer now gives.
    expect(customer?.health_score).not.toBeNull();
    const fresh = (await ctx.client(world.rep).get(`/customers/${world.mueller.id}/health`)).json();
    expect(fresh.score).toBe(customer?.health_score);
  });

  it('decodes every charset of subject and body', async () => {
    const rows = await stored();
    for (const m of CHARSET_MAILS) {
      const row = rows.find((r) => r.customer_id === world.byCharset[m.charset]);
      expect(row, m.charset).toBeDefined();
      expect(row!.subject, m.charset).toBe(m.subject);
      expect(row!.body_text.trim(), m.charset).toBe(m.body);
    }
  });

  it('fetches nothing new on a second sync', async () => {
    const before = await stored();
    expect(await ctx.services.mailSync.sync(world.ws.id, mailboxId)).toEqual({
      stored: 0,
      skipped: 0,
      reports: 0,
    });
    expect(await stored()).toEqual(before);
  });

  it('resumes an aborted sync without duplicates or loss', async () => {
    const before = (await stored()).length;
    const fresh = Array.from({ length: 6 }, (_, i) =>
      rawMail({
        from: 'anna@mueller.de',
        to: world.me,
        subject: `Follow-up ${i}`,
        body: `Message ${i}`,
        messageId: `<fu-${i}@mueller.de>`,
      }),
    );
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'INBOX', fresh);
    const stop = new AbortController();
    let seen = 0;
    const first = ctx.services.mailSync.sync(world.ws.id, mailboxId, {
      signal: stop.signal,
      afterMessage: () => {
        if (++seen === 2) stop.abort();
      },
    });
    await expect(first).rejects.toThrow();
    expect((await stored()).length).toBe(before + 2);
    expect((await ctx.client(world.rep).get(`/mailboxes/${mailboxId}`)).json().status).toBe(
      'interrupted',
    );

    expect(await ctx.services.mailSync.sync(world.ws.id, mailboxId)).toEqual({
      stored: 4,
      skipped: 0,
      reports: 0,
    });
    const rows = await stored();
    const subjects = rows.filter((r) => r.subject.startsWith('Follow-up')).map((r) => r.subject);
    expect(subjects.sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `Follow-up ${i}`));
    expect(new Set(rows.map((r) => `${r.folder}:${r.uid}`)).size).toBe(rows.length);
    const touches = await ctx.db
      .selectFrom('activities')
      .select('summary')
      .where('customer_id', '=', world.mueller.id)
      .where('summary', 'like', 'Follow-up%')
      .execute();
    expect(touches).toHaveLength(6);
  });

  it('stores hostile mail without losing the rest: 8-bit headers, broken MIME, no ids', async () => {
    const before = (await stored()).length;
    const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'INBOX', [
      // A raw UTF-8 subject with no encoded-word and no charset anywhere.
      crlf([
        'From: anna@mueller.de',
        `To: ${world.me}`,
        'Subject: Größe und Preis – 价格',
        'Message-ID: <raw8@mueller.de>',
        '',
        'Bitte Größe prüfen.',
        '',
      ]),
      // A multipart whose boundary never closes and whose base64 part is cut short.
      crlf([
        'From: anna@mueller.de',
        `To: ${world.me}`,
        'Subject: Broken parts',
        'Content-Type: multipart/mixed; boundary="xx"',
        '',
        '--xx',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Visible text',
        '--xx',
        'Content-Type: application/pdf; name="a.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0xLj',
      ]),
      // No Message-ID, no Date: threaded by subject, dated by the server's arrival time.
      crlf(['From: anna@mueller.de', `To: ${world.me}`, 'Subject: No ids', '', 'Hello', '']),
    ]);
    expect(await ctx.services.mailSync.sync(world.ws.id, mailboxId)).toEqual({
      stored: 3,
      skipped: 0,
      reports: 0,
    });
    const rows = (await stored()).filter((r) => r.folder === 'INBOX').slice(-3);
    expect((await stored()).length).toBe(before + 3);
    expect(rows[0]).toMatchObject({ subject: 'Größe und Preis – 价格' });
    expect(rows[0]!.body_text).toContain('Bitte Größe prüfen.');
    expect(rows[1]!.body_text).toContain('Visible text');
    expect(rows[2]).toMatchObject({
      subject: 'No ids',
      message_id: null,
      thread_id: 'subject:no ids',
    });
  });

  it('stores a 25 MB message (its text cut, its attachment as metadata) and the next one', async () => {
    const before = (await stored()).length;
    const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');
    // 25 MB of attachment as base64 lines of 76 characters, after 300,000 characters of text.
    const attachment = Buffer.alloc(25 * 1024 * 1024, 7)
      .toString('base64')
      .match(/.{1,76}/g)!;
    const big = crlf([
      'From: anna@mueller.de',
      `To: ${world.me}`,
      'Subject: Drawings (large)',
      'Message-ID: <large-1@mueller.de>',
      'Content-Type: multipart/mixed; boundary="big"',
      '',
      '--big',
      'Content-Type: text/plain; charset=utf-8',
      '',
      ...Array.from({ length: 6000 }, (_, i) => `Zeile ${i} `.padEnd(49, 'x')),
      '--big',
      'Content-Type: application/zip; name="drawings.zip"',
      'Content-Disposition: attachment; filename="drawings.zip"',
      'Content-Transfer-Encoding: base64',
      '',
      ...attachment,
      '--big--',
      '',
    ]);
    expect(big.length).toBeGreaterThan(25 * 1024 * 1024);
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'INBOX', [
      big,
      crlf([
        'From: anna@mueller.de',
        `To: ${world.me}`,
        'Subject: After the large one',
        'Message-ID: <after-large@mueller.de>',
        '',
        'Did the drawings arrive?',
        '',
      ]),
    ]);
    expect(await ctx.services.mailSync.sync(world.ws.id, mailboxId)).toEqual({
      stored: 2,
      skipped: 0,
      reports: 0,
    });
    const rows = (await stored()).filter((r) => r.folder === 'INBOX').slice(-2);
    expect((await stored()).length).toBe(before + 2);
    expect(rows[0]).toMatchObject({ subject: 'Drawings (large)' });
    expect(rows[0]!.body_text.startsWith('Zeile 0 ')).toBe(true);
    expect(rows[0]!.body_text.length).toBeLessThanOrEqual(100_000);
    expect(JSON.parse(rows[0]!.attachments)).toEqual([
      { filename: 'drawings.zip', contentType: 'application/zip', size: 25 * 1024 * 1024 },
    ]);
    expect(rows[1]).toMatchObject({ subject: 'After the large one' });
  });

  it('records a refused password on the mailbox and keeps what was synced', async () => {
    const before = (await stored()).length;
    const client = ctx.client(world.rep);
    expect(
      (await client.patch(`/mailboxes/${mailboxId}`, { imapPassword: 'wrong-password' }))
        .statusCode,
    ).toBe(200);
    await expect(ctx.services.mailSync.sync(world.ws.id, mailboxId)).rejects.toThrow();
    const box = (await client.get(`/mailboxes/${mailboxId}`)).json();
    expect(box.status).toBe('error');
    expect(box.lastError.code).toBe('mail_auth_failed');
    expect(JSON.stringify(box)).not.toContain('wrong-password');
    expect((await stored()).length).toBe(before);
    // Fixed: the next sync clears the problem.
    await client.patch(`/mailboxes/${mailboxId}`, { imapPassword: IMAP_PASSWORD });
    await ctx.services.mailSync.sync(world.ws.id, mailboxId);
    expect((await client.get(`/mailboxes/${mailboxId}`)).json()).toMatchObject({
      status: 'ok',
      lastError: null,
    });
  });
});
