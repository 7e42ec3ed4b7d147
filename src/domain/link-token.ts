import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Hex SHA-256: how every secret the product hands out is kept (sessions, API keys, links). */
export const sha256Hex = (value: string): string =>
  createHash('sha256').update(value).digest('hex');

/**
 * The token of a public link (an RSVP, a survey, a ticket's portal page, an unsubscribe link):
 * `<workspace id>.<secret>`, the secret 32 base64url characters (192 bits). The workspace comes
 * first so the link is found by a key that leads with it (no search across workspaces); only a
 * hash is kept, so a leaked database opens no link.
 */
export function newLinkToken(workspaceId: string): { token: string; hash: string } {
  const token = `${workspaceId}.${randomBytes(24).toString('base64url')}`;
  return { token, hash: sha256Hex(token) };
}

/** A token's parts and the hash of the whole token, or null when it cannot be one of ours. */
export function readLinkToken(
  token: string,
): { workspaceId: string; secret: string; hash: string } | null {
  const m = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{32})$/.exec(token);
  return m ? { workspaceId: m[1]!, secret: m[2]!, hash: sha256Hex(token) } : null;
}

/**
 * Link tokens the server can write again instead of storing (a survey's link for each reminder,
 * a campaign's unsubscribe link for each mail): the same `<workspace id>.<secret>` shape, the
 * secret an HMAC of (purpose, workspace, id) under the app secret. Only their hash is kept.
 */
export class LinkSigner {
  constructor(private readonly secret: string) {}

  signed(purpose: string, workspaceId: string, id: string): string {
    const mac = createHmac('sha256', this.secret)
      .update(`${purpose}:${workspaceId}:${id}`)
      .digest('base64url')
      .slice(0, 32);
    return `${workspaceId}.${mac}`;
  }
}
