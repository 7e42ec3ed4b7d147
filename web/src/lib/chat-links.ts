/**
 * Click-to-chat addresses for messaging handles, so a rep on the road opens the conversation in
 * one tap. WhatsApp's wa.me takes the number in international form without `+`, spaces or
 * dashes; Telegram's t.me takes a user name. WeChat and LINE have no public web link to a user.
 */
export function chatLink(channel: string, handle: string): string | null {
  const value = handle.trim();
  if (channel === 'whatsapp') {
    const digits = value.replace(/[^\d]/g, '');
    // A number without its country code cannot be dialled from abroad: no link rather than a wrong one.
    return value.startsWith('+') && digits.length >= 8 && digits.length <= 15
      ? `https://wa.me/${digits}`
      : null;
  }
  if (channel === 'telegram') {
    const user = value.replace(/^@/, '');
    return /^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(user) ? `https://t.me/${user}` : null;
  }
  return null;
}
