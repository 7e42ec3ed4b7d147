import type { Insertable } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import { replaceRows } from '../../db/replace-rows.ts';
import type { CustomerKeyTable, MatchKind } from '../../db/schema.ts';
import type { MatchKey } from '../../domain/identity/match-keys.ts';

/** Owner of `customer_keys`: what finds a customer's duplicates. */
export const customerIndexRepository = {
  async setKeys(db: Executor, workspaceId: string, customerId: string, keys: MatchKey[]) {
    await replaceRows(
      db,
      'customer_keys',
      { workspace_id: workspaceId, customer_id: customerId },
      keys.map((k) => ({ workspace_id: workspaceId, customer_id: customerId, ...k })),
    );
  },

  /** The match keys of customers created in one batch (imports, the seed). */
  async insertMany(db: Executor, keys: Insertable<CustomerKeyTable>[]): Promise<void> {
    await insertRows(db, 'customer_keys', keys);
  },

  /** Every match key of the given customers, by customer. */
  async keysOf(
    db: Executor,
    workspaceId: string,
    customerIds: string[],
  ): Promise<Map<string, MatchKey[]>> {
    const out = new Map<string, MatchKey[]>();
    for (const part of chunks([...new Set(customerIds)], 900)) {
      const rows = await db
        .selectFrom('customer_keys')
        .select(['customer_id', 'kind', 'key'])
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', 'in', part)
        .execute();
      for (const r of rows) {
        const list = out.get(r.customer_id) ?? [];
        list.push({ kind: r.kind, key: r.key });
        out.set(r.customer_id, list);
      }
    }
    return out;
  },

  /** Live customers holding any of the keys, with the key that matched. */
  async findByKeys(
    db: Executor,
    workspaceId: string,
    kind: MatchKind,
    keys: string[],
  ): Promise<{ key: string; customer_id: string; owner_id: string }[]> {
    const out: { key: string; customer_id: string; owner_id: string }[] = [];
    for (const part of chunks(keys, 900)) {
      out.push(
        ...(await db
          .selectFrom('customer_keys')
          .innerJoin('customers', (j) =>
            j
              .onRef('customers.workspace_id', '=', 'customer_keys.workspace_id')
              .onRef('customers.id', '=', 'customer_keys.customer_id'),
          )
          .select(['customer_keys.key', 'customer_keys.customer_id', 'customers.owner_id'])
          .where('customer_keys.workspace_id', '=', workspaceId)
          .where('customer_keys.kind', '=', kind)
          .where('customer_keys.key', 'in', part)
          .where('customers.deleted_at', 'is', null)
          .execute()),
      );
    }
    return out;
  },
};
