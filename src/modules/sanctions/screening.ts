import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, SanctionsEntry } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import {
  ScreenIndex,
  type ScreenEntry,
  type ScreenHit,
} from '../../domain/sanctions/screen-index.ts';
import { sanctionsRepository as repo } from './sanctions.repository.ts';
import {
  screeningSubjectsRepository as subjects,
  type Subject,
} from './screening-subjects.repository.ts';

export type ReviewSource = 'create' | 'import' | 'list-update';

export const toScreenEntry = (e: SanctionsEntry): ScreenEntry => ({
  id: e.id,
  listId: e.list_id,
  names: JSON.parse(e.names) as string[],
  countries: JSON.parse(e.countries) as string[],
  birthDates: JSON.parse(e.birth_dates) as string[],
});

/**
 * Screens customers and contacts against a workspace's lists and files the hits for review.
 *
 * The whole index of a workspace's entries is kept in memory per process and rebuilt when a
 * list's version moves (one small query per screening call tells). Re-screening after a list
 * update builds an index of the changed entries only.
 */
export class Screening {
  private readonly cache = new Map<string, { stamp: string; index: ScreenIndex }>();

  constructor(private readonly db: Kysely<DB>) {}

  async index(db: Executor, workspaceId: string): Promise<ScreenIndex> {
    const stamp = await repo.stamp(db, workspaceId);
    const hit = this.cache.get(workspaceId);
    if (hit && hit.stamp === stamp) return hit.index;
    const index = new ScreenIndex((await repo.entries(db, workspaceId)).map(toScreenEntry));
    this.cache.set(workspaceId, { stamp, index });
    return index;
  }

  /** Customers just created (by hand, a form or an import batch), in the creating transaction. */
  async created(
    tx: Executor,
    workspaceId: string,
    customerIds: string[],
    importId: string | null,
  ): Promise<void> {
    const index = await this.index(tx, workspaceId);
    if (!index.size || !customerIds.length) return;
    const subs = await subjects.subjects(tx, workspaceId, customerIds);
    await fileHits(
      tx,
      workspaceId,
      screenAll(index, subs),
      importId ? 'import' : 'create',
      importId,
    );
  }

  /**
   * Every customer and contact of the workspace against the given entries (a list's new and
   * changed ones), page by page, each page's hits committed on their own. Answers the hit count.
   */
  async rescreen(
    workspaceId: string,
    entryIds: string[],
    opts: { pageSize?: number; onPage?: () => Promise<void> } = {},
  ): Promise<{ screened: number; hits: number }> {
    const entries = await repo.entries(this.db, workspaceId, entryIds);
    const index = new ScreenIndex(entries.map(toScreenEntry));
    let after = '';
    let screened = 0;
    let hits = 0;
    if (!index.size) return { screened, hits };
    for (;;) {
      const ids = await subjects.customerPage(this.db, workspaceId, after, opts.pageSize ?? 2000);
      if (!ids.length) break;
      after = ids[ids.length - 1]!;
      const subs = await subjects.subjects(this.db, workspaceId, ids);
      screened += subs.length;
      const found = screenAll(index, subs);
      hits += found.length;
      if (found.length)
        await this.db
          .transaction()
          .execute((tx) => fileHits(tx, workspaceId, found, 'list-update', null));
      await opts.onPage?.();
    }
    return { screened, hits };
  }
}

export interface SubjectHit {
  subject: Subject;
  hit: ScreenHit;
}

export function screenAll(index: ScreenIndex, subs: Subject[]): SubjectHit[] {
  const out: SubjectHit[] = [];
  for (const s of subs)
    for (const hit of index.screen({ name: s.name, country: s.country, birthDate: s.birthDate }))
      out.push({ subject: s, hit });
  return out;
}

/**
 * Files hits for review. A subject already reviewed against an entry is left alone while the
 * entry is unchanged (an open review stays open, a dismissal stands, a confirmation stands);
 * once the entry changed, a dismissed review opens again with the new score.
 */
export async function fileHits(
  tx: Executor,
  workspaceId: string,
  found: SubjectHit[],
  source: ReviewSource,
  importId: string | null,
): Promise<void> {
  if (!found.length) return;
  const hashes = new Map(
    (await repo.entries(tx, workspaceId, [...new Set(found.map((f) => f.hit.entryId))])).map(
      (e) => [e.id, e.hash],
    ),
  );
  const key = (c: string, s: string, e: string) => `${c}|${s}|${e}`;
  const known = new Map(
    (
      await repo.reviewsOf(tx, workspaceId, [...new Set(found.map((f) => f.subject.customerId))])
    ).map((r) => [key(r.customer_id, r.subject_key, r.entry_id), r]),
  );
  const at = nowIso();
  const inserts = new Map<string, Parameters<typeof repo.insertReviews>[1][number]>();
  for (const { subject, hit } of found) {
    const k = key(subject.customerId, subject.key, hit.entryId);
    const hash = hashes.get(hit.entryId) ?? '';
    const fields = {
      subject_name: subject.name,
      entry_hash: hash,
      entry_name: hit.name,
      score_milli: Math.round(hit.score * 1000),
      matched_on: JSON.stringify(hit.matchedOn),
      updated_at: at,
    };
    const prev = known.get(k);
    if (prev) {
      if (prev.entry_hash === hash || prev.status === 'confirmed') continue;
      await repo.updateReview(tx, workspaceId, prev.id, {
        ...fields,
        status: 'open',
        source,
        reason: null,
        decided_by: null,
        decided_at: null,
      });
      continue;
    }
    const before = inserts.get(k);
    if (before && before.score_milli >= fields.score_milli) continue;
    inserts.set(k, {
      workspace_id: workspaceId,
      id: before?.id ?? newId(),
      customer_id: subject.customerId,
      subject_key: subject.key,
      list_id: hit.listId,
      entry_id: hit.entryId,
      ...fields,
      status: 'open',
      source,
      import_id: importId,
      reason: null,
      decided_by: null,
      decided_at: null,
      created_at: at,
    });
  }
  await repo.insertReviews(tx, [...inserts.values()]);
}
