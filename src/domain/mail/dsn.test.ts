import { describe, expect, it } from 'vitest';
import { bounceKind, readDeliveryReport, recipientFor } from './dsn.ts';
import { bounceOutcome, campaignKeyOf } from '../communication/campaign-bounces.ts';

const report = (
  status: string,
  extra: { returned?: string; wrap?: boolean; cte?: string } = {},
) => {
  const fields = [
    'Reporting-MTA: dns; mx.example',
    '',
    'Final-Recipient: rfc822; Jonas@Werk.example',
    'Action: failed',
    `Status: ${status}`,
    'Diagnostic-Code: smtp; 550 5.1.1 <jonas@werk.example>: Recipient address',
    '    rejected: User unknown',
    '',
  ].join('\r\n');
  const body =
    extra.cte === 'base64'
      ? Buffer.from(fields)
          .toString('base64')
          .replace(/(.{76})/g, '$1\r\n')
      : fields;
  const inner = [
    'Content-Type: multipart/report; report-type="delivery-status"; boundary="R"',
    '',
    'preamble',
    '--R',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered.',
    '--R',
    'Content-Type: message/delivery-status',
    ...(extra.cte ? [`Content-Transfer-Encoding: ${extra.cte}`] : []),
    '',
    body,
    '--R',
    `Content-Type: ${extra.returned ?? 'text/rfc822-headers'}`,
    '',
    'From: sales@chuhai.test',
    'Message-ID:',
    ' <c1.k2.chuhai@chuhai.test>',
    'Subject: Catalogue',
    '',
    'the body',
    '--R--',
    'epilogue',
  ].join('\r\n');
  const head = 'From: MAILER-DAEMON@mx.example\r\nSubject: Undelivered\r\nMIME-Version: 1.0\r\n';
  if (!extra.wrap) return head + inner;
  return `${head}Content-Type: multipart/mixed; boundary=W\r\n\r\n--W\r\n${inner}\r\n--W--\r\n`;
};

describe('readDeliveryReport', () => {
  it.each([
    ['headers returned', report('5.1.1')],
    ['whole message returned', report('5.1.1', { returned: 'message/rfc822' })],
    ['base64 status part', report('5.1.1', { cte: 'base64' })],
    ['wrapped in multipart/mixed', report('5.1.1', { wrap: true })],
  ])('%s', (_name, raw) => {
    const r = readDeliveryReport(raw)!;
    expect(r.originalMessageId).toBe('<c1.k2.chuhai@chuhai.test>');
    expect(r.recipients).toEqual([
      {
        finalRecipient: 'jonas@werk.example',
        originalRecipient: null,
        action: 'failed',
        status: '5.1.1',
        diagnostic:
          'smtp; 550 5.1.1 <jonas@werk.example>: Recipient address rejected: User unknown',
      },
    ]);
    expect(recipientFor(r, 'JONAS@werk.example')).toBe(r.recipients[0]);
  });

  it.each([
    ['plain mail', 'From: a@b.c\r\nContent-Type: text/plain\r\n\r\nhello'],
    [
      'another report type',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary=R\r\n\r\n--R\r\n\r\nx\r\n--R--',
    ],
    ['no boundary', 'Content-Type: multipart/report; report-type=delivery-status\r\n\r\nx'],
  ])('%s is no report', (_name, raw) => expect(readDeliveryReport(raw)).toBeNull());
});

describe('bounceKind', () => {
  it.each([
    ['failed', '5.1.1', 'hard'],
    ['failed', '5.7.1', 'hard'],
    ['failed', '4.2.2', 'soft'],
    ['failed', null, 'hard'],
    ['delayed', '4.4.7', null],
    ['delivered', '2.0.0', null],
    ['relayed', '2.0.0', null],
    ['expanded', '2.0.0', null],
  ] as const)('%s %s → %s', (action, status, kind) =>
    expect(bounceKind({ action, status })).toBe(kind),
  );
});

describe('bounceOutcome', () => {
  const at = new Date('2026-11-03T10:00:00Z');
  it.each([
    ['hard', 0, { kind: 'hard' }],
    ['hard', 2, { kind: 'hard' }],
    ['soft', 0, { kind: 'retry', retries: 1, retryAt: new Date('2026-11-03T14:00:00Z') }],
    ['soft', 1, { kind: 'retry', retries: 2, retryAt: new Date('2026-11-03T14:00:00Z') }],
    ['soft', 2, { kind: 'soft_exhausted' }],
  ] as const)('%s after %i retries', (kind, retries, out) =>
    expect(bounceOutcome(kind, retries, at)).toEqual(out),
  );
});

describe('campaignKeyOf', () => {
  it.each([
    ['<c1.k2.chuhai@chuhai.test>', { campaignId: 'c1', contactId: 'k2' }],
    ['<test.c1.k2.chuhai@chuhai.test>', null],
    ['<out1.chuhai@chuhai.test>', null],
    ['<c1.k2@elsewhere.example>', null],
    [null, null],
  ])('%s', (id, key) => expect(campaignKeyOf(id)).toEqual(key));
});
