import type { Kysely } from 'kysely';
import type { Customer, DB, SurveyRound, SurveyTable } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { localParts, zonedToUtc } from '../../domain/calendar/zoned-time.ts';
import { campaignSendAt, type CampaignSend } from '../../domain/communication/campaign-schedule.ts';
import { npsFromCounts } from '../../domain/service/feedback.ts';
import { newId } from '../../domain/ids.ts';
import { canSeeOwner, requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { zoneOf } from '../relationship/planning.service.ts';
import { findSegment, segmentConditions } from '../segments/segment-conditions.service.ts';
import type { RoundBody, RoundOut } from './feedback.schemas.ts';
import { surveyAnswersRepository } from './survey-answers.repository.ts';
import { primaryContacts, surveyLanguage } from './survey-contacts.ts';
import { surveyRoundsRepository as rounds } from './survey-rounds.repository.ts';
import { sha256Hex } from '../../domain/link-token.ts';
import { queueSurveyMails, surveyMailState } from './survey-mail.ts';
import type { SurveyTokens } from './survey-tokens.ts';
import { productRecords } from '../products/product-records.service.ts';
import { surveysRepository } from './surveys.repository.ts';

const HM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * NPS rounds: a segment's customers (those the creator may see), one survey per primary contact,
 * each with its link and the instant to send it — the round's local time on the customer's next
 * business day, on their own clock and calendar. When the service settings name an SMTP account,
 * each link is mailed at that instant by a `feedback.survey-mail` job (survey-mail.ts).
 */
export class SurveyRoundsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: { calendars: CalendarProvider; tokens: SurveyTokens; now: () => Date },
  ) {}

  private async out(scope: Scope, rows: SurveyRound[]): Promise<RoundOut[]> {
    const counts = new Map(
      (
        await surveysRepository.roundCounts(
          this.db,
          scope.workspaceId,
          rows.map((r) => r.id),
        )
      ).map((c) => [c.round_id, c]),
    );
    const mails = await surveysRepository.mailCounts(
      this.db,
      scope.workspaceId,
      rows.map((r) => r.id),
    );
    const out: RoundOut[] = [];
    for (const r of rows) {
      const c = counts.get(r.id);
      const mail = { queued: 0, sent: 0, failed: 0, notMailed: 0 };
      for (const m of mails.filter((x) => x.round_id === r.id))
        mail[m.mail_status ?? 'notMailed'] += Number(m.n);
      const figure = npsFromCounts(await surveyAnswersRepository.roundCounts(this.db, scope, r.id));
      out.push({
        id: r.id,
        name: r.name,
        segmentId: r.segment_id,
        segmentName: r.segment_name,
        sendTime: r.send_time,
        planned: r.planned,
        skipped: r.skipped,
        firstPlannedAt: (c?.first_planned_at as string | null | undefined) ?? null,
        lastPlannedAt: (c?.last_planned_at as string | null | undefined) ?? null,
        answered: Number(c?.answered ?? 0),
        figure,
        productId: r.product_id ?? null,
        productName: r.product_name ?? null,
        mail,
        createdAt: r.created_at,
      });
    }
    return out;
  }

  async list(scope: Scope) {
    requireRole(scope, 'admin', 'manager');
    return { items: await this.out(scope, await rounds.list(this.db, scope.workspaceId)) };
  }

  async get(scope: Scope, id: string) {
    requireRole(scope, 'admin', 'manager');
    const row = await rounds.find(this.db, scope.workspaceId, id);
    if (!row) throw AppError.notFound('Survey round');
    const [out] = await this.out(scope, [row]);
    const surveys = await surveysRepository.ofRound(this.db, scope, id, 200);
    return {
      ...out!,
      surveys: surveys.map((s) => {
        const zone = zoneOf({ time_zone: s.time_zone, country: s.country });
        const local = localParts(new Date(s.planned_at), zone);
        return {
          id: s.id,
          customerId: s.customer_id,
          customerName: s.customer_name,
          country: s.country,
          contactId: s.contact_id,
          language: s.language,
          plannedAt: s.planned_at,
          plannedLocal: `${local.date} ${local.time}`,
          timeZone: zone,
          link: this.deps.tokens.linkOf(scope.workspaceId, s.id),
          score: s.score,
          mailStatus: s.mail_status ?? null,
          mailError: s.mail_error ?? null,
          mailedAt: s.mailed_at ?? null,
        };
      }),
    };
  }

  async create(scope: Scope, body: RoundBody) {
    requireRole(scope, 'admin', 'manager');
    const now = this.deps.now();
    const at = now.toISOString();
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const ws = scope.workspaceId;
      const segment = await findSegment(tx, ws, body.segmentId);
      const productId = body.productId ?? null;
      const product = productId
        ? (await productRecords.namesOf(tx, ws, [productId])).get(productId)
        : undefined;
      const errors = [
        ...(segment ? [] : [fieldError('/segmentId', 'no_segment')]),
        ...(HM.test(body.sendTime) ? [] : [fieldError('/sendTime', 'survey_time')]),
        ...(productId && !product
          ? [fieldError('/productId', 'no_such', { entity: 'product' })]
          : []),
      ];
      if (errors.length || !segment) throw AppError.validation(errors);
      const condition = (await segmentConditions(tx, ws, [segment.id], now)).get(segment.id);
      const ids = condition ? await customerRecords.matching(tx, ws, condition) : [];
      const customers = (await customerRecords.findMany(tx, ws, ids)).filter((c) =>
        canSeeOwner(scope, c.owner_id),
      );
      const primary = primaryContacts(
        await contactRecords.ofCustomers(
          tx,
          ws,
          customers.map((c) => c.id),
        ),
      );
      const sends = new Map<string, CampaignSend>();
      const mail_status = await surveyMailState(tx, ws);
      const rows: SurveyTable[] = [];
      for (const c of customers) {
        const contact = primary.get(c.id);
        if (!contact) continue;
        const send = await this.sendOf(tx, ws, c, body.sendTime, now, sends);
        const surveyId = newId();
        rows.push({
          workspace_id: ws,
          id: surveyId,
          kind: 'nps',
          round_id: id,
          ticket_id: null,
          customer_id: c.id,
          contact_id: contact.id,
          token_hash: sha256Hex(this.deps.tokens.tokenOf(ws, surveyId)),
          language: surveyLanguage(contact, c),
          subject: null,
          planned_at: send.at.toISOString(),
          created_at: at,
          mail_status,
          product_id: productId,
        });
      }
      await surveysRepository.insertMany(tx, rows);
      // Each link is mailed at its planned instant (a job each), when an account is chosen.
      await queueSurveyMails(tx, ws, rows);
      const round = {
        workspace_id: ws,
        id,
        name: body.name.trim(),
        segment_id: segment.id,
        segment_name: segment.name,
        send_time: body.sendTime,
        planned: rows.length,
        skipped: customers.length - rows.length,
        created_by: scope.userId || null,
        created_at: at,
        product_id: productId,
        product_name: product ?? null,
      };
      await rounds.insert(tx, round);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'survey_round',
        entityId: id,
        changes: diff(
          {},
          { name: round.name, segmentId: segment.id, planned: round.planned, productId },
        ),
      });
    });
    return this.get(scope, id);
  }

  /** The send instant on the customer's clock: their next business day (from tomorrow) at the time. */
  private async sendOf(
    tx: Parameters<CalendarProvider['calendar']>[0],
    ws: string,
    c: Customer,
    time: string,
    now: Date,
    cache: Map<string, CampaignSend>,
  ): Promise<CampaignSend> {
    const zone = zoneOf(c);
    const key = `${c.country}|${c.region ?? ''}|${zone}`;
    let send = cache.get(key);
    if (!send) {
      const calendar = await this.deps.calendars.calendar(tx, ws, c.country, c.region);
      const tomorrow = zonedToUtc(addDays(localParts(now, zone).date, 1), '00:00', zone);
      send = campaignSendAt({ calendar, timeZone: zone }, tomorrow, { weekday: null, time });
      cache.set(key, send);
    }
    return send;
  }
}
