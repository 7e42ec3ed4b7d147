import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { unsubscribeLabels } from '../../domain/communication/unsubscribe-labels.ts';
import { systemScope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import type { LinkSigner } from '../../domain/link-token.ts';
import { campaignRecipientsRepository as recipients } from './campaign-recipients.repository.ts';
import type { UnsubscribeOut } from './campaigns.schemas.ts';
import { readUnsubscribeToken } from './campaign-deps.ts';

/**
 * The public unsubscribe link of a campaign mail (no sign-in): GET shows the page in the
 * contact's language and changes nothing (mail scanners follow links); POST, from the page or a
 * mail client's one-click (RFC 8058), sets the contact's flag, audited. Every campaign skips a
 * flagged contact. The token names its workspace, campaign and contact under an HMAC: a token
 * altered anywhere, or naming a recipient its workspace does not have, is a plain 404.
 */
export class UnsubscribeService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly tokens: LinkSigner,
    private readonly now: () => Date,
  ) {}

  private async find(token: string) {
    const link = readUnsubscribeToken(this.tokens, token);
    const r =
      link && (await recipients.find(this.db, link.workspaceId, link.campaignId, link.contactId));
    const contact =
      r && (await contactRecords.findVisible(this.db, systemScope(r.workspace_id), r.contact_id));
    if (!r || !contact) throw AppError.notFound('Link');
    return { r, contact };
  }

  async view(token: string): Promise<UnsubscribeOut> {
    const { r, contact } = await this.find(token);
    return {
      ...unsubscribeLabels(contact.preferred_language ?? r.language),
      unsubscribed: contact.unsubscribed_at !== null,
    };
  }

  async confirm(token: string): Promise<UnsubscribeOut> {
    const { r, contact } = await this.find(token);
    if (contact.unsubscribed_at === null) {
      const at = this.now().toISOString();
      await this.db.transaction().execute(async (tx) => {
        await contactRecords.markUnsubscribed(tx, r.workspace_id, r.contact_id, at);
        await recipients.markUnsubscribed(tx, r.workspace_id, r.campaign_id, r.contact_id, at);
        // By the contact themself, through the campaign's link: audited as no user.
        await recordAudit(tx, systemScope(r.workspace_id), {
          action: 'update',
          entityType: 'contact',
          entityId: r.contact_id,
          changes: {
            unsubscribedAt: { before: null, after: at },
            campaignId: { before: null, after: r.campaign_id },
          },
        });
      });
    }
    return { ...unsubscribeLabels(contact.preferred_language ?? r.language), unsubscribed: true };
  }
}
