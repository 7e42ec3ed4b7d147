import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';

/** Filters every insight read takes: a market, and the dimensions the dashboards filter by. */
export interface InsightFilter {
  country?: string;
  ownerId?: string;
  teamId?: string;
  tier?: string;
  /** a saved segment's condition over the customer (`segmentConditions`) */
  segment?: Expression<SqlBool>;
}

/** Per business-day count, the earliest anchor of an instalment due today or later. */
export interface OverdueBefore {
  plain: string;
  lcAtSight: string;
}

/**
 * The insight module's reads of other modules' tables (customers, orders, deals, survey answers,
 * tickets): it writes none of them. Every read joins the customer and applies the caller's scope
 * in SQL, so a rep's figures are made of their customers only.
 */
function customersIn(db: Executor, scope: Scope, f: InsightFilter) {
  let q = db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .$call(visibleTo(scope, 'customers.owner_id'));
  if (f.country) q = q.where('customers.country', '=', f.country);
  if (f.ownerId) q = q.where('customers.owner_id', '=', f.ownerId);
  if (f.teamId) q = q.where('customers.team_id', '=', f.teamId);
  if (f.tier) q = q.where('customers.tier', '=', f.tier as 'A');
  if (f.segment) q = q.where(f.segment);
  return q;
}

/**
 * Whether a read should walk the customers first and reach their rows through the per-customer
 * index (a rep's book, a market): joined the other way SQLite walks the workspace's whole date
 * range or every open line (2.7 s for a rep's top customers at 5,000,000 orders). `cross join`
 * with the join condition in `where` fixes SQLite's join order; PostgreSQL plans it as any join.
 */
const customersFirst = (scope: Scope, f: InsightFilter) =>
  ownerFilter(scope) !== null || !!f.country || !!f.ownerId;

function ordersIn(db: Executor, scope: Scope, f: InsightFilter) {
  return customersIn(db, scope, f).innerJoin('orders', (j) =>
    j
      .onRef('orders.workspace_id', '=', 'customers.workspace_id')
      .onRef('orders.customer_id', '=', 'customers.id'),
  );
}

export const insightRepository = {
  customersByCountry(db: Executor, scope: Scope, f: InsightFilter) {
    return customersIn(db, scope, f)
      .select((eb) => ['customers.country', eb.fn.countAll<number>().as('n')])
      .groupBy('customers.country')
      .execute();
  },

  /** Orders not cancelled dated in [from, to], summed per country, currency and date. */
  revenue(db: Executor, scope: Scope, f: InsightFilter, from: string, to: string) {
    return ordersIn(db, scope, f)
      .where('orders.order_date', '>=', from)
      .where('orders.order_date', '<=', to)
      .where('orders.status', '<>', 'cancelled')
      .select((eb) => [
        'customers.country',
        'orders.currency',
        'orders.order_date',
        eb.fn.sum<number>('orders.amount_minor').as('amount'),
        eb.fn.countAll<number>().as('n'),
      ])
      .groupBy(['customers.country', 'orders.currency', 'orders.order_date'])
      .execute();
  },

  /** The same per customer, for a market's top customers. */
  revenueByCustomer(db: Executor, scope: Scope, f: InsightFilter, from: string, to: string) {
    const joined = customersFirst(scope, f)
      ? customersIn(db, scope, f)
          .crossJoin('orders')
          .whereRef('orders.workspace_id', '=', 'customers.workspace_id')
          .whereRef('orders.customer_id', '=', 'customers.id')
      : ordersIn(db, scope, f);
    return joined
      .where('orders.order_date', '>=', from)
      .where('orders.order_date', '<=', to)
      .where('orders.status', '<>', 'cancelled')
      .select((eb) => [
        'customers.id',
        'customers.name',
        'customers.tier',
        'orders.currency',
        'orders.order_date',
        eb.fn.sum<number>('orders.amount_minor').as('amount'),
      ])
      .groupBy([
        'customers.id',
        'customers.name',
        'customers.tier',
        'orders.currency',
        'orders.order_date',
      ])
      .execute();
  },

  /** Open deals per country, currency and expected close date, with Σ amount × probability. */
  openPipeline(db: Executor, scope: Scope, f: InsightFilter) {
    return customersIn(db, scope, f)
      .innerJoin('deals', (j) =>
        j
          .onRef('deals.workspace_id', '=', 'customers.workspace_id')
          .onRef('deals.customer_id', '=', 'customers.id'),
      )
      .where('deals.status', '=', 'open')
      .select((eb) => [
        'customers.country',
        'deals.currency',
        'deals.expected_close_date',
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>('deals.amount_minor').as('amount'),
        eb.fn
          .sum<number>(eb('deals.amount_minor', '*', eb.ref('deals.probability')))
          .as('weighted'),
      ])
      .groupBy(['customers.country', 'deals.currency', 'deals.expected_close_date'])
      .execute();
  },

  /**
   * Open instalments past due, from the receivables the risk module keeps on write (0074): a line
   * is past due when its anchor is before the earliest anchor due today or later for its count of
   * business days (`earliestAnchorDueFrom`), as the receivables report ages them. Per country and
   * currency, with how many customers have something past due per country.
   */
  async overdue(db: Executor, scope: Scope, f: InsightFilter, before: OverdueBefore) {
    const late = (
      customersFirst(scope, f)
        ? customersIn(db, scope, f)
            .crossJoin('receivable_lines as l')
            .whereRef('l.workspace_id', '=', 'customers.workspace_id')
            .whereRef('l.customer_id', '=', 'customers.id')
        : customersIn(db, scope, f).innerJoin('receivable_lines as l', (j) =>
            j
              .onRef('l.workspace_id', '=', 'customers.workspace_id')
              .onRef('l.customer_id', '=', 'customers.id'),
          )
    )
      .where('l.open_minor', '>', 0)
      .where('l.anchor', 'is not', null)
      .where(
        'l.anchor',
        '<',
        sql<string>`case when l.business_days = 5 then ${before.lcAtSight} else ${before.plain} end`,
      );
    const amounts = await late
      .select((eb) => [
        'customers.country',
        'l.currency',
        eb.fn.sum<number>('l.open_minor').as('amount'),
      ])
      .groupBy(['customers.country', 'l.currency'])
      .execute();
    const customers = await late
      .select((eb) => [
        'customers.country',
        eb.fn.count<number>('l.customer_id').distinct().as('n'),
      ])
      .groupBy('customers.country')
      .execute();
    return { amounts, customers };
  },

  /** NPS answers given in [from, to] (UTC days), per country of the customer and score. */
  npsScores(db: Executor, scope: Scope, f: InsightFilter, from: string, to: string) {
    return customersIn(db, scope, f)
      .innerJoin('survey_answers', (j) =>
        j
          .onRef('survey_answers.workspace_id', '=', 'customers.workspace_id')
          .onRef('survey_answers.customer_id', '=', 'customers.id'),
      )
      .where('survey_answers.kind', '=', 'nps')
      .where('survey_answers.answered_at', '>=', from)
      .where('survey_answers.answered_at', '<', `${to}T99`)
      .select((eb) => [
        'customers.country',
        'survey_answers.score',
        eb.fn.countAll<number>().as('n'),
      ])
      .groupBy(['customers.country', 'survey_answers.score'])
      .execute();
  },

  /** Unfinished tickets past a due instant now (first response or resolution), per country. */
  breachedTickets(db: Executor, scope: Scope, f: InsightFilter, now: string) {
    return customersIn(db, scope, f)
      .innerJoin('tickets', (j) =>
        j
          .onRef('tickets.workspace_id', '=', 'customers.workspace_id')
          .onRef('tickets.customer_id', '=', 'customers.id'),
      )
      .where('tickets.status', 'not in', ['solved', 'closed'])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('tickets.first_response_at', 'is', null),
            eb('tickets.first_response_due_at', 'is not', null),
            eb('tickets.first_response_due_at', '<=', now),
          ]),
          eb.and([
            eb('tickets.solved_at', 'is', null),
            eb('tickets.resolution_due_at', 'is not', null),
            eb('tickets.resolution_due_at', '<=', now),
          ]),
        ]),
      )
      .select((eb) => ['customers.country', eb.fn.countAll<number>().as('n')])
      .groupBy('customers.country')
      .execute();
  },

  tierMix(db: Executor, scope: Scope, f: InsightFilter) {
    return customersIn(db, scope, f)
      .select((eb) => ['customers.tier', eb.fn.countAll<number>().as('n')])
      .groupBy('customers.tier')
      .execute();
  },

  /** Customers and partners not touched since `before` (or never), the longest silent first. */
  goingCold(db: Executor, scope: Scope, f: InsightFilter, before: string, limit: number) {
    return customersIn(db, scope, f)
      .where('customers.stage', 'in', ['customer', 'partner'])
      .where((eb) =>
        eb.or([
          eb('customers.last_touch_at', 'is', null),
          eb('customers.last_touch_at', '<', before),
        ]),
      )
      .select([
        'customers.id',
        'customers.name',
        'customers.tier',
        'customers.last_touch_at',
        'customers.health_score',
      ])
      .orderBy('customers.last_touch_at')
      .orderBy('customers.id')
      .limit(limit)
      .execute();
  },

  countGoingCold(db: Executor, scope: Scope, f: InsightFilter, before: string) {
    return customersIn(db, scope, f)
      .where('customers.stage', 'in', ['customer', 'partner'])
      .where((eb) =>
        eb.or([
          eb('customers.last_touch_at', 'is', null),
          eb('customers.last_touch_at', '<', before),
        ]),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
  },
};
