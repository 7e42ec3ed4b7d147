import type { Insertable, Updateable } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type {
  CertificateTable,
  SustainabilityCommitmentTable,
  SustainabilityRequirementTable,
} from '../../db/schema.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';

const wide = (scope: Scope) => scope.role === 'admin' || scope.role === 'manager';

/**
 * Requirements, certificates and commitments (issue 19, ESG). Who sees what is decided here, in
 * the query: admins and managers every row of the workspace; anyone else the rows they own and
 * the requirements and commitments of live customers they may see (reads `customers` for that,
 * writes it never). A requirement of a deleted customer is nobody's to see.
 */
export const sustainabilityRepository = {
  requirements(db: Executor, scope: Scope, f: { id?: string; customerId?: string } = {}) {
    let q = db
      .selectFrom('sustainability_requirements as r')
      .innerJoin('customers as c', (j) =>
        j.onRef('c.workspace_id', '=', 'r.workspace_id').onRef('c.id', '=', 'r.customer_id'),
      )
      .selectAll('r')
      .select(['c.owner_id as customer_owner_id', 'c.name as customer_name'])
      .where('r.workspace_id', '=', scope.workspaceId)
      .where('c.deleted_at', 'is', null);
    if (f.id !== undefined) q = q.where('r.id', '=', f.id);
    if (f.customerId !== undefined) q = q.where('r.customer_id', '=', f.customerId);
    if (!wide(scope)) {
      const owners = ownerFilter(scope) ?? [];
      q = q.where((eb) =>
        eb.or([
          eb('r.owner_id', '=', scope.userId),
          ...(owners.length ? [eb('c.owner_id', 'in', owners)] : []),
        ]),
      );
    }
    return q.orderBy('r.id').execute();
  },

  async insertRequirement(db: Executor, row: Insertable<SustainabilityRequirementTable>) {
    await db.insertInto('sustainability_requirements').values(row).execute();
  },

  async updateRequirement(
    db: Executor,
    ws: string,
    id: string,
    patch: Updateable<SustainabilityRequirementTable>,
  ) {
    await db
      .updateTable('sustainability_requirements')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  async removeRequirement(db: Executor, ws: string, id: string) {
    await db
      .deleteFrom('sustainability_requirements')
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  certificates(db: Executor, scope: Scope, f: { id?: string } = {}) {
    let q = db.selectFrom('certificates').selectAll().where('workspace_id', '=', scope.workspaceId);
    if (f.id !== undefined) q = q.where('id', '=', f.id);
    if (!wide(scope)) q = q.where('owner_id', '=', scope.userId);
    return q.orderBy('expires_on').orderBy('id').execute();
  },

  async insertCertificate(db: Executor, row: Insertable<CertificateTable>) {
    await db.insertInto('certificates').values(row).execute();
  },

  async updateCertificate(
    db: Executor,
    ws: string,
    id: string,
    patch: Updateable<CertificateTable>,
  ) {
    await db
      .updateTable('certificates')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  async removeCertificate(db: Executor, ws: string, id: string) {
    await db
      .deleteFrom('certificates')
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  commitments(db: Executor, scope: Scope, f: { id?: string; customerId?: string } = {}) {
    let q = db
      .selectFrom('sustainability_commitments as m')
      .leftJoin('customers as c', (j) =>
        j.onRef('c.workspace_id', '=', 'm.workspace_id').onRef('c.id', '=', 'm.customer_id'),
      )
      .selectAll('m')
      .select(['c.owner_id as customer_owner_id', 'c.name as customer_name', 'c.deleted_at'])
      .where('m.workspace_id', '=', scope.workspaceId);
    if (f.id !== undefined) q = q.where('m.id', '=', f.id);
    if (f.customerId !== undefined) q = q.where('m.customer_id', '=', f.customerId);
    if (!wide(scope)) {
      const owners = ownerFilter(scope) ?? [];
      q = q.where((eb) =>
        eb.or([
          eb('m.owner_id', '=', scope.userId),
          ...(owners.length
            ? [eb.and([eb('c.deleted_at', 'is', null), eb('c.owner_id', 'in', owners)])]
            : []),
        ]),
      );
    }
    return q.orderBy('m.id').execute();
  },

  async insertCommitment(db: Executor, row: Insertable<SustainabilityCommitmentTable>) {
    await db.insertInto('sustainability_commitments').values(row).execute();
  },

  async updateCommitment(
    db: Executor,
    ws: string,
    id: string,
    patch: Updateable<SustainabilityCommitmentTable>,
  ) {
    await db
      .updateTable('sustainability_commitments')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  /** The ids of a customer's requirements and commitments (a merge moves them). */
  async idsOfCustomer(db: Executor, ws: string, customerId: string) {
    const ids = async (table: 'sustainability_requirements' | 'sustainability_commitments') =>
      (
        await db
          .selectFrom(table)
          .select('id')
          .where('workspace_id', '=', ws)
          .where('customer_id', '=', customerId)
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
    return {
      requirements: await ids('sustainability_requirements'),
      commitments: await ids('sustainability_commitments'),
    };
  },

  /** Gives these requirements and commitments to another customer (a merge and its undo). */
  async moveToCustomer(
    db: Executor,
    ws: string,
    ids: { requirements: string[]; commitments: string[] },
    customerId: string,
  ) {
    for (const [table, part] of [
      ['sustainability_requirements', ids.requirements],
      ['sustainability_commitments', ids.commitments],
    ] as const)
      for (const chunk of chunks(part, IN_LIST))
        await db
          .updateTable(table)
          .set({ customer_id: customerId })
          .where('workspace_id', '=', ws)
          .where('id', 'in', chunk)
          .execute();
  },

  async removeCommitment(db: Executor, ws: string, id: string) {
    await db
      .deleteFrom('sustainability_commitments')
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },
};

export type RequirementRow = Awaited<
  ReturnType<typeof sustainabilityRepository.requirements>
>[number];
export type CommitmentRow = Awaited<
  ReturnType<typeof sustainabilityRepository.commitments>
>[number];
