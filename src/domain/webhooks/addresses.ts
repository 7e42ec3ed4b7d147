import ipaddr from 'ipaddr.js';

/**
 * Why a webhook may not be sent to an address, or null when it may: only public unicast
 * addresses are allowed. Refused: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local (169.254/16 with the cloud metadata service, fe80::/10), carrier-grade NAT
 * (100.64/10), 0.0.0.0/8, multicast, broadcast, reserved and documentation ranges, and IPv6 forms
 * that carry an IPv4 address (::ffff:a.b.c.d, ::a.b.c.d, NAT64, 6to4, Teredo) unless that IPv4
 * address is public. Anything unparsable is refused too.
 */
export function blockedAddress(address: string): string | null {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(bare)) return 'invalid';
  let ip = ipaddr.parse(bare);
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) ip = v6.toIPv4Address();
    else if (v6.parts.slice(0, 6).every((p) => p === 0) && !['::', '::1'].includes(v6.toString()))
      // IPv4-compatible (::a.b.c.d, deprecated): some stacks still route it to the IPv4 address.
      ip = ipaddr.fromByteArray(v6.toByteArray().slice(12));
  }
  const range = ip.range();
  return range === 'unicast' ? null : range;
}

/** The parts of a webhook URL worth refusing before any lookup; null when it may be used. */
export type UrlProblem =
  | 'webhook_url_invalid'
  | 'webhook_url_scheme'
  | 'webhook_url_https_required'
  | 'webhook_url_credentials'
  | 'webhook_url_private_network';

/**
 * Checks a webhook URL's shape: http or https only, https unless private networks are allowed
 * (a receiver on an office network may have no certificate; on the internet a signed body is
 * still readable by anyone on the path), no user:password (it would be sent on every request and
 * shown in the log), and an IP literal host must be public unless private networks are allowed.
 * A host name is checked by resolving it (the webhooks module), at creation and at every delivery.
 */
export function urlProblem(raw: string, allowPrivate: boolean): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'webhook_url_invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'webhook_url_scheme';
  if (url.protocol === 'http:' && !allowPrivate) return 'webhook_url_https_required';
  if (url.username || url.password) return 'webhook_url_credentials';
  if (!url.hostname) return 'webhook_url_invalid';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && ipaddr.isValid(host) && blockedAddress(host))
    return 'webhook_url_private_network';
  return null;
}
