import { sql } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { MentionCountTable, MentionTable } from '../../db/schema.ts';

/** The fields of a mention that decide which counts it is in. */
export type Counted = Pick<
  MentionTable,
  'workspace_id' | 'country' | 'published_on' | 'sentiment' | 'source'
>;

/** Mentions of one month and sentiment, of one day's negatives, of one source. */
export interface MonthCount {
  month: string;
  sentiment: string;
  n: number;
}
export interface DayCount {
  day: string;
  n: number;
}
export interface SourceCount {
  source: string;
  n: number;
  negative: number;
}

const PK = ['workspace_id', 'country', 'grain', 'period', 'sentiment', 'source'] as const;

/** The two count rows one mention adds to (`delta` 1) or takes from (−1). */
function rowsOf(m: Counted, delta: number): MentionCountTable[] {
  const base = { workspace_id: m.workspace_id, country: m.country, sentiment: m.sentiment };
  return [
    {
      ...base,
      grain: 'month',
      period: m.published_on.slice(0, 7),
      source: m.source,
      mentions: delta,
    },
    { ...base, grain: 'day', period: m.published_on, source: '', mentions: delta },
  ];
}

/**
 * The count rows moved, summed per key and upserted in key order, so two transactions on
 * PostgreSQL lock the rows they share in the same order (no deadlock between them).
 */
async function upsert(db: Executor, moves: [Counted, number][]): Promise<void> {
  const merged = new Map<string, MentionCountTable>();
  for (const [m, delta] of moves)
    for (const r of rowsOf(m, delta)) {
      const k = PK.map((c) => r[c]).join('\u0000');
      const seen = merged.get(k);
      if (seen) seen.mentions += delta;
      else merged.set(k, r);
    }
  const rows = [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);
  for (const part of chunks(rows, 500))
    await db
      .insertInto('mention_counts')
      .values(part)
      .onConflict((oc) =>
        oc.columns([...PK]).doUpdateSet({
          mentions: (eb) => eb('mention_counts.mentions', '+', eb.ref('excluded.mentions')),
        }),
      )
      .execute();
}

/** Whether a change of a mention moves it to other counts. */
export const countsMove = (a: Counted, b: Counted) =>
  a.country !== b.country ||
  a.published_on !== b.published_on ||
  a.sentiment !== b.sentiment ||
  a.source !== b.source;

/**
 * `mention_counts` (0091), written and read only through the mentions repository (its owner), in
 * the transaction of the mention it counts.
 */
export const mentionCountsRepository = {
  /**
   * Adds (`delta` 1) or takes away (−1) these mentions from their counts. A count that falls to 0
   * stays as a row of 0 (reads leave those out).
   */
  add: (db: Executor, mentions: readonly Counted[], delta: 1 | -1) =>
    upsert(
      db,
      mentions.map((m) => [m, delta]),
    ),

  /** A changed mention: out of its old counts and into its new ones, in one upsert. */
  move: (db: Executor, before: Counted, after: Counted) =>
    upsert(db, [
      [before, -1],
      [after, 1],
    ]),

  /** Counts this workspace's mentions again from `mentions` (after a bulk insert). */
  async rebuild(db: Executor, workspaceId: string): Promise<void> {
    await db.deleteFrom('mention_counts').where('workspace_id', '=', workspaceId).execute();
    const month = sql<string>`substr(published_on, 1, 7)`;
    const columns = [...PK, 'mentions'] as const;
    await db
      .insertInto('mention_counts')
      .columns([...columns])
      .expression((eb) =>
        eb
          .selectFrom('mentions')
          .select((s) => [
            'workspace_id',
            'country',
            sql.lit('month').as('grain'),
            month.as('period'),
            'sentiment',
            'source',
            s.fn.countAll().as('mentions'),
          ])
          .where('workspace_id', '=', workspaceId)
          .groupBy(['workspace_id', 'country', month, 'sentiment', 'source']),
      )
      .execute();
    await db
      .insertInto('mention_counts')
      .columns([...columns])
      .expression((eb) =>
        eb
          .selectFrom('mentions')
          .select((s) => [
            'workspace_id',
            'country',
            sql.lit('day').as('grain'),
            'published_on as period',
            'sentiment',
            sql.lit('').as('source'),
            s.fn.countAll().as('mentions'),
          ])
          .where('workspace_id', '=', workspaceId)
          .groupBy(['workspace_id', 'country', 'published_on', 'sentiment']),
      )
      .execute();
  },

  /**
   * Mentions per month and sentiment and negatives per day over [from, to] (days, inclusive),
   * from the day rows: exact for any day range, at most a few rows a day.
   */
  async days(db: Executor, ws: string, country: string, from: string, to: string) {
    const rows = await db
      .selectFrom('mention_counts')
      .select(['period', 'sentiment', 'mentions'])
      .where('workspace_id', '=', ws)
      .where('country', '=', country)
      .where('grain', '=', 'day')
      .where('period', '>=', from)
      .where('period', '<=', to)
      .where('mentions', '>', 0)
      .execute();
    const months = new Map<string, MonthCount>();
    const negative: DayCount[] = [];
    for (const r of rows) {
      const n = Number(r.mentions);
      const key = `${r.period.slice(0, 7)}\u0000${r.sentiment}`;
      const m = months.get(key) ?? { month: r.period.slice(0, 7), sentiment: r.sentiment, n: 0 };
      m.n += n;
      months.set(key, m);
      if (r.sentiment === 'negative') negative.push({ day: r.period, n });
    }
    return { months: [...months.values()], negative };
  },

  /** Mentions per source (and how many negative) over whole months [fromMonth, toMonth]. */
  sources(db: Executor, ws: string, country: string, fromMonth: string, toMonth: string) {
    return db
      .selectFrom('mention_counts')
      .select((eb) => [
        'source',
        eb.fn.sum<number | string>('mentions').as('n'),
        eb.fn
          .sum<number | string>(
            eb.case().when('sentiment', '=', 'negative').then(eb.ref('mentions')).else(0).end(),
          )
          .as('negative'),
      ])
      .where('workspace_id', '=', ws)
      .where('country', '=', country)
      .where('grain', '=', 'month')
      .where('period', '>=', fromMonth)
      .where('period', '<=', toMonth)
      .groupBy('source')
      .execute();
  },
};

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
};

/**
 * How [from, to] (days, inclusive) splits: the whole months inside it (read from the month
 * counts) and the days before and after them (read from the mentions themselves).
 */
export function splitPeriod(from: string, to: string) {
  const first = from.endsWith('-01') ? from.slice(0, 7) : shiftMonth(from.slice(0, 7), 1);
  const last = to === lastDay(to.slice(0, 7)) ? to.slice(0, 7) : shiftMonth(to.slice(0, 7), -1);
  if (first > last) return { months: undefined, edges: [[from, to]] as [string, string][] };
  const edges: [string, string][] = [];
  if (from < `${first}-01`) edges.push([from, lastDay(shiftMonth(first, -1))]);
  if (to > lastDay(last)) edges.push([`${shiftMonth(last, 1)}-01`, to]);
  return { months: [first, last] as [string, string], edges };
}
