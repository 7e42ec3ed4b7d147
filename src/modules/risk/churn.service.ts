import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { CHURN_RULES, churnLevel, churnScore, type ChurnReason } from '../../domain/risk/churn.ts';
import { suggestedChurnAction } from '../../domain/risk/churn-actions.ts';
import { nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { churnFacts } from './churn-facts.ts';

export { CHURN_WINDOWS } from './churn-facts.ts';

export interface ChurnQuery {
  country?: string;
  limit?: number;
  offset?: number;
}

/**
 * The rule-based churn score of customers in the caller's scope. One customer's is explained
 * live (its facts read through their owning modules); the list reads the scores stored on the
 * customers (0087, `refreshChurnScores`), paged by score from an index and scoped in the query.
 */
export class ChurnService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => nowIso().slice(0, 10),
  ) {}

  /** One customer's score, live; the caller found the customer visible. */
  async of(scope: Scope, customer: { id: string; health_score: number | null }) {
    const facts = await churnFacts(this.db, scope.workspaceId, [customer], this.today());
    const s = churnScore(facts.get(customer.id)!);
    return { ...s, suggestion: suggestedChurnAction(s.reasons) };
  }

  /** The churn list: customers who have bought, riskiest first, a page at a time. */
  async list(scope: Scope, q: ChurnQuery) {
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const f = { country: q.country?.toUpperCase() };
    const [rows, counts] = await Promise.all([
      customerRecords.churnPage(this.db, scope, { ...f, limit, offset }),
      customerRecords.churnCounts(this.db, scope, f, CHURN_RULES),
    ]);
    return {
      asOf: this.today(),
      total: counts.total,
      atRisk: counts.atRisk,
      high: counts.high,
      medium: counts.medium,
      offset,
      items: rows.map((c) => {
        const score = Number(c.churn_score);
        const reasons = JSON.parse(c.churn_reasons ?? '[]') as ChurnReason[];
        return {
          customerId: c.id,
          name: c.name,
          country: c.country,
          ownerId: c.owner_id,
          lastOrderDate: c.last_order_date,
          scoredOn: c.churn_as_of,
          score,
          level: churnLevel(score),
          reasons,
          suggestion: suggestedChurnAction(reasons),
        };
      }),
    };
  }
}
