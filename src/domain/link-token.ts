import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

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

const PART = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Link tokens the server can write again instead of storing (a survey's link for each reminder,
 * a campaign's unsubscribe link for each mail): the secret is an HMAC of (purpose, workspace, id)
 * under the app secret.
 */
export class LinkSigner {
  constructor(private readonly secret: string) {}

  private mac(purpose: string, workspaceId: string, id: string): string {
    return createHmac('sha256', this.secret)
      .update(`${purpose}:${workspaceId}:${id}`)
      .digest('base64url')
      .slice(0, 32);
  }

  /** `<workspace id>.<HMAC>`: the `newLinkToken` shape, found by the hash kept beside its row. */
  signed(purpose: string, workspaceId: string, id: string): string {
    return `${workspaceId}.${this.mac(purpose, workspaceId, id)}`;
  }

  /**
   * A token that carries its ids and verifies itself: `<workspace>.<id>….<HMAC>`, the HMAC over
   * the purpose, the workspace and every id. Nothing is stored: `opened` checks the HMAC and
   * gives the ids back, so a row is found by its own key (an unsubscribe link names its campaign
   * and contact). Ids are the product's own (letters, digits, `-`, `_`).
   */
  sealed(purpose: string, workspaceId: string, ids: readonly string[]): string {
    for (const part of [workspaceId, ...ids])
      if (!PART.test(part)) throw new RangeError(`not a link id: ${part}`);
    return [workspaceId, ...ids, this.mac(purpose, workspaceId, ids.join(':'))].join('.');
  }

  /**
   * The workspace and ids of a token `sealed` wrote for this purpose with this secret, or null:
   * a token altered anywhere (an id, the workspace, the HMAC), another purpose's, or another
   * secret's is refused. The comparison takes the same time wherever the HMACs differ.
   */
  opened(
    purpose: string,
    token: string,
    count: number,
  ): { workspaceId: string; ids: string[] } | null {
    const parts = token.split('.');
    if (parts.length !== count + 2 || !parts.every((p) => PART.test(p))) return null;
    const workspaceId = parts[0]!;
    const ids = parts.slice(1, -1);
    const given = Buffer.from(parts[parts.length - 1]!);
    const expected = Buffer.from(this.mac(purpose, workspaceId, ids.join(':')));
    return given.length === expected.length && timingSafeEqual(given, expected)
      ? { workspaceId, ids }
      : null;
  }
}
