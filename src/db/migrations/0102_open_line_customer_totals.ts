import { sql, type Kysely } from 'kysely';

// Issue #18: an admin's aging report per customer converted and ranked ~84,000 customer-currency
// bucket sums computed from every open line per request (~570 ms of SQL at 1,000,000 orders,
// docs/performance.md). They are now kept: the lines of each live customer summed per currency
// (`open_line_customer_totals`), from each aging bucket's start on (`from0` … `from3`, as the
// report's `openFrom` sums them), every line (`open_all`), the orders not yet due (`undated`) and
// how many lines (`lines`, so a row whose last line left is removed), with the customer's owner
// and country so the per-country and per-owner reports group them without `customers`.
// The buckets depend on the report's date, so the rows are kept for one set of bucket starts,
// recorded per workspace in `open_line_bucket_starts` (the eight anchors, plain then L/C at
// sight). The report re-keys them when it reads today's report with other starts (a new day, a
// calendar change); a write of lines brings them to what the lines say for the recorded starts,
// in the same transaction, with the 0098 totals (`openLineTotalsRepository.apply`). Created
// empty: the first report of the day fills them.
// The days late of settled orders (`receivable_settlements`, 0074) of live customers are kept
// summed per paid date, owner and country (`settled_day_totals`): the report's days late over an
// admin's whole book, and per country or owner, read these instead of every settlement of two
// periods joined to its customer. Independent of the report's date; filled here.

const workspaceFk = (table: string): [string, ['workspace_id'], string, ['id']] => [
  `${table}_workspace_fk`,
  ['workspace_id'],
  'workspaces',
  ['id'],
];

const SUMS = ['from0', 'from1', 'from2', 'from3', 'open_all', 'undated'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('open_line_bucket_starts')
    .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('starts', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(...workspaceFk('open_line_bucket_starts'), (f) =>
      f.onDelete('cascade'),
    )
    .execute();
  let t = db.schema
    .createTable('open_line_customer_totals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('lines', 'integer', (c) => c.notNull());
  for (const s of SUMS) t = t.addColumn(s, 'bigint', (c) => c.notNull());
  await t
    .addPrimaryKeyConstraint('open_line_customer_totals_pk', [
      'workspace_id',
      'customer_id',
      'currency',
      'owner_id',
      'country',
    ] as never)
    .addForeignKeyConstraint(...workspaceFk('open_line_customer_totals'), (f) =>
      f.onDelete('cascade'),
    )
    .execute();
  // Covering, in each report's group order, so each is read off an index alone and grouped as
  // it streams: per customer (the ranking), per country, per owner; and per currency.
  for (const [name, lead] of [
    ['customer', 'customer_id'],
    ['country', 'country'],
    ['owner', 'owner_id'],
  ] as const)
    await db.schema
      .createIndex(`open_line_customer_totals_${name}_idx`)
      .on('open_line_customer_totals')
      .columns(['workspace_id', lead, 'currency', ...SUMS])
      .execute();
  // The raw open amount and the orders not yet due per currency (the report's total).
  await db.schema
    .createIndex('open_line_customer_totals_currency_idx')
    .on('open_line_customer_totals')
    .columns(['workspace_id', 'currency', 'open_all', 'undated'])
    .execute();
  await db.schema
    .createTable('settled_day_totals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('paid_date', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('settled', 'integer', (c) => c.notNull())
    .addColumn('days_late', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('settled_day_totals_pk', [
      'workspace_id',
      'paid_date',
      'owner_id',
      'country',
    ] as never)
    .addForeignKeyConstraint(...workspaceFk('settled_day_totals'), (f) => f.onDelete('cascade'))
    .execute();
  await db.schema
    .createIndex('settled_day_totals_sums_idx')
    .on('settled_day_totals')
    .columns(['workspace_id', 'paid_date', 'owner_id', 'country', 'settled', 'days_late'])
    .execute();
  await fillSettledDayTotals(db);
}

/** Every workspace's settled days from its settlements (also the repository's `rebuild`). */
export async function fillSettledDayTotals(db: Kysely<unknown>, workspaceId?: string) {
  const only = workspaceId ? sql`and s.workspace_id = ${workspaceId}` : sql``;
  await sql`
    insert into settled_day_totals (workspace_id, paid_date, owner_id, country, settled,
      days_late)
    select s.workspace_id, s.paid_date, c.owner_id, c.country, count(*), sum(s.days_late)
    from receivable_settlements s join customers c
      on c.workspace_id = s.workspace_id and c.id = s.customer_id
    where c.deleted_at is null ${only}
    group by s.workspace_id, s.paid_date, c.owner_id, c.country`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settled_day_totals').execute();
  await db.schema.dropTable('open_line_customer_totals').execute();
  await db.schema.dropTable('open_line_bucket_starts').execute();
}
