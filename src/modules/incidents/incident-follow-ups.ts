import type { Executor } from '../../db/dialect.ts';
import type { Incident } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';
import { incidentCustomersRepository as linkedCustomers } from './incident-customers.repository.ts';
import { incidentsRepository as repo } from './incidents.repository.ts';

/** Follow-ups planned at most per activation: a market of more customers is told in the log. */
export const MAX_ACTIVATION_FOLLOW_UPS = 1000;

/**
 * When an incident becomes active, every customer owner in its markets, and of every customer
 * linked to it, hears of it today, once per customer. Linked customers come first: someone chose
 * them, so the cap never leaves them out.
 */
export async function tellOwners(tx: Executor, scope: Scope, i: Incident, now: Date) {
  const countries = JSON.parse(i.countries) as string[];
  const linked = await linkedCustomers.forIncident(tx, scope.workspaceId, i.id);
  const market = await customerRecords.inCountries(
    tx,
    scope.workspaceId,
    countries,
    MAX_ACTIVATION_FOLLOW_UPS + 1,
  );
  const seen = new Set<string>();
  const customers = [...linked, ...market].filter((c) => !seen.has(c.id) && !!seen.add(c.id));
  for (const c of customers.slice(0, MAX_ACTIVATION_FOLLOW_UPS))
    await incidentFollowUp(tx, scope, i, c, now);
  const told = Math.min(customers.length, MAX_ACTIVATION_FOLLOW_UPS);
  const also = linked.length ? ` (${linked.length} linked to it)` : '';
  await repo.addAction(tx, {
    workspace_id: scope.workspaceId,
    id: newId(),
    incident_id: i.id,
    kind: 'note',
    body:
      customers.length > MAX_ACTIVATION_FOLLOW_UPS
        ? `Follow-ups planned for the owners of the first ${told} customers in ${countries.join(', ')}${also} (more exist)`
        : `Follow-ups planned for the owners of ${told} customers in ${countries.join(', ')}${also}`,
    actor_id: scope.userId,
    at: nowIso(),
  });
}

/** The follow-up due today for one customer's owner while the incident is active. */
export async function incidentFollowUp(
  tx: Executor,
  scope: Scope,
  i: Incident,
  c: { id: string; owner_id: string },
  now: Date,
) {
  const countries = JSON.parse(i.countries) as string[];
  await datedFollowUps.plan(tx, scope, {
    customerId: c.id,
    assigneeId: c.owner_id,
    dueDate: now.toISOString().slice(0, 10),
    reason: {
      en: `Incident in ${countries.join(', ')}: “${i.title}” — check with this customer before they hear it elsewhere`,
      zh: `${countries.join('、')}发生事件：“${i.title}”——请在客户从别处得知之前与其沟通`,
    },
    note: i.title,
  });
}
