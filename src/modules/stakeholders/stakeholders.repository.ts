import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type {
  Stakeholder,
  StakeholderStance,
  StakeholderStanceTable,
  StakeholderTable,
} from '../../db/schema.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';

/**
 * Stakeholders, their linked customers and their stance history. Who sees one is decided here,
 * in the query: admins and managers every stakeholder of the workspace; anyone else those they
 * own and those linked to a live customer they may see (reads `customers` for that; writes it
 * never).
 */
export const stakeholdersRepository = {
  visible(db: Executor, scope: Scope, f: { id?: string; country?: string } = {}) {
    let q = db
      .selectFrom('stakeholders as s')
      .selectAll('s')
      .where('s.workspace_id', '=', scope.workspaceId);
    if (f.id !== undefined) q = q.where('s.id', '=', f.id);
    if (f.country !== undefined) q = q.where('s.country', '=', f.country);
    if (scope.role !== 'admin' && scope.role !== 'manager') {
      const owners = ownerFilter(scope) ?? [];
      q = q.where((eb) =>
        eb.or([
          eb('s.owner_id', '=', scope.userId),
          ...(owners.length
            ? [
                eb.exists(
                  eb
                    .selectFrom('stakeholder_customers as l')
                    .innerJoin('customers as c', (j) =>
                      j
                        .onRef('c.workspace_id', '=', 'l.workspace_id')
                        .onRef('c.id', '=', 'l.customer_id'),
                    )
                    .select('l.customer_id')
                    .whereRef('l.workspace_id', '=', 's.workspace_id')
                    .whereRef('l.stakeholder_id', '=', 's.id')
                    .where('c.deleted_at', 'is', null)
                    .where('c.owner_id', 'in', owners),
                ),
              ]
            : []),
        ]),
      );
    }
    return q.orderBy('s.country').orderBy('s.name').orderBy('s.id').execute();
  },

  async insert(db: Executor, row: Insertable<StakeholderTable>): Promise<void> {
    await db.insertInto('stakeholders').values(row).execute();
  },

  async update(db: Executor, ws: string, id: string, patch: Updateable<StakeholderTable>) {
    await db
      .updateTable('stakeholders')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, ws: string, id: string): Promise<void> {
    // Links and stance history go with it (foreign keys cascade; SQLite deletes them first too,
    // in case foreign keys are off on a connection).
    await db
      .deleteFrom('stakeholder_stances')
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', '=', id)
      .execute();
    await db
      .deleteFrom('stakeholder_customers')
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', '=', id)
      .execute();
    await db
      .deleteFrom('stakeholders')
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  /** The customers linked to these stakeholders, each pair once. */
  links(db: Executor, ws: string, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('stakeholder_customers')
      .select(['stakeholder_id', 'customer_id'])
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', 'in', ids)
      .execute();
  },

  async setLinks(db: Executor, ws: string, id: string, customerIds: string[]): Promise<void> {
    await db
      .deleteFrom('stakeholder_customers')
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', '=', id)
      .execute();
    if (customerIds.length)
      await db
        .insertInto('stakeholder_customers')
        .values(customerIds.map((c) => ({ workspace_id: ws, stakeholder_id: id, customer_id: c })))
        .execute();
  },

  stances(db: Executor, ws: string, ids: string[]): Promise<StakeholderStance[]> {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('stakeholder_stances')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', 'in', ids)
      .orderBy('stakeholder_id')
      .orderBy('seq')
      .execute();
  },

  async addStance(db: Executor, row: Omit<StakeholderStanceTable, 'seq'>): Promise<void> {
    const last = await db
      .selectFrom('stakeholder_stances')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('workspace_id', '=', row.workspace_id)
      .where('stakeholder_id', '=', row.stakeholder_id)
      .executeTakeFirst();
    await db
      .insertInto('stakeholder_stances')
      .values({ ...row, seq: Number(last?.seq ?? 0) + 1 })
      .execute();
  },
};

export type { Stakeholder };
