import type { CalendarProvider } from '../countries/calendar.provider.ts';
import type { SurveyTokens } from '../feedback/survey-tokens.ts';
import type { MailDeliveryService } from '../mail/delivery.service.ts';
import type { TemplateRenderService } from '../templates/template-render.service.ts';

/** What the campaign use-cases are built from (the composition root passes them in). */
export interface CampaignDeps {
  calendars: CalendarProvider;
  render: TemplateRenderService;
  delivery: MailDeliveryService;
  /** the HMAC link tokens feedback surveys use: unsubscribe links are written again per mail */
  tokens: SurveyTokens;
  /** the app's public address, e.g. https://crm.example.com (no trailing slash) */
  publicUrl: string;
  now: () => Date;
}

export const CAMPAIGN_SEND_JOB = 'campaigns.send';

/** The unsubscribe token of one recipient: `<workspace id>.<HMAC>`, never stored (only its hash). */
export const unsubscribeToken = (
  tokens: SurveyTokens,
  workspaceId: string,
  campaignId: string,
  contactId: string,
) => tokens.signed('unsubscribe', workspaceId, `${campaignId}:${contactId}`);
