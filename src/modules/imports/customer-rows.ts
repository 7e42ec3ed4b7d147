import type { Executor } from '../../db/dialect.ts';
import type { Activity, Customer, MatchKind, NewContact } from '../../db/schema.ts';
import { isOneOf, STAGES, TIERS } from '../../domain/enums.ts';
import { newId } from '../../domain/ids.ts';
import type { NormalisedCustomerRow } from '../../domain/import/normalise-customer-row.ts';
import {
  insertNewCustomers,
  newCustomerRow,
  type CustomersCreated,
  phonesOf,
  zoneColumns,
} from '../customers/customer-records.service.ts';

// The rows an imported customer becomes: the customer, its contacts, tags, search terms and
// match keys. Built here, decided on in customer-import.ts.

export const KINDS: MatchKind[] = ['domain', 'email', 'phone', 'name'];

export interface Pending {
  customer: Customer;
  tags: Set<string>;
  contacts: NewContact[];
  /** the contacts' emails and phones, to add a person once */
  reach: Set<string>;
  /** the rows' notes, each text once, for the customer's timeline */
  notes: Set<string>;
}

export const keyId = (kind: MatchKind, key: string) => `${kind}|${key}`;

/** The row's values for fields the customer has empty: an import fills gaps, never overwrites. */
export function gaps(current: Customer, n: NormalisedCustomerRow): Partial<Customer> {
  const patch: Partial<Customer> = {};
  for (const [field, value] of [
    ['native_name', n.customer.nativeName],
    ['region', n.customer.region],
    ['city', n.customer.city],
    ['website', n.customer.website],
    ['domain', n.customer.domain],
    ['industry', n.customer.industry],
    ['size', n.customer.size],
    ['source', n.customer.source],
  ] as const)
    if (current[field] === null && value) patch[field] = value;
  // A customer whose languages nobody has set takes the ones the row names.
  if (current.languages === '[]' && n.customer.languages.length)
    patch.languages = JSON.stringify(n.customer.languages);
  return patch;
}

export function keysOf(row: NormalisedCustomerRow): { kind: MatchKind; key: string }[] {
  const out: { kind: MatchKind; key: string }[] = [];
  for (const kind of KINDS) {
    const key = row.keys[kind];
    if (key) out.push({ kind, key });
  }
  return out;
}

/** Who an imported customer belongs to. */
export interface ImportOwner {
  workspaceId: string;
  userId: string;
  teamId: string | null;
}

export function newPending(owner: ImportOwner, n: NormalisedCustomerRow, at: string): Pending {
  const c = n.customer;
  const customer = newCustomerRow(
    owner.workspaceId,
    {
      name: c.name,
      nativeName: c.nativeName,
      country: c.country,
      region: c.region,
      city: c.city,
      website: c.website,
      domain: c.domain,
      industry: c.industry,
      size: c.size,
      stage: c.stage && isOneOf(STAGES, c.stage) ? c.stage : 'lead',
      tier: c.tier && isOneOf(TIERS, c.tier) ? c.tier : null,
      source: c.source,
      languages: c.languages,
      ownerId: owner.userId,
      teamId: owner.teamId,
    },
    at,
  );
  const pending: Pending = {
    customer,
    tags: new Set(c.tags),
    contacts: [],
    reach: new Set(),
    notes: new Set(),
  };
  foldInto(pending, n, at);
  return pending;
}

/** Adds a row's contact, tags, note and missing fields to a customer created in this batch. */
export function foldInto(p: Pending, n: NormalisedCustomerRow, at: string): void {
  const c = p.customer;
  Object.assign(c, gaps(c, n));
  for (const t of n.customer.tags) p.tags.add(t);
  if (n.notes) p.notes.add(n.notes);
  const contact = n.contact;
  if (!contact) return;
  const reach = [contact.email, contact.phone].filter((x): x is string => !!x);
  if (reach.some((r) => p.reach.has(r))) return;
  for (const r of reach) p.reach.add(r);
  p.contacts.push(contactRow(c.workspace_id, c.id, contact, p.contacts.length === 0, at));
}

export function contactRow(
  workspaceId: string,
  customerId: string,
  contact: NonNullable<NormalisedCustomerRow['contact']>,
  primary: boolean,
  at: string,
): NewContact {
  const handles: Record<string, string> = {};
  if (contact.whatsapp) handles.whatsapp = contact.whatsapp;
  if (contact.wechat) handles.wechat = contact.wechat;
  return {
    workspace_id: workspaceId,
    id: newId(),
    customer_id: customerId,
    first_name: contact.firstName,
    last_name: contact.lastName,
    native_name: null,
    title: contact.title,
    emails: JSON.stringify(contact.email ? [contact.email] : []),
    phones: JSON.stringify(contact.phone ? [contact.phone] : []),
    handles: JSON.stringify(handles),
    preferred_language: contact.language,
    preferred_channel: null,
    is_primary: primary ? 1 : 0,
    created_at: at,
    updated_at: at,
  };
}

/** Writes the customers created in a batch with everything derived from them. */
export async function writeNew(
  db: Executor,
  created: Pending[],
  customersCreated: CustomersCreated,
): Promise<void> {
  // The zone is derived once the file's rows for the customer are folded in: a later row may
  // bring the state, the city or a phone, the same rules as a customer entered by hand.
  for (const p of created)
    if (p.customer.time_zone_source !== 'user')
      Object.assign(p.customer, zoneColumns({ ...p.customer, phones: phonesOf(p.contacts) }));
  await insertNewCustomers(
    db,
    created.map((p) => ({ customer: p.customer, contacts: p.contacts, tags: p.tags })),
    customersCreated,
  );
}

/**
 * A notes cell as a note on the customer's timeline: dated when the import ran, written by the
 * user who ran it, marked as coming from the import.
 */
export function noteRow(
  owner: ImportOwner,
  customerId: string,
  text: string,
  at: string,
): Activity {
  return {
    workspace_id: owner.workspaceId,
    id: newId(),
    customer_id: customerId,
    contact_id: null,
    type: 'note',
    channel: null,
    // A note has no direction; 'outbound' is what a note logged by hand gets by default.
    direction: 'outbound',
    occurred_at: at,
    summary: text,
    outcome: null,
    author_id: owner.userId,
    created_at: at,
    source: 'import',
    flags: '[]',
  };
}
