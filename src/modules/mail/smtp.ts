import { isIP } from 'node:net';
import { createTransport, type Transporter } from 'nodemailer';
import type { Mailbox } from '../../db/schema.ts';
import type { MailTls } from '../../domain/mail/mail-vocabulary.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  tls: MailTls;
  username: string | null;
  password: string | null;
}

/** The SMTP side of a mailbox, or null when the mailbox has none (it cannot send). */
export function smtpOf(m: Mailbox, open: (sealed: string) => string): SmtpSettings | null {
  if (!m.smtp_host || !m.smtp_port || !m.smtp_tls) return null;
  return {
    host: m.smtp_host,
    port: m.smtp_port,
    tls: m.smtp_tls,
    username: m.smtp_username,
    password: m.smtp_secret ? open(m.smtp_secret) : null,
  };
}

/**
 * A transport to `address` (the vetted IP of `s.host`); TLS still checks the certificate against
 * the host name. Never logs: nodemailer's logger would write the AUTH exchange. Timeouts are
 * short so a wrong host or port answers within seconds.
 */
function transport(s: SmtpSettings, address: string): Transporter {
  return createTransport({
    host: address,
    port: s.port,
    secure: s.tls === 'tls',
    requireTLS: s.tls === 'starttls',
    ignoreTLS: s.tls === 'none',
    auth: s.username && s.password ? { user: s.username, pass: s.password } : undefined,
    tls: isIP(s.host) ? {} : { servername: s.host },
    logger: false,
    debug: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
}

/** Connects, greets, upgrades to TLS as set and logs in; throws nodemailer's error. */
export async function verifySmtp(s: SmtpSettings, address: string): Promise<void> {
  const t = transport(s, address);
  try {
    await t.verify();
  } finally {
    t.close();
  }
}

export interface OutgoingMail {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  text: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  date: Date;
  /** extra header lines, e.g. a campaign's List-Unsubscribe (RFC 8058) */
  headers?: Record<string, string>;
  /** files sent with the text, e.g. a quote's PDF */
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

/** Sends one RFC 5322 message (UTF-8, quoted-printable or base64 as nodemailer sees fit). */
export async function sendSmtp(s: SmtpSettings, address: string, m: OutgoingMail): Promise<void> {
  const t = transport(s, address);
  try {
    await t.sendMail({
      from: m.from,
      to: m.to,
      subject: m.subject,
      text: m.text,
      messageId: m.messageId,
      date: m.date,
      ...(m.inReplyTo ? { inReplyTo: m.inReplyTo } : {}),
      ...(m.references.length ? { references: m.references } : {}),
      ...(m.headers ? { headers: m.headers } : {}),
      ...(m.attachments?.length ? { attachments: m.attachments } : {}),
    });
  } finally {
    t.close();
  }
}
