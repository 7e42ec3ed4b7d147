import { newLinkToken, readLinkToken, sha256Hex } from '../../domain/link-token.ts';

/**
 * A portal token is `<workspace id>.<secret>`: 192 random bits no one can guess, behind the
 * workspace's id so the link is found by a key that leads with the workspace (no search across
 * workspaces). Only the secret's SHA-256 is kept; the token is shown once.
 */
export function newToken(workspaceId: string): { token: string; hash: string } {
  const { token } = newLinkToken(workspaceId);
  return { token, hash: sha256Hex(readLinkToken(token)!.secret) };
}

/** The workspace and the secret's hash of a token, or null when it cannot be one. */
export function readToken(token: string): { workspaceId: string; hash: string } | null {
  // Portal links keep the hash of the secret alone (they came before the shared link token).
  const read = readLinkToken(token);
  return read && { workspaceId: read.workspaceId, hash: sha256Hex(read.secret) };
}

/** The portal page of a token (the web app's public route). */
export const portalPath = (token: string) => `/portal/tickets/${token}`;
