import { sql, type Kysely } from 'kysely';

// Overdue kept per anchor (issue 20 at 1,000,000 customers: the map's overdue summed ~830,000 open
// receivable lines per request). The open lines of live customers (`receivable_lines`, 0074, with
// an anchor and something open) summed per (country, currency, business days, anchor) — an admin's
// read — and per (owner, team, tier, ...) as well — a scoped or filtered read. Past due is then a
// range of anchors below the first anchor due today (`earliestAnchorDueFrom`), which the reader
// works out from the calendar as before, so a holiday added later still moves due dates. The
// customers late are counted from each customer's earliest anchor per business-day kind
// (`first_plain`, `first_lc`; '9999-12-31' for none), kept as how many customers share each pair.
// Written by the risk module with the lines, in the same transaction (`openLineTotalsRepository`).
// A missing team or tier is '' (key columns are not null on PostgreSQL).
const NONE = '9999-12-31';

const workspaceFk = (table: string): [string, ['workspace_id'], string, ['id']] => [
  `${table}_workspace_fk`,
  ['workspace_id'],
  'workspaces',
  ['id'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const placed = ['owner_id', 'team_id', 'tier'] as const;
  for (const owner of [false, true]) {
    const table = owner ? 'open_line_owner_totals' : 'open_line_totals';
    let t = db.schema.createTable(table).addColumn('workspace_id', 'text', (c) => c.notNull());
    if (owner) for (const c of placed) t = t.addColumn(c, 'text', (x) => x.notNull());
    const key = [
      'workspace_id',
      ...(owner ? ['owner_id'] : []),
      'anchor',
      ...(owner ? ['team_id', 'tier'] : []),
      'country',
      'currency',
      'business_days',
    ];
    await t
      .addColumn('anchor', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('business_days', 'integer', (c) => c.notNull())
      .addColumn('lines', 'integer', (c) => c.notNull())
      .addColumn('open_minor', 'bigint', (c) => c.notNull())
      // Owner first (a rep's rows are one range), then the anchor (past due is a range).
      .addPrimaryKeyConstraint(`${table}_pk`, key as never)
      .addForeignKeyConstraint(...workspaceFk(table), (f) => f.onDelete('cascade'))
      .execute();
    // Covering, so the sums are read off the index alone.
    await db.schema
      .createIndex(`${table}_sums_idx`)
      .on(table)
      .columns([...key, 'open_minor'])
      .execute();
    const firsts = owner ? 'open_line_owner_firsts' : 'open_line_firsts';
    let f = db.schema.createTable(firsts).addColumn('workspace_id', 'text', (c) => c.notNull());
    if (owner) for (const c of placed) f = f.addColumn(c, 'text', (x) => x.notNull());
    const fkey = [
      'workspace_id',
      ...(owner ? ['owner_id'] : []),
      'first_plain',
      'first_lc',
      ...(owner ? ['team_id', 'tier'] : []),
      'country',
    ];
    await f
      .addColumn('first_plain', 'text', (c) => c.notNull())
      .addColumn('first_lc', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('customers', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${firsts}_pk`, fkey as never)
      .addForeignKeyConstraint(...workspaceFk(firsts), (x) => x.onDelete('cascade'))
      .execute();
    await db.schema
      .createIndex(`${firsts}_sums_idx`)
      .on(firsts)
      .columns([...fkey, 'customers'])
      .execute();
  }
  await fillOpenLineTotals(db);
}

/** Every workspace's totals from its lines (also `openLineTotalsRepository.rebuild`, per workspace). */
export async function fillOpenLineTotals(db: Kysely<unknown>, workspaceId?: string) {
  const only = workspaceId ? sql`and l.workspace_id = ${workspaceId}` : sql``;
  const lines = sql`receivable_lines l join customers c
      on c.workspace_id = l.workspace_id and c.id = l.customer_id
    where c.deleted_at is null and l.open_minor > 0 and l.anchor is not null ${only}`;
  await sql`
    insert into open_line_totals (workspace_id, anchor, country, currency, business_days, lines,
      open_minor)
    select l.workspace_id, l.anchor, c.country, l.currency, l.business_days, count(*),
      sum(l.open_minor)
    from ${lines}
    group by l.workspace_id, l.anchor, c.country, l.currency, l.business_days`.execute(db);
  await sql`
    insert into open_line_owner_totals (workspace_id, owner_id, team_id, tier, anchor, country,
      currency, business_days, lines, open_minor)
    select l.workspace_id, c.owner_id, coalesce(c.team_id, ''), coalesce(c.tier, ''), l.anchor,
      c.country, l.currency, l.business_days, count(*), sum(l.open_minor)
    from ${lines}
    group by l.workspace_id, c.owner_id, coalesce(c.team_id, ''), coalesce(c.tier, ''), l.anchor,
      c.country, l.currency, l.business_days`.execute(db);
  const perCustomer = sql`(
    select l.workspace_id, c.owner_id, coalesce(c.team_id, '') as team_id,
      coalesce(c.tier, '') as tier, c.country,
      coalesce(min(case when l.business_days = 5 then null else l.anchor end), ${NONE})
        as first_plain,
      coalesce(min(case when l.business_days = 5 then l.anchor else null end), ${NONE})
        as first_lc
    from ${lines}
    group by l.workspace_id, l.customer_id, c.owner_id, coalesce(c.team_id, ''),
      coalesce(c.tier, ''), c.country) f`;
  await sql`
    insert into open_line_firsts (workspace_id, first_plain, first_lc, country, customers)
    select workspace_id, first_plain, first_lc, country, count(*) from ${perCustomer}
    group by workspace_id, first_plain, first_lc, country`.execute(db);
  await sql`
    insert into open_line_owner_firsts (workspace_id, owner_id, team_id, tier, first_plain,
      first_lc, country, customers)
    select workspace_id, owner_id, team_id, tier, first_plain, first_lc, country, count(*)
    from ${perCustomer}
    group by workspace_id, owner_id, team_id, tier, first_plain, first_lc, country`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'open_line_owner_firsts',
    'open_line_firsts',
    'open_line_owner_totals',
    'open_line_totals',
  ])
    await db.schema.dropTable(t).execute();
}
