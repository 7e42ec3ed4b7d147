/**
 * Delivery status notifications (RFC 3464): a `multipart/report; report-type=delivery-status`
 * whose second part lists, per recipient, what the reporting server did (Action) and why
 * (Status, an RFC 3463 code: 2 success, 4 persistent transient failure, 5 permanent failure),
 * and whose third part returns the original message or its headers (so its Message-ID).
 * Plain string work: the sync hands the raw bytes in, decoded as latin1 (DSN fields are ASCII).
 */

export interface DsnRecipient {
  /** the address the reporting server tried (Final-Recipient), lower case */
  finalRecipient: string | null;
  /** the address the sender gave (Original-Recipient), lower case, when reported */
  originalRecipient: string | null;
  action: string;
  /** e.g. 5.1.1; null when the report has none (then the action alone decides) */
  status: string | null;
  diagnostic: string | null;
}

export interface DeliveryReport {
  /** the returned message's Message-ID, e.g. `<x.chuhai@acme.com>` */
  originalMessageId: string | null;
  recipients: DsnRecipient[];
}

export type BounceKind = 'hard' | 'soft';

/** What a recipient's report means to a sender: hard (never again), soft (try later), nothing. */
export function bounceKind(r: Pick<DsnRecipient, 'action' | 'status'>): BounceKind | null {
  // "delayed" means the reporting server is still trying: sending again would duplicate.
  if (r.action !== 'failed') return null;
  const cls = r.status?.trim()[0];
  if (cls === '4') return 'soft';
  // A failure without a usable code is permanent: that is what "failed" says (RFC 3464 §2.3.3).
  return 'hard';
}

const CRLF = /\r?\n/;

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Header fields of a block (unfolded, names lower case; the first of each name wins). */
export function headerFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(CRLF)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

function splitHead(text: string): Part {
  const m = /\r?\n\r?\n/.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  const body = m ? text.slice(m.index + m[0].length) : '';
  return { headers: headerFields(head), body };
}

/** A Content-Type's media type (lower case) and parameters. */
export function contentType(value: string | undefined): {
  type: string;
  params: Record<string, string>;
} {
  const [type = '', ...rest] = (value ?? 'text/plain').split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    params[p.slice(0, eq).trim().toLowerCase()] = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { type: type.trim().toLowerCase(), params };
}

function decode(part: Part): string {
  const cte = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (cte === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString();
  if (cte === 'quoted-printable')
    return part.body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return part.body;
}

function parts(body: string, boundary: string): Part[] {
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${escape(boundary)}(--)?[ \\t]*(?:\\r?\\n|$)`, 'g');
  const out: Part[] = [];
  let start = -1;
  for (const m of body.matchAll(delimiter)) {
    if (start >= 0) out.push(splitHead(body.slice(start, m.index)));
    if (m[1]) return out; // the closing delimiter: the rest is epilogue
    start = m.index + m[0].length;
  }
  // A report cut short (no closing delimiter) keeps its last part.
  if (start >= 0) out.push(splitHead(body.slice(start)));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const address = (v: string | undefined) => {
  if (!v) return null;
  const a = v.includes(';') ? v.slice(v.indexOf(';') + 1) : v;
  return a.trim().replace(/^<|>$/g, '').toLowerCase() || null;
};

/** The per-recipient blocks of a message/delivery-status body (the first block is per message). */
export function readStatusFields(text: string): DsnRecipient[] {
  const blocks = text.trim().split(/\r?\n[ \t]*\r?\n/);
  return blocks
    .slice(1)
    .map(headerFields)
    .filter((f) => f.has('action'))
    .map((f) => ({
      finalRecipient: address(f.get('final-recipient')),
      originalRecipient: address(f.get('original-recipient')),
      action: (f.get('action') ?? '').toLowerCase().split(/\s/)[0] ?? '',
      status: /\d\.\d{1,3}\.\d{1,3}/.exec(f.get('status') ?? '')?.[0] ?? null,
      diagnostic: f.get('diagnostic-code')?.slice(0, 500) ?? null,
    }));
}

/**
 * The delivery report in a raw message, or null when it is not one. Also reads
 * `message/global-delivery-status` (RFC 6533) and a report nested one level in a
 * multipart/mixed (some gateways wrap it).
 */
export function readDeliveryReport(raw: string): DeliveryReport | null {
  const top = splitHead(raw);
  return reportOf(top, 0);
}

function reportOf(part: Part, depth: number): DeliveryReport | null {
  const ct = contentType(part.headers.get('content-type'));
  if (!ct.type.startsWith('multipart/') || !ct.params.boundary) return null;
  const children = parts(part.body, ct.params.boundary);
  if (ct.type !== 'multipart/report') {
    if (depth > 0) return null;
    for (const c of children) {
      const inner = reportOf(c, depth + 1);
      if (inner) return inner;
    }
    return null;
  }
  if ((ct.params['report-type'] ?? '').toLowerCase() !== 'delivery-status') return null;
  let recipients: DsnRecipient[] = [];
  let originalMessageId: string | null = null;
  for (const c of children) {
    const type = contentType(c.headers.get('content-type')).type;
    if (type === 'message/delivery-status' || type === 'message/global-delivery-status')
      recipients = readStatusFields(decode(c));
    else if (
      type === 'message/rfc822' ||
      type === 'text/rfc822-headers' ||
      type === 'message/global' ||
      type === 'message/global-headers'
    ) {
      const returned = splitHead(decode(c)).headers;
      originalMessageId = /<[^<>\s]+>/.exec(returned.get('message-id') ?? '')?.[0] ?? null;
    }
  }
  return { originalMessageId, recipients };
}

/** The report's line for one address: the one naming it, else the only failure reported. */
export function recipientFor(report: DeliveryReport, to: string): DsnRecipient | null {
  const a = to.toLowerCase();
  const named = report.recipients.find((r) => r.finalRecipient === a || r.originalRecipient === a);
  if (named) return named;
  const failed = report.recipients.filter((r) => r.action === 'failed' || r.action === 'delayed');
  return failed.length === 1 ? failed[0]! : null;
}
