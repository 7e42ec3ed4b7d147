import { sql } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { BouncedAddressTable } from '../../db/schema/campaigns.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';

/** A LIKE pattern for addresses containing `text` (its own % and _ taken literally). */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** The only code writing `bounced_addresses`: addresses refused for good, per workspace. */
export const bouncedAddressesRepository = {
  /** Marks an address; answers false when it was marked before (the first report is kept). */
  async mark(db: Executor, row: BouncedAddressTable): Promise<boolean> {
    const r = await db
      .insertInto('bounced_addresses')
      .values({ ...row, address: row.address.toLowerCase() })
      .onConflict((oc) => oc.columns(['workspace_id', 'address']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  find(db: Executor, workspaceId: string, address: string) {
    return db
      .selectFrom('bounced_addresses')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('address', '=', address.toLowerCase())
      .executeTakeFirst();
  },

  /** Which of these addresses (lower case) are marked, in one read per 500. */
  async among(db: Executor, workspaceId: string, addresses: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunks([...new Set(addresses.map((a) => a.toLowerCase()))], IN_LIST))
      for (const r of await db
        .selectFrom('bounced_addresses')
        .select('address')
        .where('workspace_id', '=', workspaceId)
        .where('address', 'in', part)
        .execute())
        out.add(r.address);
    return out;
  },

  /**
   * The workspace's suppressed addresses, newest first, with the campaign that bounced; `q`
   * narrows to addresses containing it. One more than `limit` is read to tell whether more exist.
   * An address bounced for a contact is a contact's data: a manager sees it only when the
   * contact's customer is in their scope (addresses of no contact are the workspace's).
   */
  list(db: Executor, scope: Scope, f: { q?: string | undefined; limit: number; offset: number }) {
    const owners = ownerFilter(scope);
    let q = db
      .selectFrom('bounced_addresses as b')
      .leftJoin('campaigns as c', (j) =>
        j.onRef('c.workspace_id', '=', 'b.workspace_id').onRef('c.id', '=', 'b.campaign_id'),
      )
      .leftJoin('contacts as ct', (j) =>
        j.onRef('ct.workspace_id', '=', 'b.workspace_id').onRef('ct.id', '=', 'b.contact_id'),
      )
      .leftJoin('customers as cu', (j) =>
        j.onRef('cu.workspace_id', '=', 'ct.workspace_id').onRef('cu.id', '=', 'ct.customer_id'),
      )
      .selectAll('b')
      .select('c.name as campaign_name')
      .where('b.workspace_id', '=', scope.workspaceId);
    if (owners)
      q = q.where((eb) =>
        eb.or([
          eb('b.contact_id', 'is', null),
          ...(owners.length ? [eb('cu.owner_id', 'in', owners)] : []),
        ]),
      );
    if (f.q) {
      const p = containing(f.q.toLowerCase());
      q = q.where((eb) => eb('b.address', 'like', sql<string>`${p} escape '\\'`));
    }
    return q
      .orderBy('b.bounced_at', 'desc')
      .orderBy('b.address')
      .limit(f.limit + 1)
      .offset(f.offset)
      .execute();
  },

  /** Takes an address off the list; answers the row removed, or undefined when it was not on it. */
  async remove(db: Executor, workspaceId: string, address: string) {
    const row = await bouncedAddressesRepository.find(db, workspaceId, address);
    if (!row) return undefined;
    await db
      .deleteFrom('bounced_addresses')
      .where('workspace_id', '=', workspaceId)
      .where('address', '=', row.address)
      .execute();
    return row;
  },
};
