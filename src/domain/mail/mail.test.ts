import { describe, expect, it } from 'vitest';
import { classifyMailProblem, type ErrorLike } from './mail-problem.ts';
import { addressDomains, baseSubject, messageIds, threadRoot } from './threading.ts';

describe('classifyMailProblem', () => {
  it.each<[string, ErrorLike, string]>([
    [
      'wrong password',
      { authenticationFailed: true, message: 'Command failed' },
      'mail_auth_failed',
    ],
    ['unknown host', { code: 'ENOTFOUND' }, 'mail_host_not_found'],
    ['DNS hiccup', { code: 'EAI_AGAIN' }, 'mail_host_not_found'],
    ['nothing listening', { code: 'ECONNREFUSED' }, 'mail_host_unreachable'],
    ['no route', { code: 'EHOSTUNREACH' }, 'mail_host_unreachable'],
    ['TLS to a plain port', { code: 'ERR_SSL_WRONG_VERSION_NUMBER' }, 'mail_tls_failed'],
    ['self-signed', { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'mail_tls_failed'],
    ['wrong name', { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'mail_tls_failed'],
    ['closed during TLS', { code: 'ClosedAfterConnectTLS' }, 'mail_tls_failed'],
    ['slow connect', { code: 'CONNECT_TIMEOUT' }, 'mail_timeout'],
    ['slow greeting', { code: 'GREETING_TIMEOUT' }, 'mail_timeout'],
    [
      'certificate in text',
      { message: 'unable to verify the first certificate' },
      'mail_tls_failed',
    ],
    ['anything else', { code: 'InvalidResponse' }, 'mail_protocol_error'],
    ['not even an error', {}, 'mail_protocol_error'],
  ])('%s', (_name, err, code) => expect(classifyMailProblem(err)).toBe(code));
});

describe('threading', () => {
  it.each([
    ['Re: Offer', 'offer'],
    ['RE: AW: Fwd: Offer', 'offer'],
    ['回复：报价', '报价'],
    ['SV: Tilbud', 'tilbud'],
    ['Re[2]: Offer', 'offer'],
    ['Reply needed', 'reply needed'],
  ])('baseSubject(%s) = %s', (subject, base) => expect(baseSubject(subject)).toBe(base));

  it.each([
    [
      'references root wins',
      { references: '<a@x> <b@x>', inReplyTo: '<b@x>', messageId: '<c@x>' },
      '<a@x>',
    ],
    ['else the replied-to', { inReplyTo: '<b@x>', messageId: '<c@x>' }, '<b@x>'],
    ['else itself', { messageId: '<c@x>' }, '<c@x>'],
    ['references as a list', { references: ['<r@x>', '<s@x>'] }, '<r@x>'],
    ['no ids: the subject', { messageId: null }, 'subject:offer'],
  ])('%s', (_name, m, root) => expect(threadRoot({ subject: 'Re: Offer', ...m })).toBe(root));

  it('reads message ids out of header text', () => {
    expect(messageIds(' <a@x>\r\n <b@y> junk')).toEqual(['<a@x>', '<b@y>']);
    expect(messageIds(undefined)).toEqual([]);
  });

  it.each([
    ['sales@mail.acme.de', ['mail.acme.de', 'acme.de']],
    ['Ana@Acme.COM.BR', ['acme.com.br', 'com.br']],
    ['x@acme.de', ['acme.de']],
    ['no-at-sign', []],
  ])('addressDomains(%s)', (address, domains) => expect(addressDomains(address)).toEqual(domains));
});
