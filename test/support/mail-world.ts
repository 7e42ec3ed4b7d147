import { newId, nowIso } from '../../src/domain/ids.ts';
import { mailMessagesRepository } from '../../src/modules/mail/mail-messages.repository.ts';
import type { MailMessage } from '../../src/db/schema.ts';
import type { Actor, TestContext } from './context.ts';
import { salesOrg } from './context.ts';
import type { Dovecot } from './dovecot.ts';
import { CHARSET_MAILS, rawMail } from './mail-fixtures.ts';

export const IMAP_USER = 'rep.mail';
export const IMAP_PASSWORD = 'imap-pass-ÄÖ-8c1f';

/**
 * A sales org whose east rep keeps a mailbox on the test Dovecot: customers known by a contact's
 * address (Müller, DE) or by domain (one per charset), one owned by a colleague (Porto, BR), and
 * mail in INBOX and Sent that matches them, plus private mail that matches nobody.
 */
export async function mailWorld(ctx: TestContext, dovecot: Dovecot) {
  const org = await salesOrg(ctx);
  const rep = org.eastRep;
  const mueller = await ctx.newCustomer(rep, {
    name: 'Müller GmbH',
    country: 'DE',
    domain: 'mueller.de',
  });
  const anna = await ctx.newContact(rep, mueller.id, {
    firstName: 'Anna',
    emails: ['anna@mueller.de'],
  });
  const byCharset: Record<string, string> = {};
  for (const m of CHARSET_MAILS)
    byCharset[m.charset] = (
      await ctx.newCustomer(rep, { name: `Customer ${m.domain}`, country: 'CN', domain: m.domain })
    ).id;
  // A colleague's customer: the rep's mail with it is a touch on it, but the rep cannot see it.
  const porto = await ctx.newCustomer(org.westRep, {
    name: 'Porto Ltda',
    country: 'BR',
    domain: 'porto.com.br',
  });
  const me = `${IMAP_USER}@chuhai.test`;
  await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'INBOX', [
    rawMail({
      from: 'Anna Müller <anna@mueller.de>',
      to: me,
      subject: 'Angebot für 500 Pumpen',
      body: 'Sehr geehrte Damen und Herren, bitte senden Sie uns Ihr Angebot.',
      messageId: '<offer-1@mueller.de>',
      attachment: { name: 'spec.pdf', type: 'application/pdf', content: '%PDF-1.4 spec' },
    }),
    rawMail({ from: 'friend@gmail.com', to: me, subject: 'Dinner Friday?', body: 'Private.' }),
    ...CHARSET_MAILS.map((m, i) =>
      rawMail({
        from: m.from,
        to: me,
        subject: m.subject,
        body: m.body,
        charset: m.charset,
        transfer: i % 2 ? '8bit' : 'base64',
        messageId: `<charset-${i}@${m.domain}>`,
      }),
    ),
    rawMail({
      from: 'joao@porto.com.br',
      to: me,
      subject: 'Pedido 42',
      body: 'Olá, segue o pedido.',
      messageId: '<p42@porto.com.br>',
    }),
  ]);
  await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'Sent', [
    rawMail({
      from: me,
      to: 'anna@mueller.de',
      subject: 'Re: Angebot für 500 Pumpen',
      body: 'Sehr geehrte Frau Müller, anbei unser Angebot.',
      messageId: '<reply-1@chuhai.test>',
      inReplyTo: '<offer-1@mueller.de>',
      date: 'Tue, 03 Nov 2026 11:00:00 +0000',
    }),
  ]);
  return { ...org, rep, mueller, anna, byCharset, porto, me };
}

export function mailboxBody(port: number, over: Record<string, unknown> = {}) {
  return {
    address: `${IMAP_USER}@chuhai.test`,
    imapHost: '127.0.0.1',
    imapPort: port,
    imapTls: 'none',
    imapUsername: IMAP_USER,
    imapPassword: IMAP_PASSWORD,
    sharing: 'metadata',
    syncSince: '2026-01-01',
    ...over,
  };
}

export async function connectMailbox(ctx: TestContext, owner: Actor, port: number) {
  const res = await ctx.client(owner).post('/mailboxes', mailboxBody(port));
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json<{ id: string }>().id;
}

/** A synced message written as the sync writes it, for tests without an IMAP server. */
export async function seedMessage(
  ctx: TestContext,
  workspaceId: string,
  mailboxId: string,
  customerId: string,
  /** e.g. an older `sent_at` or an outbound reply in the same thread */
  extra: Partial<MailMessage> = {},
) {
  const id = newId();
  const row = {
    workspace_id: workspaceId,
    id,
    mailbox_id: mailboxId,
    folder: 'INBOX',
    uidvalidity: '1',
    uid: Math.floor(Math.random() * 1e9),
    message_id: `<${id}@matrix.example>`,
    thread_id: `<${id}@matrix.example>`,
    in_reply_to: null,
    direction: 'inbound' as const,
    customer_id: customerId,
    contact_id: null,
    matched_by: 'domain' as const,
    from_address: 'buyer@matrix.example',
    from_name: null,
    to_addresses: '[]',
    cc_addresses: '[]',
    subject: `Matrixsecret subject ${id}`,
    sent_at: nowIso(),
    body_text: `Matrixsecret body ${id}`,
    attachments: '[]',
    activity_id: null,
    created_at: nowIso(),
    ...extra,
  };
  await mailMessagesRepository.insert(ctx.db, row);
  return row;
}
