import iconv from 'iconv-lite';

/**
 * Raw RFC 5322 messages as real mail clients send them: encoded-word subjects and bodies in the
 * charsets our customers' mail arrives in, kept as bytes (8bit or base64), never pre-decoded.
 */
export interface RawMail {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  body: string;
  charset?: string;
  transfer?: '8bit' | 'base64';
  messageId?: string;
  inReplyTo?: string;
  references?: string;
  date?: string;
  attachment?: { name: string; type: string; content: string };
}

const word = (text: string, charset: string) =>
  /^[\x20-\x7e]*$/.test(text)
    ? text
    : `=?${charset}?B?${iconv.encode(text, charset).toString('base64')}?=`;

export function rawMail(m: RawMail): Buffer {
  const charset = m.charset ?? 'UTF-8';
  const transfer = m.transfer ?? 'base64';
  const headers = [
    `From: ${m.from}`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${word(m.subject, charset)}`,
    `Date: ${m.date ?? 'Tue, 03 Nov 2026 09:30:00 +0000'}`,
    ...(m.messageId ? [`Message-ID: ${m.messageId}`] : []),
    ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`] : []),
    ...(m.references ? [`References: ${m.references}`] : []),
    'MIME-Version: 1.0',
  ];
  const bytes = iconv.encode(m.body, charset);
  const encoded = transfer === 'base64' ? Buffer.from(bytes.toString('base64') + '\r\n') : bytes;
  const textPart = [
    `Content-Type: text/plain; charset=${charset}`,
    `Content-Transfer-Encoding: ${transfer}`,
  ];
  if (!m.attachment) {
    return Buffer.concat([
      Buffer.from([...headers, ...textPart, '', ''].join('\r\n')),
      encoded,
      Buffer.from('\r\n'),
    ]);
  }
  const b = 'chuhai-boundary-1';
  return Buffer.concat([
    Buffer.from(
      [
        ...headers,
        `Content-Type: multipart/mixed; boundary="${b}"`,
        '',
        `--${b}`,
        ...textPart,
        '',
        '',
      ].join('\r\n'),
    ),
    encoded,
    Buffer.from(
      [
        '',
        `--${b}`,
        `Content-Type: ${m.attachment.type}; name="${m.attachment.name}"`,
        `Content-Disposition: attachment; filename="${m.attachment.name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(m.attachment.content).toString('base64'),
        `--${b}--`,
        '',
      ].join('\r\n'),
    ),
  ]);
}

/** One inbound message per charset, each from a customer known only by its web domain. */
export const CHARSET_MAILS = [
  {
    charset: 'GBK',
    domain: 'shenzhen-hw.cn',
    from: 'li.wei@shenzhen-hw.cn',
    subject: '关于样品的报价',
    body: '您好，请发送最新的报价单。谢谢！',
  },
  {
    charset: 'Big5',
    domain: 'taipei-trade.tw',
    from: 'chen@taipei-trade.tw',
    subject: '訂單確認',
    body: '我們已收到貨物，品質很好。',
  },
  {
    charset: 'Shift_JIS',
    domain: 'osaka-kogyo.jp',
    from: 'tanaka@osaka-kogyo.jp',
    subject: 'お見積りのお願い',
    body: 'いつもお世話になっております。見積書をお送りください。',
  },
  {
    charset: 'KOI8-R',
    domain: 'moskva-import.ru',
    from: 'ivan@moskva-import.ru',
    subject: 'Запрос цены',
    body: 'Здравствуйте! Пришлите, пожалуйста, прайс-лист.',
  },
  {
    charset: 'windows-1256',
    domain: 'riyadh-supply.sa',
    from: 'ahmad@riyadh-supply.sa',
    subject: 'طلب عرض سعر',
    body: 'السلام عليكم، نرجو إرسال عرض السعر.',
  },
] as const;
