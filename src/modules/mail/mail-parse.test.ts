import { describe, expect, it } from 'vitest';
import { rawUtf8Subject } from './mail-parse.ts';

describe('rawUtf8Subject', () => {
  const mail = (subject: Buffer) =>
    Buffer.concat([
      Buffer.from('From: a@b.c\r\nSubject: '),
      subject,
      Buffer.from('\r\n\r\nbody ü\r\n'),
    ]);

  it.each<[string, Buffer, string | null]>([
    ['raw UTF-8', Buffer.from('Größe – 价格'), 'Größe – 价格'],
    ['folded raw UTF-8', Buffer.from('Größe\r\n und Preis'), 'Größe und Preis'],
    ['plain ASCII: the parser’s', Buffer.from('Offer'), null],
    ['an encoded-word: the parser’s', Buffer.from('=?UTF-8?B?w5w=?='), null],
    ['8-bit GBK is not UTF-8: the parser’s', Buffer.from([0xbc, 0xdb, 0xb8, 0xf1]), null],
  ])('%s', (_name, subject, expected) => expect(rawUtf8Subject(mail(subject))).toBe(expected));

  it('reads only the header: an 8-bit body does not count', () => {
    expect(rawUtf8Subject(Buffer.from('Subject: Hi\r\n\r\nSubject: Größe\r\n'))).toBeNull();
  });
});
