import { isUniqueViolation } from '../../db/dialect.ts';
import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { expiringWithin, replay } from '../../domain/loyalty/ledger.ts';
import { planAdjust, planRedeem, type Planned } from '../../domain/loyalty/moves.ts';
import { bonusOf, bonusSource, NO_BONUSES } from '../../domain/loyalty/bonus.ts';
import { programmeProblems, type Programme } from '../../domain/loyalty/programme.ts';
import {
  basisValue,
  nextTierFor,
  tierFor,
  windowSums,
  windowStart,
} from '../../domain/loyalty/tiers.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { LOYALTY_BACKFILL } from './loyalty-jobs.ts';
import { grantBonus } from './loyalty-bonus.ts';
import { changeLedger, toEntry, type LedgerContext } from './loyalty-ledger.ts';
import { programmeFrom, programmeOf, programmeRow, reportingOf } from './loyalty-programme.ts';
import { loyaltyCardRepository } from './loyalty-card.repository.ts';
import { minorDigits } from '../../domain/value/money.ts';
import { loyaltyProgrammeRepository } from './loyalty-programme.repository.ts';
import type {
  AdjustBody,
  CustomerLoyaltyOut,
  LedgerQuery,
  ProgrammeBody,
  RedeemBody,
  ReferralBody,
} from './loyalty.schemas.ts';

/** Expiry reminders look this many days ahead. */
export const EXPIRING_DAYS = 30;

const tierRef = (
  t: { key: string; names: Record<string, string>; threshold: number; discountPct: number } | null,
) =>
  t ? { key: t.key, names: t.names, threshold: t.threshold, discountPct: t.discountPct } : null;

/** The loyalty programme: its settings, a customer's points, redemptions and adjustments. */
export class LoyaltyService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date,
  ) {}

  async programme(scope: Scope) {
    const [p, reporting] = await Promise.all([
      programmeOf(this.db, scope.workspaceId),
      reportingOf(this.db, scope.workspaceId),
    ]);
    return { ...p, reportingCurrency: reporting.currency };
  }

  /** Admins set the programme; audited. Tiers are kept lowest threshold first. */
  async saveProgramme(scope: Scope, body: ProgrammeBody) {
    requireRole(scope, 'admin');
    const errors = programmeProblems({ ...body, bonuses: NO_BONUSES });
    if (errors.length) throw AppError.validation(errors);
    await this.db.transaction().execute(async (tx) => {
      const before = await programmeOf(tx, scope.workspaceId);
      // Bonuses left out keep what they were (a client that predates them changes none).
      const next: Programme = { ...body, bonuses: body.bonuses ?? before.bonuses };
      const row = programmeRow(scope.workspaceId, next, this.now().toISOString());
      await loyaltyProgrammeRepository.save(tx, row);
      // Switched on: the orders already paid earn their points, in a job committed with the change.
      if (next.enabled && !before.enabled)
        await enqueueJob(
          tx,
          LOYALTY_BACKFILL,
          {},
          {
            workspaceId: scope.workspaceId,
            dedupKey: scope.workspaceId,
            runAt: this.now(),
          },
        );
      const changes = diff(
        { ...before, tiers: JSON.stringify(before.tiers), bonuses: JSON.stringify(before.bonuses) },
        { ...next, tiers: row.tiers, bonuses: row.bonuses },
      );
      if (Object.keys(changes).length)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'loyalty_programme',
          entityId: scope.workspaceId,
          changes,
        });
    });
    return this.programme(scope);
  }

  private async context(
    db: Executor,
    ws: string,
  ): Promise<LedgerContext & { reportingCurrency: string }> {
    const now = this.now();
    const reporting = await reportingOf(db, ws);
    return {
      programme: await programmeOf(db, ws),
      reportingDigits: reporting.digits,
      reportingCurrency: reporting.currency,
      today: now.toISOString().slice(0, 10),
      at: now.toISOString(),
    };
  }

  /** Balance, tier and the next tier, lots, expiring points and a page of the ledger (newest first). */
  async ofCustomer(
    scope: Scope,
    customerId: string,
    q: LedgerQuery = {},
  ): Promise<CustomerLoyaltyOut> {
    // One statement (p95 < 5 ms on PostgreSQL): the scope check, status, programme, reporting
    // currency and the ledger with its orders' numbers. Out of scope is no row: 404.
    const card = await loyaltyCardRepository.read(this.db, scope, customerId);
    if (!card) throw AppError.notFound('Customer');
    const currency = card.reportingCurrency;
    const rows = card.ledger;
    const ctx = {
      programme: programmeFrom(card.programme),
      reportingDigits: minorDigits(currency),
      reportingCurrency: currency,
      today: this.now().toISOString().slice(0, 10),
    };
    const entries = rows.map(toEntry);
    const state = replay(entries);
    const sums = windowSums(entries, windowStart(ctx.today), ctx.today);
    const value = basisValue(ctx.programme.basis, sums, ctx.reportingDigits);
    const limit = q.limit ?? 50;
    const newest = rows.filter((r) => !q.before || r.seq < q.before).reverse();
    const page = newest.slice(0, limit);
    return {
      enabled: ctx.programme.enabled,
      basis: ctx.programme.basis,
      reportingCurrency: ctx.reportingCurrency,
      balance: state.balance,
      basisValue: value,
      tier: tierRef(tierFor(ctx.programme.tiers, value)),
      nextTier: tierRef(nextTierFor(ctx.programme.tiers, value)),
      evaluatedAt: card.evaluatedAt,
      lots: state.lots.filter((l) => l.remaining > 0),
      expiringSoon: expiringWithin(state.lots, ctx.today, EXPIRING_DAYS),
      expiringWithinDays: EXPIRING_DAYS,
      ledger: {
        items: page.map((r) => ({
          ...toEntry(r),
          orderNumber: r.order_number ?? null,
          reason: r.reason,
          bonus: bonusOf(r.source),
          actorId: r.actor_id,
          createdAt: r.created_at,
        })),
        nextBefore: newest.length > limit ? (page[page.length - 1]?.seq ?? null) : null,
      },
    };
  }

  /** Points spent by the customer (any user who sees the customer); audited. */
  redeem(scope: Scope, customerId: string, body: RedeemBody) {
    return this.move(scope, customerId, body.reason, (state, today) =>
      planRedeem(state, body.points, today),
    );
  }

  /** A correction by an admin or a manager, with its reason; audited. */
  adjust(scope: Scope, customerId: string, body: AdjustBody) {
    requireRole(scope, 'admin', 'manager');
    return this.move(scope, customerId, body.reason, (state, today, months) =>
      planAdjust(state, body.points, today, months),
    );
  }

  /**
   * The referral bonus to the referring customer for a customer they brought: both must be in the
   * caller's scope; one grant per referred customer in the workspace (a second is 409). Audited.
   */
  async referral(scope: Scope, customerId: string, body: ReferralBody) {
    const ws = scope.workspaceId;
    const at = '/referredCustomerId';
    const granted = () =>
      AppError.conflict('This referral already earned its bonus', [
        fieldError(at, 'loyalty_bonus_granted'),
      ]);
    await this.db
      .transaction()
      .execute(async (tx) => {
        if (!(await customerRecords.findVisible(tx, scope, customerId)))
          throw AppError.notFound('Customer');
        if (body.referredCustomerId === customerId)
          throw AppError.validation([fieldError(at, 'loyalty_self_referral')]);
        const referred = await customerRecords.findVisible(tx, scope, body.referredCustomerId);
        if (!referred)
          throw AppError.validation([fieldError(at, 'not_in_scope', { entity: 'customer' })]);
        const programme = await programmeOf(tx, ws);
        if (!programme.enabled || !programme.bonuses.referral)
          throw AppError.conflict('The referral bonus is off', [
            fieldError(at, 'loyalty_bonus_off'),
          ]);
        const points = await grantBonus(
          tx,
          ws,
          {
            kind: 'referral',
            customerId,
            source: bonusSource.referral(referred.id),
            date: this.now().toISOString().slice(0, 10),
            reason: `Referral: ${referred.name}`,
            actorId: scope.userId,
          },
          this.now(),
        );
        if (!points) throw granted();
        await recordAudit(tx, scope, {
          action: 'create',
          entityType: 'loyalty_entry',
          entityId: customerId,
          changes: {
            referral: { before: null, after: points },
            referredCustomerId: { before: null, after: referred.id },
          },
        });
      })
      // Two referrers claiming one customer at once: the source's unique index stops the second.
      .catch((err: unknown) => {
        throw isUniqueViolation(err) ? granted() : err;
      });
    return this.ofCustomer(scope, customerId);
  }

  private async move(
    scope: Scope,
    customerId: string,
    reason: string,
    plan: (state: ReturnType<typeof replay>, today: string, expiryMonths: number) => Planned,
  ) {
    const ws = scope.workspaceId;
    if (!reason.trim()) throw AppError.validation([fieldError('/reason', 'required')]);
    await this.db.transaction().execute(async (tx) => {
      if (!(await customerRecords.findVisible(tx, scope, customerId)))
        throw AppError.notFound('Customer');
      const ctx = await this.context(tx, ws);
      const done = await changeLedger(
        tx,
        ws,
        customerId,
        ctx,
        (state) => {
          const p = plan(state, ctx.today, ctx.programme.expiryMonths);
          if (p.errors) throw AppError.validation(p.errors);
          return [p.entry];
        },
        { reason: reason.trim(), actorId: scope.userId },
      );
      const e = done.appended[0]!;
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'loyalty_entry',
        entityId: customerId,
        changes: {
          [e.kind]: { before: null, after: e.points },
          balance: { before: done.state.balance - e.points, after: done.state.balance },
          reason: { before: null, after: reason.trim() },
        },
      });
    });
    return this.ofCustomer(scope, customerId);
  }
}
