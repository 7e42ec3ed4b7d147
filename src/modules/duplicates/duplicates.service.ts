import type { Kysely } from 'kysely';
import type { Customer, DB } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { auditRepository } from '../audit/audit.repository.ts';
import { customersRepository } from '../customers/customers.repository.ts';
import { refreshSearchTerms } from '../customers/customers.search.ts';
import { followUpsRepository } from '../follow-ups/follow-ups.repository.ts';
import { ordersRepository } from '../orders/orders.repository.ts';
import { duplicatesRepository } from './duplicates.repository.ts';

/** Fields a merge chooses one by one: the kept customer's value unless told otherwise. */
export const MERGE_FIELDS = [
  'name',
  'native_name',
  'region',
  'city',
  'website',
  'domain',
  'industry',
  'size',
  'stage',
  'tier',
  'source',
  'time_zone',
  'currency',
] as const;
type MergeField = (typeof MERGE_FIELDS)[number];

interface Moved {
  contacts: string[];
  activities: string[];
  followUps: string[];
  orders?: string[];
  /** the merged customer's open cadence follow-ups, cancelled: the kept one has its own */
  cancelled: string[];
  /** which of those were snoozed, to restore them as they were (absent in older merges) */
  snoozed?: string[];
  tags: string[];
}

const brief = (c: Customer) => ({
  id: c.id,
  name: c.name,
  nativeName: c.native_name,
  country: c.country,
  domain: c.domain,
  ownerId: c.owner_id,
});

/** Candidate duplicates with their evidence, merge field by field, and undo. */
export class DuplicatesService {
  constructor(private readonly db: Kysely<DB>) {}

  async candidates(scope: Scope, limit = 100) {
    const rows = await duplicatesRepository.candidates(this.db, scope, limit * 4);
    const pairs = new Map<
      string,
      { a: string; b: string; evidence: { kind: string; key: string }[] }
    >();
    for (const r of rows) {
      const id = `${r.a}|${r.b}`;
      const pair = pairs.get(id) ?? { a: r.a, b: r.b, evidence: [] };
      pair.evidence.push({ kind: r.kind, key: r.key });
      pairs.set(id, pair);
    }
    const list = [...pairs.values()].slice(0, limit);
    const customers = new Map(
      (
        await customersRepository.findMany(
          this.db,
          scope.workspaceId,
          list.flatMap((p) => [p.a, p.b]),
        )
      ).map((c) => [c.id, c]),
    );
    return {
      items: list.flatMap((p) => {
        const a = customers.get(p.a);
        const b = customers.get(p.b);
        return a && b ? [{ a: brief(a), b: brief(b), evidence: p.evidence }] : [];
      }),
    };
  }

  async merge(
    scope: Scope,
    body: { keepId: string; mergeId: string; take?: Partial<Record<MergeField, 'keep' | 'merge'>> },
  ) {
    if (body.keepId === body.mergeId)
      throw AppError.validation([fieldError('/mergeId', 'must_differ', { other: 'keepId' })]);
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const keep = await customersRepository.findVisible(tx, scope, body.keepId);
      const other = await customersRepository.findVisible(tx, scope, body.mergeId);
      if (!keep || !other) throw AppError.notFound('Customer');
      const at = nowIso();
      const patch: Partial<Customer> = {};
      for (const f of MERGE_FIELDS) {
        const value = body.take?.[f] === 'merge' ? other[f] : (keep[f] ?? other[f]);
        if (value !== keep[f]) Object.assign(patch, { [f]: value });
      }
      const tags = await customersRepository.tagsOf(tx, scope.workspaceId, [keep.id, other.id]);
      const keptTags = tags.get(keep.id) ?? [];
      const added = (tags.get(other.id) ?? []).filter((t) => !keptTags.includes(t));
      const owned = await duplicatesRepository.owned(tx, scope.workspaceId, other.id);
      const pending = await followUpsRepository.openCadence(tx, scope.workspaceId, other.id);
      const open = pending.map((f) => f.id);
      const snoozed = pending.filter((f) => f.status === 'snoozed').map((f) => f.id);
      await followUpsRepository.setStatus(tx, scope.workspaceId, open, 'cancelled', at);
      await duplicatesRepository.move(tx, scope.workspaceId, owned, keep.id);
      await ordersRepository.refreshLastOrderDate(tx, scope.workspaceId, [keep.id, other.id]);
      if (Object.keys(patch).length)
        await customersRepository.update(tx, scope.workspaceId, keep.id, {
          ...patch,
          updated_at: at,
        });
      if (added.length)
        await customersRepository.setTags(tx, scope.workspaceId, keep.id, [...keptTags, ...added]);
      await customersRepository.update(tx, scope.workspaceId, other.id, {
        deleted_at: at,
        updated_at: at,
      });
      await refreshSearchTerms(tx, scope.workspaceId, { ...keep, ...patch });
      const moved: Moved = { ...owned, cancelled: open, snoozed, tags: added };
      await duplicatesRepository.insertMerge(tx, {
        workspace_id: scope.workspaceId,
        id,
        kept_id: keep.id,
        merged_id: other.id,
        kept_before: JSON.stringify(keep),
        moved: JSON.stringify(moved),
        actor_id: scope.userId,
        created_at: at,
        undone_at: null,
      });
      await auditRepository.record(tx, {
        workspaceId: scope.workspaceId,
        actorId: scope.userId,
        action: 'merge',
        entityType: 'customer',
        entityId: keep.id,
        changes: {
          merged: { before: other.id, after: keep.id },
          ...Object.fromEntries(
            Object.entries(patch).map(([k, v]) => [k, { before: keep[k as MergeField], after: v }]),
          ),
        },
      });
    });
    return { mergeId: id, keptId: body.keepId, mergedId: body.mergeId };
  }

  /** Puts both customers back as they were: fields, tags, contacts, activities, follow-ups. */
  async undo(scope: Scope, mergeId: string) {
    await this.db.transaction().execute(async (tx) => {
      const m = await duplicatesRepository.findMerge(tx, scope.workspaceId, mergeId);
      if (!m) throw AppError.notFound('Merge');
      const keep = await customersRepository.findVisible(tx, scope, m.kept_id);
      if (!keep) throw AppError.notFound('Merge');
      if (m.undone_at) throw AppError.conflict('This merge has already been undone');
      const at = nowIso();
      const before = JSON.parse(m.kept_before) as Customer;
      const moved = JSON.parse(m.moved) as Moved;
      await duplicatesRepository.move(tx, scope.workspaceId, moved, m.merged_id);
      await ordersRepository.refreshLastOrderDate(tx, scope.workspaceId, [keep.id, m.merged_id]);
      const snoozed = new Set(moved.snoozed ?? []);
      const reopen = moved.cancelled.filter((id) => !snoozed.has(id));
      await followUpsRepository.setStatus(tx, scope.workspaceId, reopen, 'open', at);
      await followUpsRepository.setStatus(tx, scope.workspaceId, [...snoozed], 'snoozed', at);
      const restore = Object.fromEntries(
        MERGE_FIELDS.map((f) => [f, before[f]]),
      ) as Partial<Customer>;
      await customersRepository.update(tx, scope.workspaceId, keep.id, {
        ...restore,
        updated_at: at,
      });
      const tags =
        (await customersRepository.tagsOf(tx, scope.workspaceId, [keep.id])).get(keep.id) ?? [];
      await customersRepository.setTags(
        tx,
        scope.workspaceId,
        keep.id,
        tags.filter((t) => !moved.tags.includes(t)),
      );
      await customersRepository.update(tx, scope.workspaceId, m.merged_id, {
        deleted_at: null,
        updated_at: at,
      });
      await refreshSearchTerms(tx, scope.workspaceId, { ...keep, ...restore });
      const merged = await customersRepository.findVisible(tx, scope, m.merged_id);
      if (merged) await refreshSearchTerms(tx, scope.workspaceId, merged);
      await duplicatesRepository.markUndone(tx, scope.workspaceId, mergeId, at);
      await auditRepository.record(tx, {
        workspaceId: scope.workspaceId,
        actorId: scope.userId,
        action: 'unmerge',
        entityType: 'customer',
        entityId: keep.id,
        changes: { merged: { before: keep.id, after: m.merged_id } },
      });
    });
    return { mergeId, undone: true };
  }
}
