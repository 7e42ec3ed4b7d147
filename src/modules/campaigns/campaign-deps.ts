import type { CalendarProvider } from '../countries/calendar.provider.ts';
import type { LinkSigner } from '../../domain/link-token.ts';
import type { MailDeliveryService } from '../mail/delivery.service.ts';
import type { TemplateRenderService } from '../templates/template-render.service.ts';

/** What the campaign use-cases are built from (the composition root passes them in). */
export interface CampaignDeps {
  calendars: CalendarProvider;
  render: TemplateRenderService;
  delivery: MailDeliveryService;
  /** signs unsubscribe links, written again per mail (never stored) */
  tokens: LinkSigner;
  /** the app's public address, e.g. https://crm.example.com (no trailing slash) */
  publicUrl: string;
  now: () => Date;
}

export const CAMPAIGN_SEND_JOB = 'campaigns.send';

/** The unsubscribe token of one recipient: `<workspace id>.<HMAC>`, never stored (only its hash). */
export const unsubscribeToken = (
  tokens: LinkSigner,
  workspaceId: string,
  campaignId: string,
  contactId: string,
) => tokens.signed('unsubscribe', workspaceId, `${campaignId}:${contactId}`);
