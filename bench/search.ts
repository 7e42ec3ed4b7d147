import type { App } from '../src/http/types.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { ms, timeRequests } from './stats.ts';

/**
 * Search at scale, as a rep and as an admin: two-character Chinese substrings, pinyin initials,
 * Latin prefixes and phone digits, each over the same seeded book (names in nine scripts).
 */
export async function searchBench(
  app: App,
  db: Kysely<DB>,
  actors: Record<string, string>,
  requests: number,
  label: string,
): Promise<string[]> {
  // Phone digits that exist: the first digits of seeded contacts' numbers, national form.
  const phones = (
    await db.selectFrom('contacts').select('phones').where('phones', '<>', '[]').limit(50).execute()
  )
    .map((c) => (JSON.parse(c.phones) as string[])[0]?.replace(/\D/g, '').slice(2, 8))
    .filter((p): p is string => !!p && p.length === 6);
  const kinds: [string, string[]][] = [
    ['two-character Chinese substring', ['水务', '精密', '半導', '包装', '鋼鐵', '工程']],
    ['pinyin initials', ['sw', 'jm', 'gc', 'tyn', 'bz', 'hx']],
    ['Latin prefix', ['mül', 'schäf', 'hoff', 'nordwerk', 'krüg', 'rhein', 'weiß', 'jurong']],
    ['phone digits', phones.length ? phones.slice(0, 8) : ['171234']],
  ];
  const lines: string[] = [];
  for (const [kind, queries] of kinds)
    for (const [who, token] of Object.entries(actors)) {
      const headers = { authorization: `Bearer ${token}` };
      const url = (i: number) =>
        `/api/v1/customers?limit=50&q=${encodeURIComponent(queries[i % queries.length]!)}`;
      for (let i = 0; i < 10; i++) await app.inject({ method: 'GET', url: url(i), headers });
      let items = 0;
      const r = await timeRequests(requests, async (i) => {
        const res = await app.inject({ method: 'GET', url: url(i), headers });
        if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
        items += res.json<{ items: unknown[] }>().items.length;
      });
      lines.push(
        `| ${label}: search by ${kind} as ${who} (${queries.map((q) => `\`${q}\``).join(', ')}; ${requests} requests, avg ${(items / requests).toFixed(0)} results) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)} |`,
      );
    }
  return lines;
}
