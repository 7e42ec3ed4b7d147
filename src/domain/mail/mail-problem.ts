import type { MailProblem } from './mail-vocabulary.ts';

/** What a failed connection threw: a Node socket/TLS/DNS error or an IMAP client's error. */
export interface ErrorLike {
  code?: unknown;
  authenticationFailed?: unknown;
  message?: unknown;
}

// Node's TLS and OpenSSL codes: a certificate the client does not trust, or a server that does
// not speak TLS on that port (the usual "implicit TLS on the STARTTLS port" mistake).
const TLS_CODE =
  /^(ERR_SSL_|ERR_TLS_|EPROTO$|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(GET|VERIFY)_)/;

/**
 * The stable code of a failed connection or sync, so the web can say what to fix (password,
 * TLS mode, host) instead of showing a stack trace. Unknown failures are "protocol_error".
 */
export function classifyMailProblem(err: ErrorLike): MailProblem {
  if (err.authenticationFailed === true) return 'mail_auth_failed';
  const code = typeof err.code === 'string' ? err.code : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'mail_host_not_found';
  if (['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'].includes(code))
    return 'mail_host_unreachable';
  if (TLS_CODE.test(code) || code === 'ClosedAfterConnectTLS' || code === 'UPGRADE_TIMEOUT')
    return 'mail_tls_failed';
  if (/TIMEOUT/i.test(code) || code === 'ETIMEDOUT') return 'mail_timeout';
  const message = typeof err.message === 'string' ? err.message : '';
  if (/certificate|ssl|tls/i.test(message)) return 'mail_tls_failed';
  return 'mail_protocol_error';
}

/** What nodemailer threw: its own code (EAUTH, ETLS, EDNS, …), the server's reply code, a text. */
export interface SmtpErrorLike extends ErrorLike {
  responseCode?: unknown;
  command?: unknown;
}

/**
 * The stable code of a failed SMTP connection or send. Nodemailer wraps socket errors in its own
 * codes (ESOCKET, ECONNECTION) and keeps Node's code only in the text, so the text is read too.
 */
export function classifySmtpProblem(err: SmtpErrorLike): MailProblem {
  const code = typeof err.code === 'string' ? err.code : '';
  const message = typeof err.message === 'string' ? err.message : '';
  if (code === 'EAUTH' || code === 'ENOAUTH' || err.responseCode === 535) return 'mail_auth_failed';
  if (code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(message)) return 'mail_host_not_found';
  if (/ECONNREFUSED|EHOSTUNREACH|ENETUNREACH/.test(message)) return 'mail_host_unreachable';
  if (code === 'ETLS' || /ssl|tls|certificate|wrong version number/i.test(message))
    return 'mail_tls_failed';
  if (code === 'ETIMEDOUT' || /timeout|timed out/i.test(message)) return 'mail_timeout';
  return classifyMailProblem(err);
}
