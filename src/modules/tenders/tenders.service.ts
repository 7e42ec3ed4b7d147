import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, TenderTable } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { zonedToUtc } from '../../domain/calendar/zoned-time.ts';
import { newId } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { zoneOf } from '../relationship/planning.service.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import {
  applyPatch,
  checkTender,
  inputOf,
  type TenderInput,
  type TenderValues,
} from './tender-input.ts';
import { syncReminders, type HomeOffice } from './tender-reminders.ts';
import { tenderReasonsRepository } from './tender-reasons.repository.ts';
import { workspaceReasons } from './tender-reasons.service.ts';
import { toTenderOut } from './tenders.mapper.ts';
import { tendersRepository as repo, type TenderRow } from './tenders.repository.ts';
import type { TenderBody, TenderListQuery, TenderOut, TenderPatch } from './tenders.schemas.ts';

/**
 * What the audit log keeps of a tender: every field, lists and objects as JSON text, so any
 * change (a document ticked off, a weight moved) shows before and after.
 */
function audited(t: TenderInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t))
    out[k] = v !== null && typeof v === 'object' ? JSON.stringify(v) : (v ?? null);
  return out;
}

const rowOf = ({ competitors: _c, reasonIds: _r, ...values }: TenderValues) => values;

/**
 * Tenders and our bids for them. Access follows the buyer (customer): a rep reaches the tenders
 * of their own customers, a manager their teams', an admin all; anything else is "not found".
 * Every change is audited, and the deadline reminders (follow-ups) move with the deadlines.
 */
export class TendersService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private async homeOffice(db: Executor, workspaceId: string): Promise<HomeOffice> {
    const ws = await workspaces.find(db, workspaceId);
    const country = ws?.home_country ?? 'CN';
    return {
      country,
      timeZone: ws?.home_time_zone ?? 'Asia/Shanghai',
      calendar: await this.calendars.calendar(db, workspaceId, country),
    };
  }

  /** Rows as the API answers them, read in the caller's executor. */
  private async outOf(db: Executor, scope: Scope, rows: TenderRow[], sentZone?: string) {
    const home = await this.homeOffice(db, scope.workspaceId);
    const viewerZone = await userRecords.viewerTimeZone(db, scope, sentZone, home.timeZone);
    const ids = rows.map((r) => r.id);
    const [competitors, reasonLinks, reasons] = await Promise.all([
      repo.competitorsOf(db, scope.workspaceId, ids),
      repo.reasonIdsOf(db, scope.workspaceId, ids),
      tenderReasonsRepository.list(db, scope.workspaceId),
    ]);
    const followUpIds = rows.flatMap((r) =>
      [r.submission_follow_up_id, r.clarification_follow_up_id].filter((x): x is string => !!x),
    );
    const followUps = await datedFollowUps.dates(db, scope.workspaceId, followUpIds);
    const ctx = {
      viewerZone,
      home,
      now: this.clock(),
      reasons: new Map(reasons.map((r) => [r.id, r])),
      followUps: new Map(followUps.map((f) => [f.id, f])),
    };
    return rows.map((r) =>
      toTenderOut(
        r,
        competitors.filter((c) => c.tender_id === r.id),
        reasonLinks.filter((l) => l.tender_id === r.id).map((l) => l.reason_id),
        ctx,
      ),
    );
  }

  async get(scope: Scope, id: string, sentZone?: string): Promise<TenderOut> {
    const row = await repo.findVisible(this.db, scope, id);
    if (!row) throw AppError.notFound('Tender');
    const [out] = await this.outOf(this.db, scope, [row], sentZone);
    return out!;
  }

  async create(scope: Scope, body: TenderBody): Promise<TenderOut> {
    const now = this.clock();
    const id = await this.db.transaction().execute(async (tx) => {
      const customer = await customerRecords.findVisible(tx, scope, body.customerId);
      if (!customer)
        throw AppError.validation([
          fieldError('/customerId', 'not_in_scope', { entity: 'customer' }),
        ]);
      const reasons = await workspaceReasons(tx, scope.workspaceId);
      const { customerId: _, ...input } = body;
      const { errors, values } = checkTender(input, {
        buyerZone: zoneOf(customer),
        buyerCountry: customer.country,
        reasons: new Map(reasons.map((r) => [r.id, { active: r.active === 1 }])),
        keptReasonIds: new Set(),
        today: now.toISOString().slice(0, 10),
      });
      if (errors.length) throw AppError.validation(errors);
      await this.checkReference(tx, scope, customer.id, values.reference, null);
      const at = now.toISOString();
      const row: TenderTable = {
        ...rowOf(values),
        workspace_id: scope.workspaceId,
        id: newId(),
        customer_id: customer.id,
        submission_follow_up_id: null,
        clarification_follow_up_id: null,
        created_by: scope.userId || null,
        created_at: at,
        updated_at: at,
      };
      await repo.insert(tx, row);
      await this.saveChildren(tx, scope.workspaceId, row.id, values);
      await this.remind(tx, scope, { ...row, owner_id: customer.owner_id }, now);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'tender',
        entityId: row.id,
        changes: diff({}, { customerId: customer.id, ...audited(input) }),
      });
      return row.id;
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, patch: TenderPatch): Promise<TenderOut> {
    const now = this.clock();
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.findVisible(tx, scope, id);
      if (!row) throw AppError.notFound('Tender');
      const reasons = await workspaceReasons(tx, scope.workspaceId);
      const [competitors, links] = await Promise.all([
        repo.competitorsOf(tx, scope.workspaceId, [id]),
        repo.reasonIdsOf(tx, scope.workspaceId, [id]),
      ]);
      const current = inputOf(
        row,
        competitors,
        links.map((l) => l.reason_id),
      );
      const next = applyPatch(current, patch);
      const { errors, values } = checkTender(next, {
        buyerZone: row.deadline_time_zone,
        buyerCountry: row.country,
        reasons: new Map(reasons.map((r) => [r.id, { active: r.active === 1 }])),
        keptReasonIds: new Set(current.reasonIds),
        today: now.toISOString().slice(0, 10),
      });
      if (errors.length) throw AppError.validation(errors);
      const changes = diff(audited(current), audited(next));
      if (values.reference !== row.reference)
        await this.checkReference(tx, scope, row.customer_id, values.reference, id);
      const updated = { ...row, ...rowOf(values), updated_at: now.toISOString() };
      if (Object.keys(changes).length) {
        await repo.update(tx, scope.workspaceId, id, {
          ...rowOf(values),
          updated_at: updated.updated_at,
        });
        await this.saveChildren(tx, scope.workspaceId, id, values);
      }
      await this.remind(tx, scope, { ...updated, owner_id: row.customer_owner_id }, now);
      if (Object.keys(changes).length)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'tender',
          entityId: id,
          changes,
        });
    });
    return this.get(scope, id);
  }

  /** Deletes a tender with its bids and reasons; its reminders still to do are cancelled. */
  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.findVisible(tx, scope, id);
      if (!row) throw AppError.notFound('Tender');
      await datedFollowUps.cancel(tx, scope, row.submission_follow_up_id);
      await datedFollowUps.cancel(tx, scope, row.clarification_follow_up_id);
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'tender',
        entityId: id,
        changes: diff({ reference: row.reference, title: row.title }, {}),
      });
    });
  }

  /** Tenders over the customers the caller may see, by deadline, a page at a time. */
  async list(scope: Scope, q: TenderListQuery) {
    const limit = q.limit ?? 50;
    const home = await this.homeOffice(this.db, scope.workspaceId);
    // A date range means days in the home office's clock, the one the team works by.
    const dayStart = (d: string) => zonedToUtc(d, '00:00', home.timeZone).toISOString();
    const rows = await repo.list(this.db, scope, {
      status: q.status,
      result: q.result,
      country: q.country?.toUpperCase(),
      customerId: q.customerId,
      from: q.deadlineFrom ? dayStart(q.deadlineFrom) : undefined,
      to: q.deadlineTo ? dayStart(addDays(q.deadlineTo, 1)) : undefined,
      order: q.order ?? 'asc',
      cursor: q.cursor,
      limit,
      now: this.clock().toISOString(),
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: await this.outOf(this.db, scope, page, q.timeZone),
      nextCursor: rows.length > limit && last ? `${last.submission_deadline}|${last.id}` : null,
    };
  }

  private async checkReference(
    db: Executor,
    scope: Scope,
    customerId: string,
    reference: string,
    self: string | null,
  ) {
    const other = await repo.byReference(db, scope.workspaceId, customerId, reference);
    if (other && other.id !== self)
      throw AppError.conflict(`This buyer already has a tender ${reference}`, [
        fieldError('/reference', 'taken'),
      ]);
  }

  private async saveChildren(db: Executor, workspaceId: string, id: string, v: TenderValues) {
    await repo.replaceCompetitors(db, workspaceId, id, v.competitors);
    await repo.replaceReasons(db, workspaceId, id, v.reasonIds);
  }

  private async remind(
    db: Executor,
    scope: Scope,
    t: Parameters<typeof syncReminders>[2] & { id: string },
    now: Date,
  ) {
    const home = await this.homeOffice(db, scope.workspaceId);
    const ids = await syncReminders(db, scope, t, home, now);
    if (
      ids.submission !== t.submission_follow_up_id ||
      ids.clarification !== t.clarification_follow_up_id
    )
      await repo.update(db, scope.workspaceId, t.id, {
        submission_follow_up_id: ids.submission,
        clarification_follow_up_id: ids.clarification,
      });
  }
}
