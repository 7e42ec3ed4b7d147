import type { Executor } from '../../db/dialect.ts';

/**
 * Customers linked to crisis incidents by hand (issue 19), the one writer of
 * `incident_customers`. Reads `customers` for the linked customers' names, markets and owners,
 * writes it never. A trashed customer's links are kept but not listed (they show again when it is
 * restored); a merge moves them to the kept customer through `incidentRecords`.
 */
export const incidentCustomersRepository = {
  /** Links a customer to an incident; false when it already was. */
  async link(db: Executor, ws: string, incidentId: string, customerId: string, by: string) {
    if (await this.isLinked(db, ws, incidentId, customerId)) return false;
    await db
      .insertInto('incident_customers')
      .values({
        workspace_id: ws,
        incident_id: incidentId,
        customer_id: customerId,
        linked_by: by || null,
        linked_at: new Date().toISOString(),
      })
      .execute();
    return true;
  },

  async isLinked(db: Executor, ws: string, incidentId: string, customerId: string) {
    const found = await db
      .selectFrom('incident_customers')
      .select('customer_id')
      .where('workspace_id', '=', ws)
      .where('incident_id', '=', incidentId)
      .where('customer_id', '=', customerId)
      .executeTakeFirst();
    return found !== undefined;
  },

  /** Unlinks them; false when they were not linked. */
  async unlink(db: Executor, ws: string, incidentId: string, customerId: string) {
    const res = await db
      .deleteFrom('incident_customers')
      .where('workspace_id', '=', ws)
      .where('incident_id', '=', incidentId)
      .where('customer_id', '=', customerId)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  },

  /** The live customers linked to an incident, by name. */
  forIncident(db: Executor, ws: string, incidentId: string) {
    return db
      .selectFrom('incident_customers as l')
      .innerJoin('customers as c', (j) =>
        j.onRef('c.workspace_id', '=', 'l.workspace_id').onRef('c.id', '=', 'l.customer_id'),
      )
      .select(['c.id', 'c.name', 'c.country', 'c.owner_id', 'l.linked_at'])
      .where('l.workspace_id', '=', ws)
      .where('l.incident_id', '=', incidentId)
      .where('c.deleted_at', 'is', null)
      .orderBy('c.name')
      .orderBy('c.id')
      .execute();
  },

  /** The incidents a customer is linked to (a merge moves these). */
  async incidentIdsOf(db: Executor, ws: string, customerId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('incident_customers')
      .select('incident_id')
      .where('workspace_id', '=', ws)
      .where('customer_id', '=', customerId)
      .orderBy('incident_id')
      .execute();
    return rows.map((r) => r.incident_id);
  },

  /** Moves these incidents' links from one customer to another. */
  async move(db: Executor, ws: string, incidentIds: string[], from: string, to: string) {
    if (!incidentIds.length) return;
    await db
      .updateTable('incident_customers')
      .set({ customer_id: to })
      .where('workspace_id', '=', ws)
      .where('customer_id', '=', from)
      .where('incident_id', 'in', incidentIds)
      .execute();
  },
};
