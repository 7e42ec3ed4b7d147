import type { Executor } from '../../db/dialect.ts';
import type { LoyaltyLedgerRow, LoyaltyLedgerTable, LoyaltyStatusTable } from '../../db/schema.ts';
import { nextExpiry, replay, type Entry, type LedgerState } from '../../domain/loyalty/ledger.ts';
import { planExpiries } from '../../domain/loyalty/moves.ts';
import type { Programme } from '../../domain/loyalty/programme.ts';
import { basisValue, tierFor, windowSums, windowStart } from '../../domain/loyalty/tiers.ts';
import { loyaltyLedgerRepository } from './loyalty-ledger.repository.ts';
import { loyaltyStatusRepository } from './loyalty-status.repository.ts';

/** What every ledger change needs to know besides the customer. */
export interface LedgerContext {
  programme: Programme;
  reportingDigits: number;
  /** the day entries are dated and lots expire by */
  today: string;
  /** the instant rows are written at */
  at: string;
}

/** What the entries a change appends carry besides their figures. */
export interface LedgerMeta {
  reason?: string | null;
  actorId?: string | null;
  /** a bonus's source record: when an entry already carries it, nothing is appended */
  source?: string | null;
}

export const toEntry = (r: LoyaltyLedgerRow): Entry => ({
  seq: r.seq,
  kind: r.kind,
  points: Number(r.points),
  date: r.entry_date,
  orderId: r.order_id,
  lotSeq: r.lot_seq,
  expiresOn: r.expires_on,
  shortfall: Number(r.shortfall),
  amountMinor: Number(r.amount_minor),
});

const toRow = (
  ws: string,
  customerId: string,
  e: Entry,
  at: string,
  meta: LedgerMeta,
): LoyaltyLedgerTable => ({
  workspace_id: ws,
  customer_id: customerId,
  seq: e.seq,
  kind: e.kind,
  points: e.points,
  entry_date: e.date,
  order_id: e.orderId,
  lot_seq: e.lotSeq,
  expires_on: e.expiresOn,
  shortfall: e.shortfall,
  amount_minor: e.amountMinor,
  reason: meta.reason ?? null,
  actor_id: meta.actorId ?? null,
  source: meta.source ?? null,
  created_at: at,
});

/** The status a ledger implies today: balance, tier and the sums it was told from. */
export function statusOf(
  ws: string,
  customerId: string,
  entries: readonly Entry[],
  state: LedgerState,
  ctx: LedgerContext,
): LoyaltyStatusTable {
  const sums = windowSums(entries, windowStart(ctx.today), ctx.today);
  const value = basisValue(ctx.programme.basis, sums, ctx.reportingDigits);
  return {
    workspace_id: ws,
    customer_id: customerId,
    balance: state.balance,
    tier: tierFor(ctx.programme.tiers, value)?.key ?? null,
    points_12m: sums.points,
    revenue_12m_minor: sums.amountMinor,
    next_expiry: nextExpiry(state.lots),
    evaluated_at: ctx.at,
  };
}

/**
 * The one way a ledger changes, inside the caller's transaction: lock the customer's status row,
 * replay the ledger, write the expiries that are due (so nothing spends expired points), append
 * what `plan` decides (it may throw: then nothing is written; a bonus whose source is already in
 * the ledger appends nothing), and rewrite the status to match.
 */
export async function changeLedger(
  db: Executor,
  ws: string,
  customerId: string,
  ctx: LedgerContext,
  plan: (state: LedgerState, entries: Entry[]) => Entry[],
  meta: LedgerMeta = {},
) {
  await loyaltyStatusRepository.lock(db, {
    workspace_id: ws,
    customer_id: customerId,
    balance: 0,
    tier: null,
    points_12m: 0,
    revenue_12m_minor: 0,
    next_expiry: null,
    evaluated_at: ctx.at,
  });
  const entries = (await loyaltyLedgerRepository.ofCustomer(db, ws, customerId)).map(toEntry);
  let state = replay(entries);
  const expired = planExpiries(state, ctx.today);
  if (expired.length) state = replay([...entries, ...expired]);
  // Checked under the lock: a bonus granted twice (a second check-in, an edited answer, the
  // anniversary job run again) finds its source taken and appends nothing.
  const taken = !!meta.source && (await loyaltyLedgerRepository.hasSource(db, ws, meta.source));
  const planned = taken ? [] : plan(state, [...entries, ...expired]);
  const all = [...entries, ...expired, ...planned];
  const after = planned.length ? replay(all) : state;
  await loyaltyLedgerRepository.append(db, [
    ...expired.map((e) => toRow(ws, customerId, e, ctx.at, {})),
    ...planned.map((e) => toRow(ws, customerId, e, ctx.at, meta)),
  ]);
  const status = statusOf(ws, customerId, all, after, ctx);
  await loyaltyStatusRepository.save(db, status);
  return { entries: all, state: after, status, appended: planned };
}
