import { sql } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import { orderRhythm, RHYTHM_ORDERS, type OrderRhythm } from '../../domain/insight/actions.ts';

/**
 * Part of the customers repository (spread into `customersRepository`, the table's one owner):
 * the values kept on a customer for other modules' reads — last touch, health and lead scores,
 * the last order date and order rhythm — written when what they are worked out from changes.
 */
export const customerSignalsRepository = {
  /** A logged touch moves the customer's last touch and last outbound instants. */
  async recordTouch(
    db: Executor,
    workspaceId: string,
    id: string,
    at: { lastTouchAt: string | null; lastOutboundAt: string | null },
  ): Promise<void> {
    await db
      .updateTable('customers')
      .set({ last_touch_at: at.lastTouchAt, last_outbound_at: at.lastOutboundAt })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Answers whether the score changed (nothing is written when it did not). */
  async setHealthScore(
    db: Executor,
    workspaceId: string,
    id: string,
    score: number | null,
  ): Promise<boolean> {
    const r = await db
      .updateTable('customers')
      .set({ health_score: score })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where((eb) =>
        score === null
          ? eb('health_score', 'is not', null)
          : eb.or([eb('health_score', 'is', null), eb('health_score', '<>', score)]),
      )
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  /**
   * Recomputes the customers' last order date and order rhythm (cancelled orders left out) after
   * any order write: segments filter on the date, next best actions read the rhythm (how many of
   * the latest 12 orders were counted and the median days between them), neither reads orders.
   */
  async refreshLastOrderDate(db: Executor, workspaceId: string, customerIds: string[]) {
    for (const part of chunks([...new Set(customerIds)], IN_LIST)) {
      const rows = (
        await sql<{ customer_id: string; order_date: string }>`
          select customer_id, order_date from (
            select customer_id, order_date, row_number() over (
              partition by customer_id order by order_date desc) as rn
            from orders
            where workspace_id = ${workspaceId} and status <> 'cancelled'
              and customer_id in (${sql.join(part)})) latest
          where rn <= ${RHYTHM_ORDERS}`.execute(db)
      ).rows;
      const dates = new Map<string, string[]>();
      for (const r of rows) {
        const list = dates.get(r.customer_id) ?? [];
        list.push(r.order_date);
        dates.set(r.customer_id, list);
      }
      const rhythm = new Map(part.map((id) => [id, orderRhythm(dates.get(id) ?? [])]));
      // One statement per chunk: each column a CASE over the chunk's ids (casts for PostgreSQL,
      // which cannot type a parameter only a CASE sees).
      const column = (value: (r: OrderRhythm) => string | number | null, type: string) =>
        sql`case id ${sql.join(
          part.map(
            (id) => sql`when ${id} then cast(${value(rhythm.get(id)!)} as ${sql.raw(type)})`,
          ),
          sql` `,
        )} end`;
      await sql`update customers set
          last_order_date = ${column((r) => r.last, 'text')},
          recent_orders = ${column((r) => r.count, 'integer')},
          order_interval_days = ${column((r) => r.interval, 'integer')}
        where workspace_id = ${workspaceId} and id in (${sql.join(part)})`.execute(db);
    }
  },

  /**
   * What a lead score is computed from: a page of leads and prospects after `afterId` (the
   * workspace's refresh), or these customers whatever their stage (a change to a few).
   */
  leadScoreFacts(
    db: Executor,
    workspaceId: string,
    sel: { afterId: string; limit: number } | { ids: string[] },
  ) {
    let q = db
      .selectFrom('customers')
      .select(['id', 'stage', 'country', 'industry', 'size', 'source', 'lead_score', 'deleted_at'])
      .where('workspace_id', '=', workspaceId);
    if ('ids' in sel) return q.where('id', 'in', sel.ids).execute();
    q = q
      .where('stage', 'in', ['lead', 'prospect'])
      .where('deleted_at', 'is', null)
      .where('id', '>', sel.afterId);
    return q.orderBy('id').limit(sel.limit).execute();
  },

  /** Stores lead scores (null: not a lead or prospect), one statement per 500 customers. */
  async setLeadScores(
    db: Executor,
    workspaceId: string,
    scores: { id: string; score: number | null }[],
  ) {
    for (const part of chunks(scores, 500))
      await sql`update customers set lead_score = case id ${sql.join(
        part.map((r) => sql`when ${r.id} then cast(${r.score} as integer)`),
        sql` `,
      )} end
        where workspace_id = ${workspaceId} and id in (${sql.join(part.map((r) => r.id))})`.execute(
        db,
      );
  },

  /** Customers no longer leads or prospects (or deleted) keep no lead score. */
  async clearStaleLeadScores(db: Executor, workspaceId: string) {
    await db
      .updateTable('customers')
      .set({ lead_score: null })
      .where('workspace_id', '=', workspaceId)
      .where('lead_score', 'is not', null)
      .where((eb) =>
        eb.or([eb('stage', 'not in', ['lead', 'prospect']), eb('deleted_at', 'is not', null)]),
      )
      .execute();
  },

  /**
   * What a stored churn score is worked out from: a page of the workspace's candidates (live,
   * bought, not churned) after `afterId`, or these customers whatever they are (a change to a few).
   */
  churnScoreFacts(
    db: Executor,
    workspaceId: string,
    sel: { afterId: string; limit: number } | { ids: string[] },
  ) {
    const q = db
      .selectFrom('customers')
      .select([
        'id',
        'stage',
        'deleted_at',
        'last_order_date',
        'health_score',
        'churn_score',
        'churn_reasons',
        'churn_as_of',
      ])
      .where('workspace_id', '=', workspaceId);
    if ('ids' in sel) return q.where('id', 'in', sel.ids).execute();
    return q
      .where('deleted_at', 'is', null)
      .where('stage', '<>', 'churned')
      .where('last_order_date', 'is not', null)
      .where('id', '>', sel.afterId)
      .orderBy('id')
      .limit(sel.limit)
      .execute();
  },

  /** Stores churn scores with their reasons (JSON) and day; null clears. One statement per 500. */
  async setChurnScores(
    db: Executor,
    workspaceId: string,
    rows: { id: string; score: number | null; reasons: string | null; asOf: string | null }[],
  ) {
    for (const part of chunks(rows, 500)) {
      const column = (value: (r: (typeof part)[number]) => string | number | null, type: string) =>
        sql`case id ${sql.join(
          part.map((r) => sql`when ${r.id} then cast(${value(r)} as ${sql.raw(type)})`),
          sql` `,
        )} end`;
      await sql`update customers set
          churn_score = ${column((r) => r.score, 'integer')},
          churn_reasons = ${column((r) => r.reasons, 'text')},
          churn_as_of = ${column((r) => r.asOf, 'text')}
        where workspace_id = ${workspaceId} and id in (${sql.join(part.map((r) => r.id))})`.execute(
        db,
      );
    }
  },

  /** Customers no longer candidates (deleted, churned, no order left) keep no churn score. */
  async clearStaleChurnScores(db: Executor, workspaceId: string) {
    await db
      .updateTable('customers')
      .set({ churn_score: null, churn_reasons: null, churn_as_of: null })
      .where('workspace_id', '=', workspaceId)
      .where('churn_score', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('stage', '=', 'churned'),
          eb('deleted_at', 'is not', null),
          eb('last_order_date', 'is', null),
        ]),
      )
      .execute();
  },
};
