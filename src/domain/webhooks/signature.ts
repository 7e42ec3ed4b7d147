import { createHmac, randomBytes } from 'node:crypto';

/** Standard Webhooks secrets: `whsec_` and the base64 of the key bytes. */
export const SECRET_PREFIX = 'whsec_';

export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

/**
 * The `webhook-signature` header of the Standard Webhooks specification: `v1,` and the base64
 * HMAC-SHA256 of `{id}.{timestamp}.{body}` under each secret, space-separated (two during a
 * rotation, so receivers holding either secret accept the request).
 */
export function signature(secrets: string[], id: string, timestamp: number, body: string): string {
  const content = `${id}.${timestamp}.${body}`;
  return secrets
    .map((s) => {
      const key = Buffer.from(
        s.startsWith(SECRET_PREFIX) ? s.slice(SECRET_PREFIX.length) : s,
        'base64',
      );
      return `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
    })
    .join(' ');
}

/** How long a rotated-out secret keeps signing, so receivers can switch without losing requests. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
