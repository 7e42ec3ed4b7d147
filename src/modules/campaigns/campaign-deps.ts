import type { CalendarProvider } from '../countries/calendar.provider.ts';
import type { LinkSigner } from '../../domain/link-token.ts';
import type { MailDeliveryService } from '../mail/delivery.service.ts';
import type { TemplateRenderService } from '../templates/template-render.service.ts';

/** What the campaign use-cases are built from (the composition root passes them in). */
export interface CampaignDeps {
  calendars: CalendarProvider;
  render: TemplateRenderService;
  delivery: MailDeliveryService;
  /** signs unsubscribe links, written again per mail and verified on use (never stored) */
  tokens: LinkSigner;
  /** the app's public address, e.g. https://crm.example.com (no trailing slash) */
  publicUrl: string;
  now: () => Date;
}

export const CAMPAIGN_SEND_JOB = 'campaigns.send';

/**
 * The unsubscribe token of one recipient: `<workspace>.<campaign>.<contact>.<HMAC>`, written
 * again for each mail and never stored; the HMAC is checked when the link is used.
 */
export const unsubscribeToken = (
  tokens: LinkSigner,
  workspaceId: string,
  campaignId: string,
  contactId: string,
) => tokens.sealed('unsubscribe', workspaceId, [campaignId, contactId]);

/** The recipient an unsubscribe token names, or null when it is not one we signed. */
export function readUnsubscribeToken(tokens: LinkSigner, token: string) {
  const opened = tokens.opened('unsubscribe', token, 2);
  return (
    opened && {
      workspaceId: opened.workspaceId,
      campaignId: opened.ids[0]!,
      contactId: opened.ids[1]!,
    }
  );
}
