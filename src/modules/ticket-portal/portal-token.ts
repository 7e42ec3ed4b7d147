import { createHash, randomBytes } from 'node:crypto';

/**
 * A portal token is `<workspace id>.<secret>`: 192 random bits no one can guess, behind the
 * workspace's id so the link is found by a key that leads with the workspace (no search across
 * workspaces). Only the secret's SHA-256 is kept; the token is shown once.
 */
export function newToken(workspaceId: string): { token: string; hash: string } {
  const secret = randomBytes(24).toString('base64url');
  return { token: `${workspaceId}.${secret}`, hash: hashOf(secret) };
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The workspace and the secret's hash of a token, or null when it cannot be one. */
export function readToken(token: string): { workspaceId: string; hash: string } | null {
  const m = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{32})$/.exec(token);
  return m ? { workspaceId: m[1]!, hash: hashOf(m[2]!) } : null;
}

/** The portal page of a token (the web app's public route). */
export const portalPath = (token: string) => `/portal/tickets/${token}`;
