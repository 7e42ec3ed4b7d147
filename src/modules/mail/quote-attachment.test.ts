import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../../../test/support/browser.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { pdfText } from '../../../test/support/pdf-text.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { quoteBody } from '../quotes/quote-body.fixture.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const SMTP = { user: 'quotes', password: 'smtp-pass-报价-3' };

// Compose on a quote: the mail carries the quote's PDF, rendered when it is sent; the test reads
// the bytes the SMTP server received, parses the MIME and the PDF's text.
describe.skipIf(!browserRunnable).each(testDialects())(
  'a quote’s PDF attached on %s',
  (dialect) => {
    let ctx: TestContext;
    let smtp: SmtpReceiver;
    let org: Awaited<ReturnType<typeof salesOrg>>;
    let mailboxId: string;
    beforeAll(async () => {
      ctx = await TestContext.create(dialect, { container: { mail: { allowPrivateHosts: true } } });
      smtp = await SmtpReceiver.start({ [SMTP.user]: SMTP.password });
      org = await salesOrg(ctx);
      const box = await ctx.client(org.eastRep).post('/mailboxes', {
        address: 'east.rep@chuhai.test',
        imapHost: '127.0.0.1',
        imapPort: 1,
        imapTls: 'none',
        imapUsername: 'unused',
        imapPassword: 'unused',
        smtpHost: '127.0.0.1',
        smtpPort: smtp.port,
        smtpTls: 'none',
        smtpUsername: SMTP.user,
        smtpPassword: SMTP.password,
        syncSince: '2026-01-01',
      });
      expect(box.statusCode, box.body).toBe(201);
      mailboxId = box.json<Json>().id;
    });
    afterAll(async () => {
      await smtp?.stop();
      await ctx?.close();
    });
    const runDue = async () => {
      const runner = ctx.services.jobs.runner;
      while ((await runner.tick()).length) await runner.drain();
    };

    it('sends the quote’s PDF with the mail; a quote of another customer is refused', async () => {
      const customer = await ctx.newCustomer(org.eastRep, { name: 'Ningbo Buyer', country: 'DE' });
      const contact = await ctx.newContact(org.eastRep, customer.id, {
        firstName: 'Jonas',
        emails: ['jonas@buyer.example'],
      });
      const q = await ctx.client(org.eastRep).post('/quotes', quoteBody(customer.id));
      expect(q.statusCode, q.body).toBe(201);
      const quote = q.json<Json>();

      const other = await ctx.newCustomer(org.eastRep, { name: 'Other Buyer', country: 'DE' });
      const otherQuote = (
        await ctx.client(org.eastRep).post('/quotes', quoteBody(other.id))
      ).json<Json>();
      const refused = await ctx.client(org.eastRep).post('/messages', {
        mailboxId,
        contactId: contact.id,
        subject: 'Quote',
        body: 'Attached.',
        quoteId: otherQuote.id,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<Json>().errors).toMatchObject([
        { path: '/quoteId', code: 'mail_quote_other_customer' },
      ]);
      const unknown = await ctx.client(org.eastRep).post('/messages', {
        mailboxId,
        contactId: contact.id,
        subject: 'Quote',
        body: 'Attached.',
        quoteId: 'no-such-quote',
      });
      expect(unknown.json<Json>().errors).toMatchObject([{ path: '/quoteId', code: 'no_such' }]);

      const res = await ctx.client(org.eastRep).post('/messages', {
        mailboxId,
        contactId: contact.id,
        subject: `Our quote ${quote.number}`,
        body: 'Dear Jonas, please find our quote attached.',
        quoteId: quote.id,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<Json>().outgoing.quoteId).toBe(quote.id);
      await runDue();

      expect(smtp.received).toHaveLength(1);
      const got = smtp.received[0]!;
      expect(got.raw.toString('latin1')).toMatch(/Content-Type: multipart\/mixed/i);
      expect(got.parsed.text).toContain('please find our quote attached');
      expect(got.parsed.attachments).toHaveLength(1);
      const pdf = got.parsed.attachments[0]!;
      expect(pdf.contentType).toBe('application/pdf');
      expect(pdf.filename).toBe(`${quote.number}-${quote.revision}.pdf`);
      expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf.content);
      expect(text).toContain(quote.number);
      expect(text).toContain('Solar inverter 5 kW');
      // The sent message on the customer's mail names the attachment.
      const mail = await ctx.db
        .selectFrom('mail_messages')
        .select('attachments')
        .where('customer_id', '=', customer.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(mail.attachments)).toEqual([
        { filename: pdf.filename, contentType: 'application/pdf', size: pdf.size },
      ]);
    });
  },
);
