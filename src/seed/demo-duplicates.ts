import type { Executor } from '../db/dialect.ts';
import type { Customer, NewContact } from '../db/schema.ts';
import { newId } from '../domain/ids.ts';
import {
  contactRecords,
  customerRecords,
  insertNewCustomers,
  newCustomerRow,
  type NewCustomerBatchItem,
} from '../modules/customers/customer-records.service.ts';

/**
 * Customers entered twice, as real books have them, so the duplicates page opens on something
 * to decide: one per strength of evidence (same website, same phone, similar name only). The
 * book's regional namesakes (`Al Rajhi Trading Dammam`, with its own website) are not among them
 * and stay off the page.
 */
export async function seedDemoDuplicates(db: Executor, workspaceId: string): Promise<number> {
  const book = (await customerRecords.inWorkspace(db, workspaceId)).filter((c) => !c.deleted_at);
  const contacts = await contactRecords.ofCustomers(
    db,
    workspaceId,
    book.map((c) => c.id),
  );
  const phoned = new Set(contacts.filter((p) => p.phones !== '[]').map((p) => p.customer_id));
  // Every 40th customer of the book, in a stable order, so reseeding shows the same pairs.
  const picked = book
    .filter((c) => phoned.has(c.id))
    .sort((x, y) => (x.id < y.id ? -1 : 1))
    .filter((_, i) => i % 40 === 0)
    .slice(0, 9);
  const at = new Date().toISOString();
  const items: NewCustomerBatchItem[] = picked.map((c, i) => {
    const kind = i % 3;
    const copy = newCustomerRow(
      workspaceId,
      {
        // Typed again at a trade show: capitals, no legal form; a phone-only copy is renamed.
        name: kind === 1 ? `${c.name.split(' ')[0]} Group Purchasing` : c.name.toUpperCase(),
        country: c.country,
        city: c.city,
        domain: kind === 0 ? c.domain : null,
        website: kind === 0 ? c.website : null,
        stage: 'lead',
        source: 'trade show: Canton Fair 2026',
        ownerId: c.owner_id,
        teamId: c.team_id,
      },
      at,
    );
    const theirs = contacts.find((p) => p.customer_id === c.id && p.phones !== '[]');
    const person: NewContact[] =
      kind === 1 && theirs
        ? [
            {
              workspace_id: workspaceId,
              id: newId(),
              customer_id: copy.id,
              first_name: theirs.first_name,
              last_name: theirs.last_name,
              phones: theirs.phones,
              emails: '[]',
              handles: '{}',
              is_primary: 1,
              created_at: at,
              updated_at: at,
            },
          ]
        : [];
    return { customer: copy satisfies Customer, contacts: person, tags: [] };
  });
  // The demo plans every follow-up once its history is written (see seedDemo).
  await insertNewCustomers(db, items, async () => {});
  return items.length;
}
