import type { Executor } from '../../db/dialect.ts';
import type { Campaign } from '../../db/schema.ts';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar.ts';
import { campaignLanguages } from '../../domain/communication/campaign-languages.ts';
import { campaignSendAt } from '../../domain/communication/campaign-schedule.ts';
import { defaultTimeZone } from '../../domain/countries.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';
import { findTemplate } from '../templates/templates.service.ts';
import {
  campaignRecipientsRepository as recipients,
  type AudiencePlan,
} from './campaign-recipients.repository.ts';
import type { CampaignDeps } from './campaign-deps.ts';
import { campaignsRepository as campaigns } from './campaigns.repository.ts';

export interface Written {
  total: number;
  queued: number;
  firstSendAt: string | null;
}

/**
 * Writes one recipient row per contact of the segment in the scheduler's scope: queued with its
 * send instant ("Tuesday 10:00 where they are", the next business day of their calendar when
 * that day is closed; or now) and the template language the contact reads, or skipped
 * (unsubscribed, no address). Instants are computed once per market (country, region, zone) and
 * languages once per contact language and per country, by the pure domain functions; the rows
 * themselves are written by the database, INSERT … SELECT of the contacts joined to those few
 * values. Nothing is computed per row: the unsubscribe link verifies itself.
 */
export async function writeRecipients(
  tx: Executor,
  deps: Pick<CampaignDeps, 'calendars'>,
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
  const timing =
    campaign.send_time === null
      ? null
      : {
          weekday: campaign.weekday === null ? null : Number(campaign.weekday),
          time: campaign.send_time,
        };

  const markets = await campaigns.audienceMarkets(tx, scope, where);
  const calendars = new Map<string, BusinessCalendar>();
  const clocks: AudiencePlan['clocks'] = [];
  for (const m of markets) {
    let sendAt = start;
    if (timing) {
      const calKey = `${m.country}|${m.region ?? ''}`;
      let calendar = calendars.get(calKey);
      if (!calendar)
        calendars.set(
          calKey,
          (calendar = await deps.calendars.calendar(tx, ws, m.country, m.region)),
        );
      const timeZone = m.time_zone ?? defaultTimeZone(m.country) ?? 'UTC';
      sendAt = campaignSendAt({ calendar, timeZone }, start, timing).at;
    }
    clocks.push({
      country: m.country,
      region: m.region ?? '',
      zone: m.time_zone ?? '',
      sendAt: sendAt.toISOString(),
    });
  }
  const written: Written = { total: 0, queued: 0, firstSendAt: null };
  if (!clocks.length) return written;

  const languages = campaignLanguages({
    available: template.variants.map((v) => v.language),
    workspaceDefault: template.template.default_language,
    contactLanguages: await campaigns.contactLanguages(tx, ws),
    countries: new Set(markets.map((m) => m.country)),
  });
  const plan: AudiencePlan = { scope, where, campaignId: campaign.id, clocks, ...languages };
  await recipients.insertAudience(tx, plan);
  for (const r of await recipients.written(tx, ws, campaign.id)) {
    written.total += Number(r.n);
    if (r.status !== 'queued') continue;
    written.queued += Number(r.n);
    written.firstSendAt = r.first;
  }
  return written;
}
