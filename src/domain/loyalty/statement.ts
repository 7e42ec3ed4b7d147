import { localeFor } from '../sales/quote-language.ts';
import { expiringWithin, replay, type Entry } from './ledger.ts';
import type { Programme } from './programme.ts';
import { statementLanguage } from './statement-labels.ts';
import { basisValue, nextTierFor, tierFor, windowSums, windowStart } from './tiers.ts';

/** A statement looks this many days ahead for expiring points. */
export const STATEMENT_EXPIRING_DAYS = 90;

/**
 * The statement's locale: the contact's preferred language, else the main language of the
 * customer's country, else English — the first we have labels for, with the country's region when
 * it is that country's language (so pt to a Brazilian buyer writes figures as pt-BR does).
 */
export function chooseStatementLanguage(contactLanguage: string | null, country: string): string {
  let main: string | undefined;
  try {
    main = new Intl.Locale(`und-${country}`).maximize().language;
  } catch {
    main = undefined;
  }
  for (const candidate of [contactLanguage, main])
    if (candidate && statementLanguage(candidate)) return localeFor(candidate, country);
  return 'en';
}

export interface StatementMovement {
  seq: number;
  date: string;
  kind: Entry['kind'];
  points: number;
  /** the balance after this movement */
  balance: number;
  orderId: string | null;
}

/**
 * What a statement tells for a period (`from` … `to`, dates inclusive) as of `today`: the balance
 * before and after the period and each movement dated in it with the running balance, the lots
 * expiring within 90 days of today, the tier and the way to the next one.
 */
export function statementFigures(
  entries: readonly Entry[],
  programme: Programme,
  period: { from: string; to: string; today: string },
  reportingDigits: number,
) {
  const state = replay(entries);
  const byDate = [...entries].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq,
  );
  let opening = 0;
  for (const e of byDate) if (e.date < period.from) opening += e.points;
  let running = opening;
  const movements: StatementMovement[] = [];
  for (const e of byDate)
    if (e.date >= period.from && e.date <= period.to && e.points !== 0) {
      running += e.points;
      movements.push({
        seq: e.seq,
        date: e.date,
        kind: e.kind,
        points: e.points,
        balance: running,
        orderId: e.orderId,
      });
    }
  const sums = windowSums(entries, windowStart(period.today), period.today);
  const value = basisValue(programme.basis, sums, reportingDigits);
  const tier = tierFor(programme.tiers, value);
  const next = nextTierFor(programme.tiers, value);
  const lots = new Map(state.lots.map((l) => [l.seq, l]));
  return {
    balance: state.balance,
    opening,
    closing: running,
    movements,
    expiring: expiringWithin(state.lots, period.today, STATEMENT_EXPIRING_DAYS).map((x) => ({
      ...x,
      earnedOn: lots.get(x.lotSeq)?.date ?? x.expiresOn,
    })),
    basis: programme.basis,
    basisValue: value,
    tier,
    nextTier: next ? { tier: next, toGo: next.threshold - value } : null,
  };
}
export type StatementFigures = ReturnType<typeof statementFigures>;
