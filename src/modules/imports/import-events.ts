import type { Customer } from '../../db/schema.ts';
import type { Changes } from '../audit/audit.service.ts';
import type { EventInput } from '../events/events.service.ts';
import type { Pending } from './customer-rows.ts';

/**
 * The domain events of one committed import batch: per created customer its name, country and
 * owner, per updated one the fields the import filled. An import is audited once (the `import`
 * record, with its counts and errors), not per customer, so these go to `events.publish`
 * directly: one cached interest check per 5,000-row batch and, only when someone subscribes, one
 * dispatch job; nothing per row.
 */
export function importEvents(
  created: Pending[],
  updates: Map<string, { patch: Partial<Customer>; tags: string[] }>,
  existing: Map<string, Customer>,
): EventInput[] {
  const out: EventInput[] = created.map((p) => ({
    type: 'customer.created',
    action: 'create',
    entityType: 'customer',
    entityId: p.customer.id,
    changes: {
      name: { before: null, after: p.customer.name },
      country: { before: null, after: p.customer.country },
      ownerId: { before: null, after: p.customer.owner_id },
    },
  }));
  for (const [id, u] of updates) {
    const current = existing.get(id);
    if (!current) continue;
    const changes: Changes = {};
    for (const [key, after] of Object.entries(u.patch))
      changes[key] = { before: current[key as keyof Customer] ?? null, after: after ?? null };
    if (u.tags.length) changes.tags = { before: null, after: u.tags };
    if (Object.keys(changes).length)
      out.push({
        type: 'customer.updated',
        action: 'update',
        entityType: 'customer',
        entityId: id,
        changes,
      });
  }
  return out;
}
