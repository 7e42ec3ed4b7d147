import { createHmac } from 'node:crypto';
import { readLinkToken, sha256Hex } from '../../domain/link-token.ts';

/**
 * A survey link's token: the workspace id (so the lookup stays within one workspace) and an HMAC
 * of the survey id under the app secret (unguessable: 192 bits). Only its sha256 is stored; the
 * server can write the link again from the survey id (for the mail that sends it), nobody else can.
 */
export class SurveyTokens {
  constructor(private readonly secret: string) {}

  tokenOf(workspaceId: string, surveyId: string): string {
    return this.signed('survey', workspaceId, surveyId);
  }

  /**
   * The same kind of token for another public link (`purpose` keeps them apart): campaign
   * unsubscribe links are written again for each mail, never stored.
   */
  signed(purpose: string, workspaceId: string, id: string): string {
    const mac = createHmac('sha256', this.secret)
      .update(`${purpose}:${workspaceId}:${id}`)
      .digest('base64url')
      .slice(0, 32);
    return `${workspaceId}.${mac}`;
  }

  /** The link the contact opens: the web app's public survey page (no sign-in). */
  linkOf(workspaceId: string, surveyId: string): string {
    return `/survey/${this.tokenOf(workspaceId, surveyId)}`;
  }
}

export const hashToken = sha256Hex;

/** The workspace a token names and its hash, or null for a token of the wrong shape. */
export function parseToken(token: string): { workspaceId: string; hash: string } | null {
  const read = readLinkToken(token);
  return read && { workspaceId: read.workspaceId, hash: read.hash };
}
