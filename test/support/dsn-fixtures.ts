/**
 * Delivery status notifications (RFC 3464) as real MTAs write them: Postfix's bounce with the
 * original message returned whole, or (headers only) as Exim and Exchange often do.
 */
export interface ReportSpec {
  /** the address that bounced */
  to: string;
  /** the returned message's Message-ID */
  messageId: string;
  action: 'failed' | 'delayed';
  status: string;
  diagnostic: string;
  /** return the whole message (message/rfc822) or its headers only */
  returned?: 'message' | 'headers';
  /** the mailbox the report goes to */
  sender: string;
}

let serial = 0;

export function deliveryReport(r: ReportSpec): Buffer {
  const b = `report-boundary-${++serial}`;
  const returnedHead = [
    `From: Sales <${r.sender}>`,
    `To: ${r.to}`,
    'Subject: Our new catalogue',
    `Message-ID: ${r.messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ];
  const returned =
    r.returned === 'headers'
      ? ['Content-Type: text/rfc822-headers', '', ...returnedHead, '']
      : ['Content-Type: message/rfc822', '', ...returnedHead, '', 'Dear customer, here it is.'];
  return Buffer.from(
    [
      'From: MAILER-DAEMON@mx.chuhai.test (Mail Delivery System)',
      `To: ${r.sender}`,
      `Subject: ${r.action === 'failed' ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail (still being retried)'}`,
      'Date: Tue, 03 Nov 2026 10:05:00 +0000',
      `Message-ID: <dsn-${serial}@mx.chuhai.test>`,
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="${b}"`,
      '',
      'This is a MIME-encapsulated message.',
      '',
      `--${b}`,
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mx.chuhai.test.',
      '',
      `<${r.to}>: ${r.diagnostic}`,
      '',
      `--${b}`,
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.chuhai.test',
      'X-Postfix-Queue-ID: 4Qx1yZ2abc',
      'Arrival-Date: Tue,  3 Nov 2026 10:00:00 +0000 (UTC)',
      '',
      `Final-Recipient: rfc822; ${r.to}`,
      `Original-Recipient: rfc822;${r.to}`,
      `Action: ${r.action}`,
      `Status: ${r.status}`,
      `Remote-MTA: dns; mx.${r.to.split('@')[1]}`,
      `Diagnostic-Code: smtp; ${r.diagnostic}`,
      '',
      `--${b}`,
      'Content-Description: Undelivered Message',
      ...returned,
      '',
      `--${b}--`,
      '',
    ].join('\r\n'),
  );
}
