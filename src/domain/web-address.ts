/** `https://www.mueller-maschinenbau.de/kontakt` → `mueller-maschinenbau.de`. */
export function domainOf(websiteOrEmail: string | null | undefined): string | null {
  if (!websiteOrEmail) return null;
  const raw = websiteOrEmail.trim().toLowerCase();
  if (!raw) return null;
  const at = raw.lastIndexOf('@');
  let host = at >= 0 ? raw.slice(at + 1) : raw;
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#:]/)[0] ?? '';
  host = host.replace(/^www\d?\./, '').replace(/\.$/, '');
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(host) ? host : null;
}
