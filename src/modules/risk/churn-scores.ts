import type { Kysely } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { CustomerUpdate, DB } from '../../db/schema.ts';
import { churnScore } from '../../domain/risk/churn.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { churnFacts } from './churn-facts.ts';
import { churnScoresRefresh, enqueueChurnScores } from './churn-score-job.ts';

/** A refresh reads this many candidates at a time. */
const PAGE = 1000;
/** Changes to more customers than this at once (an import) wait for the workspace's job. */
const INLINE_MAX = 500;

type FactsRow = Awaited<ReturnType<typeof customerRecords.churnScoreFacts>>[number];

const isCandidate = (c: FactsRow) =>
  c.deleted_at === null && c.stage !== 'churned' && c.last_order_date !== null;

/**
 * Brings the churn scores stored on customers (0087; the churn list pages by them) to what the
 * live explanation says today: these customers, or every candidate of the workspace (live, bought,
 * not churned). Others keep none. Writes only what changed; answers how many changed.
 */
export async function refreshChurnScores(
  db: Executor,
  workspaceId: string,
  today: string,
  ids?: string[],
): Promise<number> {
  let changed = 0;
  const score = async (rows: FactsRow[]) => {
    const candidates = rows.filter(isCandidate);
    const facts = await churnFacts(db, workspaceId, candidates, today);
    const updates = rows
      .map((c) => {
        if (!isCandidate(c)) return { id: c.id, score: null, reasons: null, asOf: null };
        const s = churnScore(facts.get(c.id)!);
        return { id: c.id, score: s.score, reasons: JSON.stringify(s.reasons), asOf: today };
      })
      .filter((u, i) => {
        const b = rows[i]!;
        return (
          u.score !== (b.churn_score === null ? null : Number(b.churn_score)) ||
          u.reasons !== b.churn_reasons ||
          u.asOf !== b.churn_as_of
        );
      });
    await customerRecords.setChurnScores(db, workspaceId, updates);
    changed += updates.length;
  };
  if (ids) {
    for (const part of chunks([...new Set(ids)], 500))
      await score(await customerRecords.churnScoreFacts(db, workspaceId, { ids: part }));
    return changed;
  }
  await customerRecords.clearStaleChurnScores(db, workspaceId);
  for (let after = ''; ;) {
    const page = await customerRecords.churnScoreFacts(db, workspaceId, {
      afterId: after,
      limit: PAGE,
    });
    if (!page.length) break;
    await score(page);
    after = page[page.length - 1]!.id;
  }
  return changed;
}

/** These customers' scores now, or (an import's batch) the workspace's in the background. */
export async function rescoreChurn(
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  today: string,
): Promise<void> {
  if (customerIds.length > INLINE_MAX) await enqueueChurnScores(db, workspaceId);
  else if (customerIds.length) await refreshChurnScores(db, workspaceId, today, customerIds);
}

/** The orders follower: the customers of the written orders are scored again. */
export async function followChurnOrders(
  db: Executor,
  workspaceId: string,
  orderIds: string[],
  today: string,
): Promise<void> {
  const customers = new Set<string>();
  for (const part of chunks(orderIds, 500))
    for (const o of await orderRecords.byIds(db, workspaceId, part)) customers.add(o.customer_id);
  await rescoreChurn(db, workspaceId, [...customers], today);
}

const CHURN_FIELDS = ['stage', 'deleted_at', 'health_score', 'last_order_date'] as const;

/** The customers module's patch follower: health, stage and deletion change the score. */
export async function followChurnFields(
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  patch: CustomerUpdate,
  today: string,
): Promise<void> {
  if (CHURN_FIELDS.some((k) => patch[k] !== undefined))
    await rescoreChurn(db, workspaceId, customerIds, today);
}

/** Every workspace's scores hourly (the rules count days; mail, tickets, feedback arrive). */
export function churnScoreJobKinds(
  db: Kysely<DB>,
  workspaceIds: (db: Executor) => Promise<string[]>,
  today: () => string,
): JobKind[] {
  return churnScoresRefresh.kinds(db, workspaceIds, (ws) => refreshChurnScores(db, ws, today()));
}
