import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Customer, DB } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import { incidentRecords } from '../incidents/incident-records.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { relationshipRecords } from '../relationship/relationship-records.service.ts';
import { sustainabilityRecords } from '../sustainability/sustainability-records.service.ts';
import { duplicatesRepository } from './duplicates.repository.ts';
import { dismissPair, listPairs } from './pairs.ts';
import { lookalikesInScope } from './lookalikes.ts';

export type { Lookalike } from './lookalikes.ts';

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

/**
 * A customer's records that follow it into a merge (orders, sustainability records and incident
 * links absent in merges made before they existed).
 */
interface Owned {
  contacts: string[];
  activities: string[];
  followUps: string[];
  orders?: string[];
  requirements?: string[];
  commitments?: string[];
  /** incidents whose link moved (one the kept customer already had stays with the merged one) */
  incidents?: string[];
}

interface Moved extends Owned {
  /** the merged customer's open cadence follow-ups, cancelled: the kept one has its own */
  cancelled: string[];
  /** which of those were snoozed, to restore them as they were (absent in older merges) */
  snoozed?: string[];
  tags: string[];
}

/** Candidate duplicates with their evidence, "not a duplicate", merge field by field, and undo. */
export class DuplicatesService {
  constructor(private readonly db: Kysely<DB>) {}

  /** One page of duplicate pairs, strongest evidence first. */
  candidates(scope: Scope, page: { page: number; pageSize: number }) {
    return listPairs(this.db, scope, page);
  }

  /**
   * Customers in `scope` proposed as duplicates of `customerId`, inside the caller's transaction
   * (the shared pool checks a claimant's own book before a claim).
   */
  lookalikes(db: Executor, scope: Scope, customerId: string) {
    return lookalikesInScope(db, scope, customerId);
  }

  /** Marks two customers as two companies until either one's match keys change. */
  dismiss(scope: Scope, body: { aId: string; bId: string }) {
    return this.db.transaction().execute((tx) => dismissPair(tx, scope, body));
  }

  async merge(
    scope: Scope,
    body: { keepId: string; mergeId: string; take?: Partial<Record<MergeField, 'keep' | 'merge'>> },
  ) {
    if (body.keepId === body.mergeId)
      throw AppError.validation([fieldError('/mergeId', 'must_differ', { other: 'keepId' })]);
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const keep = await customerRecords.findVisible(tx, scope, body.keepId);
      const other = await customerRecords.findVisible(tx, scope, body.mergeId);
      if (!keep || !other) throw AppError.notFound('Customer');
      const at = nowIso();
      const patch: Partial<Customer> = {};
      for (const f of MERGE_FIELDS) {
        const value = body.take?.[f] === 'merge' ? other[f] : (keep[f] ?? other[f]);
        if (value !== keep[f]) Object.assign(patch, { [f]: value });
      }
      // The zone travels with how it was chosen (a zone a person set stays pinned).
      if ('time_zone' in patch)
        patch.time_zone_source =
          patch.time_zone === other.time_zone ? other.time_zone_source : keep.time_zone_source;
      const tags = await customerRecords.tagsOf(tx, scope.workspaceId, [keep.id, other.id]);
      const keptTags = tags.get(keep.id) ?? [];
      const added = (tags.get(other.id) ?? []).filter((t) => !keptTags.includes(t));
      const owned = await this.owned(tx, scope.workspaceId, other.id, keep.id);
      const pending = await relationshipRecords.openCadence(tx, scope.workspaceId, other.id);
      const open = pending.map((f) => f.id);
      const snoozed = pending.filter((f) => f.status === 'snoozed').map((f) => f.id);
      await relationshipRecords.setFollowUpStatus(tx, scope.workspaceId, open, 'cancelled', at);
      await this.move(tx, scope.workspaceId, owned, other.id, keep.id);
      if (Object.keys(patch).length)
        await customerRecords.update(tx, scope.workspaceId, keep.id, {
          ...patch,
          updated_at: at,
        });
      if (added.length)
        await customerRecords.setTags(tx, scope.workspaceId, keep.id, [...keptTags, ...added]);
      await customerRecords.update(tx, scope.workspaceId, other.id, {
        deleted_at: at,
        updated_at: at,
      });
      await customerRecords.refreshIndex(tx, scope.workspaceId, { ...keep, ...patch });
      // The merged customer's contacts (and their phones) now belong to the kept one.
      await customerRecords.refreshZone(tx, { ...keep, ...patch });
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
      await recordAudit(tx, scope, {
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

  /** Puts both customers back as they were: fields, tags, contacts, activities, follow-ups, orders, sustainability records, incident links. */
  async undo(scope: Scope, mergeId: string) {
    await this.db.transaction().execute(async (tx) => {
      const m = await duplicatesRepository.findMerge(tx, scope.workspaceId, mergeId);
      if (!m) throw AppError.notFound('Merge');
      const keep = await customerRecords.findVisible(tx, scope, m.kept_id);
      // Undo writes both customers: each must be in the caller's scope, as for the merge itself.
      const gone = await customerRecords.findVisible(tx, scope, m.merged_id, {
        includeDeleted: true,
      });
      if (!keep || !gone) throw AppError.notFound('Merge');
      if (m.undone_at) throw AppError.conflict('This merge has already been undone');
      const at = nowIso();
      const before = JSON.parse(m.kept_before) as Customer;
      const moved = JSON.parse(m.moved) as Moved;
      await this.move(tx, scope.workspaceId, moved, keep.id, m.merged_id);
      const snoozed = new Set(moved.snoozed ?? []);
      const reopen = moved.cancelled.filter((id) => !snoozed.has(id));
      await relationshipRecords.setFollowUpStatus(tx, scope.workspaceId, reopen, 'open', at);
      await relationshipRecords.setFollowUpStatus(
        tx,
        scope.workspaceId,
        [...snoozed],
        'snoozed',
        at,
      );
      const restore = Object.fromEntries(
        MERGE_FIELDS.map((f) => [f, before[f]]),
      ) as Partial<Customer>;
      // How the zone was chosen comes back with it (merges made before 0016 did not keep it).
      if (before.time_zone_source !== undefined) restore.time_zone_source = before.time_zone_source;
      await customerRecords.update(tx, scope.workspaceId, keep.id, {
        ...restore,
        updated_at: at,
      });
      const tags =
        (await customerRecords.tagsOf(tx, scope.workspaceId, [keep.id])).get(keep.id) ?? [];
      await customerRecords.setTags(
        tx,
        scope.workspaceId,
        keep.id,
        tags.filter((t) => !moved.tags.includes(t)),
      );
      await customerRecords.update(tx, scope.workspaceId, m.merged_id, {
        deleted_at: null,
        updated_at: at,
      });
      await customerRecords.refreshIndex(tx, scope.workspaceId, { ...keep, ...restore });
      const merged = await customerRecords.findVisible(tx, scope, m.merged_id);
      if (merged) await customerRecords.refreshIndex(tx, scope.workspaceId, merged);
      await duplicatesRepository.markUndone(tx, scope.workspaceId, mergeId, at);
      await recordAudit(tx, scope, {
        action: 'unmerge',
        entityType: 'customer',
        entityId: keep.id,
        changes: { merged: { before: keep.id, after: m.merged_id } },
      });
    });
    return { mergeId, undone: true };
  }

  /** What a merge moves: the customer's records, each through its owning module. */
  private async owned(
    tx: Executor,
    workspaceId: string,
    customerId: string,
    keptId: string,
  ): Promise<Owned> {
    return {
      contacts: await contactRecords.idsOf(tx, workspaceId, customerId),
      ...(await relationshipRecords.idsOf(tx, workspaceId, customerId)),
      orders: await orderRecords.idsOf(tx, workspaceId, customerId),
      ...(await sustainabilityRecords.idsOfCustomer(tx, workspaceId, customerId)),
      incidents: await incidentRecords.customerLinksToMove(tx, workspaceId, customerId, keptId),
    };
  }

  private async move(tx: Executor, ws: string, moved: Owned, from: string, to: string) {
    await contactRecords.moveTo(tx, ws, moved.contacts, to);
    await relationshipRecords.moveTo(tx, ws, moved, to);
    await orderRecords.moveTo(tx, ws, moved.orders ?? [], from, to);
    await sustainabilityRecords.moveToCustomer(
      tx,
      ws,
      { requirements: moved.requirements ?? [], commitments: moved.commitments ?? [] },
      to,
    );
    await incidentRecords.moveCustomerLinks(tx, ws, moved.incidents ?? [], from, to);
  }
}
