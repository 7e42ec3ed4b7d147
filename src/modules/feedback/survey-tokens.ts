import { LinkSigner } from '../../domain/link-token.ts';

/**
 * A survey link's token: a signed link token (`LinkSigner`) of the survey id. Only its hash is
 * stored; the server can write the link again from the survey id (for the mail that sends it),
 * nobody else can.
 */
export class SurveyTokens extends LinkSigner {
  tokenOf(workspaceId: string, surveyId: string): string {
    return this.signed('survey', workspaceId, surveyId);
  }

  /** The link the contact opens: the web app's public survey page (no sign-in). */
  linkOf(workspaceId: string, surveyId: string): string {
    return `/survey/${this.tokenOf(workspaceId, surveyId)}`;
  }
}
