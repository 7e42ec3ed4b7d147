import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/dates.ts';
import { orderDelta, shouldGive } from './earning.ts';
import { replay, type Entry } from './ledger.ts';
import { planAdjust, planExpiries, planRedeem } from './moves.ts';

type Op =
  | { t: 'order'; order: number; paid: boolean; amount: number }
  | { t: 'redeem'; points: number }
  | { t: 'adjust'; points: number }
  | { t: 'days'; days: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    t: fc.constant('order' as const),
    order: fc.integer({ min: 1, max: 4 }),
    paid: fc.boolean(),
    amount: fc.integer({ min: 0, max: 500_000 }),
  }),
  fc.record({ t: fc.constant('redeem' as const), points: fc.integer({ min: -5, max: 3_000 }) }),
  fc.record({ t: fc.constant('adjust' as const), points: fc.integer({ min: -3_000, max: 3_000 }) }),
  fc.record({ t: fc.constant('days' as const), days: fc.integer({ min: 1, max: 400 }) }),
);

describe('the ledger invariants', () => {
  it('any sequence the validators accept keeps balance = sum of lots = sum of entries ≥ 0', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let ledger: Entry[] = [];
        let today = '2026-01-01';
        const orders = new Map<string, { paid: boolean; amount: number }>();
        for (const o of ops) {
          const state = replay(ledger);
          if (o.t === 'days') {
            today = addDays(today, o.days);
            ledger = [...ledger, ...planExpiries(state, today)];
          } else if (o.t === 'redeem') {
            const p = planRedeem(state, o.points, today);
            if (p.entry) ledger = [...ledger, p.entry];
            else expect(o.points < 1 || o.points > state.balance).toBe(true);
          } else if (o.t === 'adjust') {
            const p = planAdjust(state, o.points, today, 12);
            if (p.entry) ledger = [...ledger, p.entry];
          } else {
            const id = `o${o.order}`;
            const prev = orders.get(id);
            const amount = prev?.amount ?? o.amount; // an order's amount is fixed here
            orders.set(id, { paid: o.paid, amount });
            const facts = { orderId: id, paid: o.paid, paidDate: today, convertedMinor: amount };
            const e = orderDelta(state, ledger, facts, shouldGive(facts, 2, 1), today, 12);
            if (e) ledger = [...ledger, e];
          }
          const after = replay(ledger);
          const lots = after.lots.reduce((s, l) => s + l.remaining, 0);
          expect(after.balance).toBe(lots);
          expect(after.balance).toBe(ledger.reduce((s, e) => s + e.points, 0));
          expect(after.balance).toBeGreaterThanOrEqual(0);
          for (const l of after.lots) expect(l.remaining).toBeGreaterThanOrEqual(0);
        }
        // Re-writing every order in its last state changes nothing: earning is idempotent.
        const state = replay(ledger);
        for (const [id, o] of orders) {
          const facts = { orderId: id, paid: o.paid, paidDate: today, convertedMinor: o.amount };
          expect(orderDelta(state, ledger, facts, shouldGive(facts, 2, 1), today, 12)).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});
