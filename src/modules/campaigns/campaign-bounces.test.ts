import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_SMTP, campaignWorld, unfold } from '../../../test/support/campaign-world.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { deliveryReport } from '../../../test/support/dsn-fixtures.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { rawMail } from '../../../test/support/mail-fixtures.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';

const IMAP = { user: 'sales', password: 'imap-sales-Ü-1', address: 'sales@chuhai.test' };
const HOUR = 3600_000;

// Bounces arrive in the sending mailbox as RFC 3464 reports from a mailer daemon (matching no
// customer) and are read by the real sync from a real Dovecot: a hard one marks the address for
// good, a soft one is sent again 4 h later (twice at most), a "delayed" one changes nothing.
describe.each(testDialects())(
  'campaign bounces and replies from a real mailbox on %s',
  (dialect) => {
    let smtp: SmtpReceiver;
    let dovecot: Dovecot;
    let w: Awaited<ReturnType<typeof campaignWorld>>;
    beforeAll(async () => {
      smtp = await SmtpReceiver.start({ [CAMPAIGN_SMTP.user]: CAMPAIGN_SMTP.password });
      dovecot = await Dovecot.start({ [IMAP.user]: IMAP.password });
      w = await campaignWorld(dialect, smtp, { port: dovecot.port, ...IMAP });
    });
    afterAll(async () => {
      await smtp?.stop();
      await dovecot?.stop();
      await w?.ctx.close();
    });

    const messageIdTo = (to: string) => {
      const all = smtp.received.filter((m) => m.envelope.to[0] === to);
      return unfold(all[all.length - 1]!.raw).match(/^Message-ID: (<[^>]+>)/im)![1]!;
    };
    const deliver = (...mails: Buffer[]) =>
      dovecot.append(IMAP.user, IMAP.password, 'INBOX', mails);
    // The sync itself (the job's run), then whatever it queued (a soft bounce's next send).
    const sync = async () => {
      const counts = await w.ctx.services.mailSync.sync(w.org.ws.id, w.mailboxId);
      await w.runDue();
      return counts;
    };
    const report = (
      to: string,
      status: string,
      over: Partial<Parameters<typeof deliveryReport>[0]> = {},
    ) =>
      deliveryReport({
        to,
        messageId: messageIdTo(to),
        action: 'failed',
        status,
        diagnostic: status.startsWith('5')
          ? `550 ${status} <${to}>: Recipient address rejected: User unknown`
          : `452 ${status} <${to}>: Mailbox full`,
        sender: IMAP.address,
        ...over,
      });
    const row = async (campaignId: string, contactId: string) =>
      w.ctx.db
        .selectFrom('campaign_recipients')
        .select(['status', 'send_at', 'retries', 'bounce_status', 'error'])
        .where('campaign_id', '=', campaignId)
        .where('contact_id', '=', contactId)
        .executeTakeFirstOrThrow();

    it('marks hard bounces, retries soft ones, counts replies, and never mails a bounced address again', async () => {
      const t0 = new Date();
      w.world.clock = t0;
      const de = await w.audience('DE', [
        { name: 'Jonas', email: 'jonas@werk.example' },
        { name: 'Lena', email: 'lena@werk.example' },
        { name: 'Mia', email: 'mia@werk.example' },
        { name: 'Paul', email: 'paul@werk.example' },
      ]);
      const [jonas, lena, mia, paul] = de.contacts as [string, string, string, string];
      const campaignId = await w.sendCampaign(de.segmentId);
      expect(smtp.received).toHaveLength(4);

      await deliver(
        report('jonas@werk.example', '5.1.1'),
        report('lena@werk.example', '4.2.2', { returned: 'headers' }),
        report('paul@werk.example', '4.4.7', { action: 'delayed' }),
        // Not ours: a report on mail Chuhai did not send changes nothing.
        report('paul@werk.example', '5.1.1', { messageId: '<private-1@chuhai.test>' }),
        rawMail({
          from: 'Mia <mia@werk.example>',
          to: IMAP.address,
          subject: 'Re: Our new catalogue',
          body: 'Danke, bitte schicken Sie die Preise.',
          messageId: '<mia-reply@werk.example>',
          inReplyTo: messageIdTo('mia@werk.example'),
        }),
      );
      expect(await sync()).toEqual({ stored: 1, skipped: 2, reports: 2 });

      expect(await row(campaignId, jonas)).toMatchObject({
        status: 'bounced',
        bounce_status: '5.1.1',
      });
      expect((await row(campaignId, jonas)).error).toContain('User unknown');
      const soft = await row(campaignId, lena);
      expect(soft).toMatchObject({ status: 'queued', retries: 1, bounce_status: '4.2.2' });
      expect(Date.parse(soft.send_at)).toBe(t0.getTime() + 4 * HOUR);
      expect(await row(campaignId, mia)).toMatchObject({ status: 'sent' });
      expect(await row(campaignId, paul)).toMatchObject({ status: 'sent', retries: 0 });
      const marked = await w.ctx.db.selectFrom('bounced_addresses').selectAll().execute();
      expect(marked).toMatchObject([
        {
          address: 'jonas@werk.example',
          status: '5.1.1',
          campaign_id: campaignId,
          contact_id: jonas,
        },
      ]);
      const audit = (
        await w.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', jonas).execute()
      ).filter((a) => JSON.stringify(a.changes).includes('bouncedAddress'));
      expect(audit.map((a) => [a.action, a.actor_id])).toEqual([['update', null]]);
      expect(JSON.stringify(audit[0]!.changes)).toContain('jonas@werk.example');
      // The bounces are not stored as mail; the reply is, on Mia's timeline.
      const stored = await w.ctx.db
        .selectFrom('mail_messages')
        .select(['from_address', 'folder'])
        .where('folder', '=', 'INBOX')
        .execute();
      expect(stored).toEqual([{ from_address: 'mia@werk.example', folder: 'INBOX' }]);
      let r = await w.results(campaignId);
      expect(r.totals).toMatchObject({ sent: 2, bounced: 1, queued: 1, replied: 1 });
      expect(r.byCountry[0]).toMatchObject({ country: 'DE', bounced: 1, replied: 1 });

      // A second sync reads nothing again (the reports were applied with the bookmark).
      expect(await sync()).toEqual({ stored: 0, skipped: 0, reports: 0 });
      expect(await row(campaignId, lena)).toMatchObject({ retries: 1 });

      // Four hours on, Lena's mail goes again (same Message-ID); it bounces softly twice more.
      for (const retries of [1, 2]) {
        w.world.clock = new Date(t0.getTime() + retries * 4 * HOUR + 60_000);
        const before = smtp.received.length;
        await w.runDue();
        expect(smtp.received.length).toBe(before + 1);
        expect(smtp.received[before]!.envelope.to).toEqual(['lena@werk.example']);
        await deliver(report('lena@werk.example', '4.2.2'));
        await sync();
        expect(await row(campaignId, lena)).toMatchObject(
          retries === 1 ? { status: 'queued', retries: 2 } : { status: 'bounced', retries: 2 },
        );
      }
      r = await w.results(campaignId);
      expect(r.totals).toMatchObject({ sent: 2, bounced: 2, queued: 0, replied: 1 });
      // A soft bounce never marks the address.
      expect(
        (await w.ctx.db.selectFrom('bounced_addresses').select('address').execute()).map(
          (x) => x.address,
        ),
      ).toEqual(['jonas@werk.example']);

      // The next campaign skips the refused address, and only it.
      const before = smtp.received.length;
      const next = await w.sendCampaign(de.segmentId);
      expect(await row(next, jonas)).toMatchObject({ status: 'skipped_bounced' });
      expect(smtp.received.length).toBe(before + 3);
      expect((await w.results(next)).totals).toMatchObject({ sent: 3, skippedBounced: 1 });
    });
  },
);
