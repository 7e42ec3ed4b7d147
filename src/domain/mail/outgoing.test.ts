import { describe, expect, it } from 'vitest';
import { classifySmtpProblem, type SmtpErrorLike } from './mail-problem.ts';
import {
  outgoingMessageId,
  readSendAt,
  replyHeaders,
  replySubject,
  sendBackoffMs,
  SEND_MAX_ATTEMPTS,
} from './outgoing.ts';

const now = new Date('2026-12-03T17:00:00Z');

describe('readSendAt', () => {
  it.each<[string | undefined, unknown]>([
    [undefined, { mode: 'now' }],
    ['now', { mode: 'now' }],
    ['local-morning', { mode: 'local-morning' }],
    ['2026-12-04T08:00:00Z', { mode: 'instant', at: new Date('2026-12-04T08:00:00Z') }],
    ['2026-12-04T11:00:00+03:00', { mode: 'instant', at: new Date('2026-12-04T08:00:00Z') }],
    // Half a minute ago is now, not a mistake.
    ['2026-12-03T16:59:30Z', { mode: 'instant', at: now }],
    ['2026-12-03T16:58:00Z', { problem: 'send_at_past' }],
    ['2026-12-04T08:00', { problem: 'send_at_format' }],
    ['tomorrow', { problem: 'send_at_format' }],
    ['2026-13-45T99:00:00Z', { problem: 'send_at_format' }],
  ])('%s', (value, expected) => expect(readSendAt(value, now)).toEqual(expected));
});

describe('replyHeaders', () => {
  it.each([
    [
      'a reply to the first message',
      { message_id: '<a@x>', thread_id: '<a@x>', in_reply_to: null },
      { inReplyTo: '<a@x>', references: ['<a@x>'] },
    ],
    [
      'deeper in a thread',
      { message_id: '<c@x>', thread_id: '<a@x>', in_reply_to: '<b@y>' },
      { inReplyTo: '<c@x>', references: ['<a@x>', '<b@y>', '<c@x>'] },
    ],
    [
      'a message without a Message-ID (threaded by subject)',
      { message_id: null, thread_id: 'subject:offer', in_reply_to: null },
      { inReplyTo: null, references: [] },
    ],
  ])('%s', (_n, parent, expected) => expect(replyHeaders(parent)).toEqual(expected));
});

describe('outgoing details', () => {
  it.each([
    ['Offer', 'Re: Offer'],
    ['RE: Offer', 'RE: Offer'],
    ['  回复：报价 ', 'Re: 回复：报价'],
  ])('replySubject(%s)', (s, r) => expect(replySubject(s)).toBe(r));

  it('makes a Message-ID on the sender’s domain', () => {
    expect(outgoingMessageId('01J', 'li.wei@chuhai.test')).toBe('<01J.chuhai@chuhai.test>');
  });

  it.each([
    [1, 60_000],
    [2, 300_000],
    [4, 3_600_000],
    [9, 3_600_000],
  ])('waits after attempt %i: %i ms', (a, ms) => expect(sendBackoffMs(a)).toBe(ms));
  it('gives up after five attempts', () => expect(SEND_MAX_ATTEMPTS).toBe(5));
});

describe('classifySmtpProblem', () => {
  it.each<[string, SmtpErrorLike, string]>([
    ['refused login', { code: 'EAUTH', responseCode: 535 }, 'mail_auth_failed'],
    ['no auth offered', { code: 'ENOAUTH' }, 'mail_auth_failed'],
    ['unknown host', { code: 'EDNS', message: 'getaddrinfo ENOTFOUND x' }, 'mail_host_not_found'],
    [
      'nothing listening',
      { code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:1' },
      'mail_host_unreachable',
    ],
    ['STARTTLS failed', { code: 'ETLS' }, 'mail_tls_failed'],
    [
      'TLS to a plain port',
      { code: 'ESOCKET', message: 'ssl3_get_record:wrong version number' },
      'mail_tls_failed',
    ],
    ['slow greeting', { code: 'ETIMEDOUT', message: 'Greeting never received' }, 'mail_timeout'],
    ['anything else', { code: 'EPROTOCOL', message: 'Invalid greeting' }, 'mail_protocol_error'],
  ])('%s', (_n, err, code) => expect(classifySmtpProblem(err)).toBe(code));
});
