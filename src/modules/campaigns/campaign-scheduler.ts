import type { Executor } from '../../db/dialect.ts';
import type { Campaign, CampaignRecipient } from '../../db/schema.ts';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar.ts';
import { campaignSendAt, type CampaignSend } from '../../domain/communication/campaign-schedule.ts';
import type { CampaignRecipientStatus } from '../../domain/communication/campaign-vocabulary.ts';
import { chooseTemplateLanguage } from '../../domain/communication/language.ts';
import { defaultTimeZone } from '../../domain/countries.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { sha256Hex } from '../../domain/link-token.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';
import { findTemplate } from '../templates/templates.service.ts';
import { campaignRecipientsRepository as recipients } from './campaign-recipients.repository.ts';
import { unsubscribeToken, type CampaignDeps } from './campaign-deps.ts';
import { campaignsRepository as campaigns, type AudienceRow } from './campaigns.repository.ts';

// Contacts read and rows written per round trip: large enough that a million recipients is a
// thousand reads and a few thousand multi-row inserts, small enough to keep memory flat.
const PAGE = 1000;

export interface Written {
  total: number;
  queued: number;
  firstSendAt: string | null;
}

/**
 * Writes one recipient row per contact of the segment in the scheduler's scope: queued with its
 * send instant ("Tuesday 10:00 where they are", the next business day of their calendar when
 * that day is closed; or now) and the template language the contact reads, or skipped
 * (unsubscribed, no address). Instants are computed once per (country, region, zone) and
 * languages once per (preferred language, country); nothing is done per row but the token.
 */
export async function writeRecipients(
  tx: Executor,
  deps: Pick<CampaignDeps, 'calendars' | 'tokens'>,
  scope: Scope,
  campaign: Campaign,
  start: Date,
): Promise<Written> {
  const ws = scope.workspaceId;
  const where = (await segmentConditions(tx, ws, [campaign.segment_id])).get(campaign.segment_id);
  const template = await findTemplate(tx, ws, campaign.template_id);
  if (!where || !template)
    throw AppError.validation([
      fieldError(where ? '/templateId' : '/segmentId', 'no_such', {
        entity: where ? 'template' : 'segment',
      }),
    ]);
  const available = template.variants.map((v) => v.language);
  const languages = new Map<string, string | null>();
  const sends = new Map<string, CampaignSend>();
  const calendars = new Map<string, BusinessCalendar>();
  const now = start.toISOString();
  const timing =
    campaign.send_time === null
      ? null
      : {
          weekday: campaign.weekday === null ? null : Number(campaign.weekday),
          time: campaign.send_time,
        };

  const languageOf = (r: AudienceRow) => {
    const key = `${r.preferred_language ?? ''}|${r.country}`;
    if (!languages.has(key))
      languages.set(
        key,
        chooseTemplateLanguage({
          available,
          contactLanguage: r.preferred_language,
          country: r.country,
          workspaceDefault: template.template.default_language,
        })?.language ?? null,
      );
    return languages.get(key) ?? null;
  };
  const sendAtOf = async (r: AudienceRow): Promise<string> => {
    if (!timing) return now;
    const zone = r.time_zone ?? defaultTimeZone(r.country) ?? 'UTC';
    const key = `${r.country}|${r.region ?? ''}|${zone}`;
    let send = sends.get(key);
    if (!send) {
      const calKey = `${r.country}|${r.region ?? ''}`;
      let calendar = calendars.get(calKey);
      if (!calendar)
        calendars.set(
          calKey,
          (calendar = await deps.calendars.calendar(tx, ws, r.country, r.region)),
        );
      sends.set(key, (send = campaignSendAt({ calendar, timeZone: zone }, start, timing)));
    }
    return send.at.toISOString();
  };

  const written: Written = { total: 0, queued: 0, firstSendAt: null };
  let after = '';
  for (;;) {
    const page = await campaigns.audiencePage(tx, scope, where, after, PAGE);
    if (!page.length) break;
    const rows: CampaignRecipient[] = [];
    for (const r of page) {
      const address = (JSON.parse(r.emails) as string[])[0] ?? null;
      const language = languageOf(r);
      const status: CampaignRecipientStatus = r.unsubscribed_at
        ? 'skipped_unsubscribed'
        : !address
          ? 'skipped_no_email'
          : 'queued';
      const sendAt = await sendAtOf(r);
      if (status === 'queued') {
        written.queued++;
        if (!written.firstSendAt || sendAt < written.firstSendAt) written.firstSendAt = sendAt;
      }
      rows.push({
        workspace_id: ws,
        campaign_id: campaign.id,
        contact_id: r.contact_id,
        customer_id: r.customer_id,
        country: r.country,
        address,
        language,
        send_at: sendAt,
        status,
        token_hash: sha256Hex(unsubscribeToken(deps.tokens, ws, campaign.id, r.contact_id)),
        sent_at: null,
        error: null,
        unsubscribed_at: null,
      });
    }
    await recipients.insertMany(tx, rows);
    written.total += rows.length;
    after = page[page.length - 1]!.contact_id;
    if (page.length < PAGE) break;
  }
  return written;
}
