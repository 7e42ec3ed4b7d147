import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { incidentCustomersRepository as links } from './incident-customers.repository.ts';
import type { IncidentsService } from './incidents.service.ts';

/**
 * Customers linked to an incident by hand (issue 19), beyond the customers of its markets: its
 * owner and admins link and unlink customers they may see; each change is on the timeline and in
 * the audit log. A customer from outside its markets linked while the incident is active gets
 * the follow-up its owner would have had on activation; on activation every linked customer's
 * owner gets one (once per customer).
 */
export class IncidentCustomersService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly incidents: IncidentsService,
  ) {}

  async link(scope: Scope, id: string, customerId: string) {
    await this.db.transaction().execute(async (tx) => {
      const incident = await this.incidents.editable(tx, scope, id);
      const customer = await customerRecords.findVisible(tx, scope, customerId);
      if (!customer) throw AppError.notFound('Customer');
      if (!(await links.link(tx, scope.workspaceId, id, customerId, scope.userId))) return;
      // The timeline keeps the id: each reader sees the name only if they may see the customer.
      await this.incidents.log(tx, scope, id, 'customer', customerId);
      // A customer of its markets was told when it became active (a newer one is like any other
      // customer there); one from elsewhere hears of it now.
      const markets = JSON.parse(incident.countries) as string[];
      if (incident.status === 'active' && !markets.includes(customer.country))
        await this.incidents.followUp(tx, scope, incident, customer);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'incident',
        entityId: id,
        changes: diff({ linkedCustomer: null }, { linkedCustomer: customerId }),
      });
    });
    return this.incidents.detailOf(scope, id);
  }

  async unlink(scope: Scope, id: string, customerId: string) {
    await this.db.transaction().execute(async (tx) => {
      await this.incidents.editable(tx, scope, id);
      const customer = await customerRecords.findVisible(tx, scope, customerId);
      if (!customer || !(await links.unlink(tx, scope.workspaceId, id, customerId)))
        throw AppError.notFound('Linked customer');
      await this.incidents.log(tx, scope, id, 'customer_unlinked', customerId);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'incident',
        entityId: id,
        changes: diff({ unlinkedCustomer: null }, { unlinkedCustomer: customerId }),
      });
    });
    return this.incidents.detailOf(scope, id);
  }
}

/** `customerIds` of a new incident: each must be a live customer the caller may see. */
export async function customerIdErrors(db: Executor, scope: Scope, ids: string[] = []) {
  const errors: FieldError[] = [];
  for (const [i, id] of ids.entries())
    if (!(await customerRecords.findVisible(db, scope, id)))
      errors.push(fieldError(`/customerIds/${i}`, 'not_in_scope', { entity: 'customer' }));
  return errors;
}

/**
 * The live linked customers, named where the reader may see them (a manager sees their team's);
 * the others only counted, as linked mentions and stakeholders do.
 */
export async function linkedCustomersFor(db: Executor, scope: Scope, incidentId: string) {
  const rows = await links.forIncident(db, scope.workspaceId, incidentId);
  const owners = ownerFilter(scope);
  const visible = owners ? rows.filter((r) => owners.includes(r.owner_id)) : rows;
  const names = await userRecords.namesOf(db, scope.workspaceId, [
    ...new Set(visible.map((r) => r.owner_id)),
  ]);
  return {
    customers: visible.map((r) => ({
      id: r.id,
      name: r.name,
      country: r.country,
      ownerId: r.owner_id,
      ownerName: names.get(r.owner_id) ?? null,
      linkedAt: r.linked_at,
    })),
    hiddenCustomers: rows.length - visible.length,
  };
}

/**
 * Timeline entries of linked and unlinked customers keep the customer's id; each reader gets its
 * name where they may see the customer (trashed ones too), else an empty body.
 */
export async function namedCustomerActions<A extends { kind: string; body: string }>(
  db: Executor,
  scope: Scope,
  actions: A[],
): Promise<A[]> {
  const about = (a: A) => a.kind === 'customer' || a.kind === 'customer_unlinked';
  const names = new Map<string, string>();
  for (const id of new Set(actions.filter(about).map((a) => a.body))) {
    const c = await customerRecords.findVisible(db, scope, id, { includeDeleted: true });
    if (c) names.set(id, c.name);
  }
  return actions.map((a) => (about(a) ? { ...a, body: names.get(a.body) ?? '' } : a));
}
