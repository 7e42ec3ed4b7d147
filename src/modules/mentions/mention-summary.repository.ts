import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import {
  mentionCountsRepository as counts,
  splitPeriod,
  type SourceCount,
} from './mention-counts.repository.ts';

/**
 * The reputation page's reads of `mentions` and `mention_counts`, part of the mentions repository
 * (their owner) and called only from it.
 */
export const mentionSummaryReads = {
  /**
   * The reputation page's counts of one country over [from, to] (days, inclusive), from the kept
   * counts: months by sentiment and the negatives per day from the day rows, the sources of whole
   * months from the month rows and those of the partial months at the edges from the mentions.
   */
  async kept(db: Executor, ws: string, country: string, from: string, to: string) {
    const { months, edges } = splitPeriod(from, to);
    const [days, whole, ...parts] = await Promise.all([
      counts.days(db, ws, country, from, to),
      months ? counts.sources(db, ws, country, months[0], months[1]) : [],
      ...edges.map(([a, b]) => sourcesRaw(db, ws, country, a, b)),
    ]);
    return { ...days, sources: mergeSources([whole, ...parts]) };
  },

  /** The same figures counted from the mentions themselves (tests compare the two). */
  async raw(db: Executor, ws: string, country: string, from: string, to: string) {
    const month = sql<string>`substr(published_on, 1, 7)`;
    const inPeriod = db
      .selectFrom('mentions')
      .where('workspace_id', '=', ws)
      .where('country', '=', country)
      .where('published_on', '>=', from)
      .where('published_on', '<=', to);
    const [months, negative, sources] = await Promise.all([
      inPeriod
        .select([month.as('month'), 'sentiment', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy([month, 'sentiment'])
        .execute(),
      inPeriod
        .select(['published_on as day', (eb) => eb.fn.countAll<number>().as('n')])
        .where('sentiment', '=', 'negative')
        .groupBy('published_on')
        .execute(),
      sourcesRaw(db, ws, country, from, to),
    ]);
    return {
      months: months.map((r) => ({ ...r, n: Number(r.n) })),
      negative: negative.map((r) => ({ ...r, n: Number(r.n) })),
      sources: mergeSources([sources]),
    };
  },
};

function sourcesRaw(db: Executor, ws: string, country: string, from: string, to: string) {
  return db
    .selectFrom('mentions')
    .select([
      'source',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      (eb) =>
        eb.fn
          .sum<number | string>(eb.case().when('sentiment', '=', 'negative').then(1).else(0).end())
          .as('negative'),
    ])
    .where('workspace_id', '=', ws)
    .where('country', '=', country)
    .where('published_on', '>=', from)
    .where('published_on', '<=', to)
    .groupBy('source')
    .execute();
}

/** Sources summed over several reads, without those whose count fell to 0. */
function mergeSources(
  parts: { source: string; n: number | string; negative: number | string | null }[][],
): SourceCount[] {
  const out = new Map<string, SourceCount>();
  for (const rows of parts)
    for (const r of rows) {
      const s = out.get(r.source) ?? { source: r.source, n: 0, negative: 0 };
      s.n += Number(r.n);
      s.negative += Number(r.negative ?? 0);
      out.set(r.source, s);
    }
  return [...out.values()].filter((s) => s.n > 0);
}
