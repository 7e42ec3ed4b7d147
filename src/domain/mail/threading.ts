/** Message-IDs in a header value, in order: `<a@x> <b@y>` → ['<a@x>', '<b@y>']. */
export function messageIds(value: string | string[] | undefined | null): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  return text.match(/<[^<>\s]+>/g) ?? [];
}

/** A subject without reply/forward prefixes in the languages our customers write in. */
export function baseSubject(subject: string): string {
  let s = subject.trim();
  // Re:, RE:, Fwd:, FW:, AW: (de), SV: (sv/da/no), VS: (fi), RV: (es), TR: (fr), 回复：, 转发：, 答复:
  const prefix = /^(re|fwd?|aw|sv|vs|rv|tr|wg|回复|答复|转发)\s*(\[\d+\])?\s*[:：]\s*/i;
  while (prefix.test(s)) s = s.replace(prefix, '').trim();
  return s.toLowerCase();
}

/**
 * The thread a message belongs to: the first message of its References chain (the thread's
 * root), else the one it replies to, else itself; mail with no ids at all threads by subject.
 * The sync refines this with stored messages (a reply to a known message joins its thread).
 */
export function threadRoot(m: {
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string | string[] | null;
  subject: string;
}): string {
  const refs = messageIds(m.references);
  return (
    refs[0] ??
    messageIds(m.inReplyTo)[0] ??
    messageIds(m.messageId)[0] ??
    `subject:${baseSubject(m.subject)}`
  );
}

/** The domains an address may belong to, most specific first: sales@mail.acme.de → mail.acme.de, acme.de. */
export function addressDomains(address: string): string[] {
  const at = address.lastIndexOf('@');
  if (at < 0) return [];
  const labels = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '')
    .split('.');
  const out: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i++) out.push(labels.slice(i).join('.'));
  return out;
}
