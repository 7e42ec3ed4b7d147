import { sql, type Kysely } from 'kysely';

// Revenue kept per day (issue 20 at 1,000,000 customers / 5,000,000 orders): orders not cancelled
// of live customers, summed per (country, currency, order date) — what an admin's map and market
// dashboard read — and per (owner, team, tier, country, currency, order date) — what a rep's or
// manager's scope and the owner/team/tier filters read. Written by the orders module in the
// transaction of every order write and moved when a customer's owner, team, tier, country or trash
// state changes (`revenueTotalsRepository`), so both equal a fresh sum of the orders at any commit.
// A missing team or tier is '' (key columns are not null on PostgreSQL).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('revenue_day_totals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('order_date', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('orders', 'integer', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('revenue_day_totals_pk', [
      'workspace_id',
      'order_date',
      'country',
      'currency',
    ])
    .addForeignKeyConstraint(
      'revenue_day_totals_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // Covering, so a period's sums are read off the index alone.
  await db.schema
    .createIndex('revenue_day_totals_sums_idx')
    .on('revenue_day_totals')
    .columns(['workspace_id', 'order_date', 'country', 'currency', 'orders', 'amount_minor'])
    .execute();
  await db.schema
    .createTable('revenue_owner_totals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('order_date', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('orders', 'integer', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    // Owner first: a rep's (or a team's owners') period is one range per owner.
    .addPrimaryKeyConstraint('revenue_owner_totals_pk', [
      'workspace_id',
      'owner_id',
      'order_date',
      'team_id',
      'tier',
      'country',
      'currency',
    ])
    .addForeignKeyConstraint(
      'revenue_owner_totals_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('revenue_owner_totals_sums_idx')
    .on('revenue_owner_totals')
    .columns([
      'workspace_id',
      'owner_id',
      'order_date',
      'team_id',
      'tier',
      'country',
      'currency',
      'orders',
      'amount_minor',
    ])
    .execute();
  await sql`
    insert into revenue_day_totals (workspace_id, order_date, country, currency, orders,
      amount_minor)
    select o.workspace_id, o.order_date, c.country, o.currency, count(*), sum(o.amount_minor)
    from orders o join customers c on c.workspace_id = o.workspace_id and c.id = o.customer_id
    where o.status <> 'cancelled' and c.deleted_at is null
    group by o.workspace_id, o.order_date, c.country, o.currency`.execute(db);
  await sql`
    insert into revenue_owner_totals (workspace_id, owner_id, order_date, team_id, tier, country,
      currency, orders, amount_minor)
    select o.workspace_id, c.owner_id, o.order_date, coalesce(c.team_id, ''),
      coalesce(c.tier, ''), c.country, o.currency, count(*), sum(o.amount_minor)
    from orders o join customers c on c.workspace_id = o.workspace_id and c.id = o.customer_id
    where o.status <> 'cancelled' and c.deleted_at is null
    group by o.workspace_id, c.owner_id, o.order_date, coalesce(c.team_id, ''),
      coalesce(c.tier, ''), c.country, o.currency`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('revenue_owner_totals').execute();
  await db.schema.dropTable('revenue_day_totals').execute();
}
