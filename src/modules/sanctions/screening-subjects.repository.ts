import type { Executor } from '../../db/dialect.ts';
import { chunks, IN_LIST } from '../../db/chunks.ts';

/** A customer with the names screened: its own and its contacts'. */
export interface Subject {
  customerId: string;
  /** '' for the customer, else the contact's id */
  key: string;
  name: string;
  country: string;
  birthDate: string | null;
}

/**
 * Reads (never writes) the customers and contacts being screened: the customers module owns the
 * tables; screening a million of them page by page needs only these columns, in id order.
 */
export const screeningSubjectsRepository = {
  /** The next page of live customers' ids after `afterId`, in id order. */
  async customerPage(db: Executor, workspaceId: string, afterId: string, limit: number) {
    const rows = await db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '>', afterId)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  },

  /** The names of these customers and of their contacts. */
  async subjects(db: Executor, workspaceId: string, customerIds: string[]): Promise<Subject[]> {
    const out: Subject[] = [];
    for (const part of chunks(customerIds, IN_LIST)) {
      const customers = await db
        .selectFrom('customers')
        .select(['id', 'name', 'native_name', 'country'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
      const country = new Map<string, string>();
      for (const c of customers) {
        country.set(c.id, c.country);
        out.push({ customerId: c.id, key: '', name: c.name, country: c.country, birthDate: null });
        if (c.native_name)
          out.push({
            customerId: c.id,
            key: '',
            name: c.native_name,
            country: c.country,
            birthDate: null,
          });
      }
      const contacts = await db
        .selectFrom('contacts')
        .select(['id', 'customer_id', 'first_name', 'last_name', 'native_name', 'birthday'])
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', 'in', part)
        .execute();
      for (const p of contacts) {
        const base = {
          customerId: p.customer_id,
          key: p.id,
          country: country.get(p.customer_id) ?? '',
          // Only a full date says anything about a listed person's birth (MM-DD alone does not).
          birthDate: p.birthday && p.birthday.length === 10 ? p.birthday : null,
        };
        out.push({ ...base, name: [p.first_name, p.last_name].filter(Boolean).join(' ') });
        if (p.native_name) out.push({ ...base, name: p.native_name });
      }
    }
    return out;
  },
};
