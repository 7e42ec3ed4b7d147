import type { Executor } from '../../db/dialect.ts';
import type { BouncedAddressTable } from '../../db/schema/campaigns.ts';

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
};
