import type { Customer } from '../../db/schema.ts';
import type { AuditEvent, Changes } from '../audit/audit.service.ts';
import type { Pending } from './customer-rows.ts';

/**
 * The audit entries of one committed import batch: a compact record per created customer (name,
 * country, owner: the log names the record and webhooks say what arrived) and the filled fields of
 * each updated one. Written with one `recordAudits` per batch, so they cost a few multi-row
 * inserts per 5,000 rows and one (cached) subscriber check, never a query per row.
 */
export function importAudits(
  created: Pending[],
  updates: Map<string, { patch: Partial<Customer>; tags: string[] }>,
  existing: Map<string, Customer>,
): AuditEvent[] {
  const out: AuditEvent[] = created.map((p) => ({
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
      out.push({ action: 'update', entityType: 'customer', entityId: id, changes });
  }
  return out;
}
