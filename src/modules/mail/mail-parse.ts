import { simpleParser, type AddressObject } from 'mailparser';
import { messageIds } from '../../domain/mail/threading.ts';

export interface Party {
  address: string;
  name: string | null;
}

export interface ParsedMessage {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  date: Date | null;
  from: Party | null;
  to: Party[];
  cc: Party[];
  text: string;
  attachments: { filename: string | null; contentType: string; size: number }[];
}

/** Bodies are for reading on the timeline, not archiving: a longer one is cut here. */
export const BODY_LIMIT = 100_000;

const parties = (value: AddressObject | AddressObject[] | undefined): Party[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((o) => o.value)
    .flatMap((a) => (a.group ? a.group : [a]))
    .filter((a) => a.address)
    .map((a) => ({ address: a.address!.toLowerCase(), name: a.name || null }));

/**
 * One raw RFC 5322 message as plain data. mailparser decodes MIME and every charset iconv-lite
 * knows (GBK, Big5, Shift_JIS, KOI8-R, Windows-1256, …); attachments keep only their metadata.
 */
export async function parseMessage(source: Buffer): Promise<ParsedMessage> {
  const mail = await simpleParser(source, { skipImageLinks: true, skipTextLinks: true });
  const text = mail.text ?? '';
  return {
    messageId: messageIds(mail.messageId)[0] ?? null,
    inReplyTo: messageIds(mail.inReplyTo)[0] ?? null,
    references: messageIds(mail.references),
    subject: rawUtf8Subject(source) ?? (mail.subject ?? '').trim(),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    from: parties(mail.from)[0] ?? null,
    to: parties(mail.to),
    cc: parties(mail.cc),
    text: text.length > BODY_LIMIT ? text.slice(0, BODY_LIMIT) : text,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType,
      size: a.size,
    })),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A Subject sent as raw 8-bit bytes with no encoded-word (RFC 6532 mail, or a careless client)
 * carries no charset; parsers read such bytes as Latin-1. Most such mail is UTF-8, so a subject
 * whose raw bytes are valid UTF-8 is read as UTF-8; anything else keeps the parser's reading.
 */
export function rawUtf8Subject(source: Buffer): string | null {
  const end = source.indexOf('\r\n\r\n');
  const head = source.subarray(0, end < 0 ? Math.min(source.length, 65536) : end);
  const match = /(?:^|\r\n)subject:[ \t]*((?:[^\r\n]|\r\n[ \t])*)/i.exec(head.toString('latin1'));
  if (!match) return null;
  const bytes = Buffer.from(match[1]!.replace(/\r\n(?=[ \t])/g, ''), 'latin1');
  if (!bytes.some((b) => b >= 0x80)) return null;
  try {
    return utf8.decode(bytes).trim();
  } catch {
    return null;
  }
}
