import { sql, type Kysely } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import { fillOpenLineTotals } from '../../db/migrations/0098_open_line_totals.ts';
import { fillSettledDayTotals } from '../../db/migrations/0102_open_line_customer_totals.ts';
import { visibleTo } from '../../db/visibility.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import {
  contributions,
  net,
  pick,
  row,
  SHAPES,
  sorted,
  startsKey,
  TABLES,
  type AnchorsDue,
  type OpenLinePlacement,
  type Pair,
  type Row,
  type Table,
} from './open-line-totals-base.repository.ts';
import { openFrom, type BucketStarts } from './receivable-lines-base.repository.ts';

export {
  NO_ANCHOR,
  type AnchorsDue,
  type OpenLinePlacement,
} from './open-line-totals-base.repository.ts';

/** Rows per upsert: at most 11 bound values each. */
const PER_STATEMENT = 400;

async function upsert(db: Executor, table: Table, rows: Row[]): Promise<void> {
  const { key, sums } = SHAPES[table];
  // The tables share no type Kysely can check a dynamic one against; the shapes above are them.
  const loose = db as unknown as Kysely<Record<Table, Row>>;
  for (const part of chunks(rows, PER_STATEMENT))
    await loose
      .insertInto(table)
      .values(part)
      .onConflict((oc) =>
        oc
          .columns([...key])
          .doUpdateSet(
            Object.fromEntries(
              sums.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + excluded.${sql.ref(c)}`]),
            ),
          ),
      )
      .execute();
  // A row whose last line (or customer) left is removed, so nothing is left at zero.
  for (const r of rows.filter((x) => Number(x[sums[0]!]) < 0)) {
    let q = loose
      .deleteFrom(table)
      .where('workspace_id', '=', r.workspace_id!)
      .where(sums[0]!, '=', 0);
    for (const c of key) if (c !== 'workspace_id') q = q.where(c, '=', r[c]!);
    await q.execute();
  }
}

/**
 * The bucket starts the per-customer totals (0102) are kept for, or null when they are not kept;
 * the workspace's row is made when missing, so there is always one to lock: for share by a write
 * of lines and a report reading them, for update by a report re-keying them (PostgreSQL; SQLite
 * runs one transaction at a time).
 */
async function keptStarts(
  db: Executor,
  workspaceId: string,
  lock: 'share' | 'update' | null,
): Promise<BucketStarts | null> {
  const read = () =>
    db
      .selectFrom('open_line_bucket_starts')
      .select('starts')
      .where('workspace_id', '=', workspaceId)
      .$if(lock === 'share' && isPostgres(db), (q) => q.forShare())
      .$if(lock === 'update' && isPostgres(db), (q) => q.forUpdate())
      .executeTakeFirst();
  let row = await read();
  if (!row && lock) {
    await db
      .insertInto('open_line_bucket_starts')
      .values({ workspace_id: workspaceId, starts: '' })
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .execute();
    row = await read();
  }
  if (!row?.starts) return null;
  const a = row.starts.split(',');
  return {
    plain: [a[0]!, a[1]!, a[2]!, a[3]!],
    lcAtSight: [a[4]!, a[5]!, a[6]!, a[7]!],
  };
}

/**
 * Open receivable lines kept summed per anchor (0098), owned by the risk module with the lines:
 * every write of lines (`receivableLinesRepository.replace`, `move`) takes the customers whose
 * lines it touches out before the write (`sign` −1) and puts them back after (+1), in the same
 * transaction; a customer's move to another owner, team, tier or country, the trash and a restore
 * do the same (the customers module's placement follower). So the totals equal a fresh sum of the
 * lines at every commit (`stored` = `recounted`, tested).
 */
export const openLineTotalsRepository = {
  async apply(db: Executor, workspaceId: string, sign: 1 | -1, customerIds: string[]) {
    if (!customerIds.length) return;
    const starts = await keptStarts(db, workspaceId, 'share');
    const rows = await contributions(db, workspaceId, customerIds, starts);
    for (const t of TABLES)
      if (starts || t !== 'open_line_customer_totals') await upsert(db, t, net(t, rows[t], sign));
  },

  /**
   * A workspace's totals afresh from its lines (bulk loads that wrote lines by the thousand). The
   * per-customer totals (0102) are left unkept: the next report of the day fills them.
   */
  async rebuild(db: Executor, workspaceId: string) {
    for (const t of TABLES)
      await db.deleteFrom(t).where('workspace_id', '=', workspaceId).execute();
    await db
      .updateTable('open_line_bucket_starts')
      .set({ starts: '' })
      .where('workspace_id', '=', workspaceId)
      .execute();
    await fillOpenLineTotals(db as unknown as Kysely<unknown>, workspaceId);
    await fillSettledDayTotals(db as unknown as Kysely<unknown>, workspaceId);
  },

  /**
   * Whether the per-customer totals (0102) are kept for these bucket starts, in the caller's
   * transaction, which then holds them so (PostgreSQL: the starts row locked for share, so no
   * other report re-keys them before it commits; SQLite runs one transaction at a time).
   */
  async keptFor(db: Executor, workspaceId: string, starts: BucketStarts) {
    const kept = await keptStarts(db, workspaceId, 'share');
    return kept !== null && startsKey(kept) === startsKey(starts);
  },

  /**
   * `read` over the per-customer totals (0102) kept for these bucket starts: in a transaction
   * that holds them so, re-keying them first (in a second one) when they are kept for others.
   */
  async withKept<T>(
    db: Executor,
    workspaceId: string,
    starts: BucketStarts,
    read: (tx: Executor) => Promise<T>,
  ): Promise<T> {
    const inTx = <R>(fn: (tx: Executor) => Promise<R>) =>
      db.isTransaction ? fn(db) : db.transaction().execute(fn);
    const kept = await inTx(async (tx) =>
      (await openLineTotalsRepository.keptFor(tx, workspaceId, starts))
        ? { value: await read(tx) }
        : null,
    );
    if (kept) return kept.value;
    return inTx(async (tx) => {
      await openLineTotalsRepository.rekey(tx, workspaceId, starts);
      return read(tx);
    });
  },

  /**
   * The per-customer totals (0102) afresh from the lines for these bucket starts, unless another
   * report did it first (the starts row locked for update, so two reports of a new day wait for
   * each other and writers of lines for both). Set-wise: one `insert … select` over the lines.
   */
  async rekey(db: Executor, workspaceId: string, starts: BucketStarts) {
    const kept = await keptStarts(db, workspaceId, 'update');
    if (kept !== null && startsKey(kept) === startsKey(starts)) return;
    await db
      .deleteFrom('open_line_customer_totals')
      .where('workspace_id', '=', workspaceId)
      .execute();
    await sql`insert into open_line_customer_totals (workspace_id, customer_id, currency,
        owner_id, country, lines, from0, from1, from2, from3, open_all, undated)
      select l.workspace_id, l.customer_id, l.currency, c.owner_id, c.country, count(*),
        ${openFrom(starts, 0)}, ${openFrom(starts, 1)}, ${openFrom(starts, 2)},
        ${openFrom(starts, 3)}, sum(l.open_minor), sum(l.undated_order)
      from receivable_lines l join customers c
        on c.workspace_id = l.workspace_id and c.id = l.customer_id
      where l.workspace_id = ${workspaceId} and c.deleted_at is null
      group by l.workspace_id, l.customer_id, l.currency, c.owner_id, c.country`.execute(db);
    await db
      .updateTable('open_line_bucket_starts')
      .set({ starts: startsKey(starts) })
      .where('workspace_id', '=', workspaceId)
      .execute();
  },

  /**
   * Open amounts past due per country and currency, and per country how many customers have
   * something past due, in a scope and placement filter: a line is past due when its anchor is
   * before the first anchor due today or later for its kind, a customer when one of its earliest
   * anchors is. An admin's unfiltered read (or one market's) reads the per-country tables, any
   * other the per-owner ones in the caller's scope.
   */
  async late(db: Executor, scope: Scope, f: OpenLinePlacement, due: AnchorsDue) {
    const whole = ownerFilter(scope) === null && !f.ownerId && !f.teamId && !f.tier;
    const top = due.plain > due.lcAtSight ? due.plain : due.lcAtSight;
    const loose = db as unknown as Kysely<Record<Table, Row>>;
    const from = (t: Table) => loose.selectFrom(t).where('workspace_id', '=', scope.workspaceId);
    const placed = <Q extends ReturnType<typeof from>>(q: Q) =>
      (whole
        ? q
        : q
            .$call(visibleTo(scope, 'owner_id'))
            .$if(!!f.ownerId, (x) => x.where('owner_id', '=', f.ownerId!))
            .$if(!!f.teamId, (x) => x.where('team_id', '=', f.teamId!))
            .$if(!!f.tier, (x) => x.where('tier', '=', f.tier!))
      ).$if(!!f.country, (x) => x.where('country', '=', f.country!)) as Q;
    const amounts = await placed(from(whole ? 'open_line_totals' : 'open_line_owner_totals'))
      // The range first (the index's order), then each line's own kind.
      .where('anchor', '<', top)
      .where(
        'anchor',
        '<',
        sql<string>`case when business_days = 5 then ${due.lcAtSight} else ${due.plain} end`,
      )
      .select((eb) => [
        sql<string>`country`.as('country'),
        sql<string>`currency`.as('currency'),
        eb.fn.sum<number | string>('open_minor').as('amount'),
      ])
      .groupBy(['country', 'currency'])
      .execute();
    const customers = await placed(from(whole ? 'open_line_firsts' : 'open_line_owner_firsts'))
      .where((eb) => eb.or([eb('first_plain', '<', due.plain), eb('first_lc', '<', due.lcAtSight)]))
      .select((eb) => [
        sql<string>`country`.as('country'),
        eb.fn.sum<number | string>('customers').as('n'),
      ])
      .groupBy('country')
      .execute();
    return {
      amounts: amounts.map((r) => ({ ...r, amount: Number(r.amount) })),
      customers: customers.map((r) => ({ ...r, n: Number(r.n) })),
    };
  },

  /** The stored rows of a workspace per table, sorted (tests compare them with `recounted`). */
  async stored(db: Executor, workspaceId: string) {
    const out: Partial<Record<Table, Row[]>> = {};
    for (const t of TABLES) {
      const rows = (await db
        .selectFrom(t)
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .execute()) as unknown as Row[];
      // Not netted: a row left at zero must show.
      const { key, sums } = SHAPES[t];
      out[t] = sorted(
        t,
        rows.map((r) =>
          row([
            ...key.map((c): Pair => (c === 'business_days' ? [c, Number(r[c])] : pick(r, c))),
            ...sums.map((c): Pair => [c, Number(r[c])]),
          ]),
        ),
      );
    }
    return out as Record<Table, Row[]>;
  },

  /** The same summed afresh from every customer's lines: what `stored` must always equal. */
  async recounted(db: Executor, workspaceId: string) {
    const ids = await db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute();
    const rows = await contributions(
      db,
      workspaceId,
      ids.map((c) => c.id),
      await keptStarts(db, workspaceId, null),
    );
    return Object.fromEntries(TABLES.map((t) => [t, sorted(t, net(t, rows[t], 1))])) as Record<
      Table,
      Row[]
    >;
  },
};
