import type { Insertable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Customer, CustomerKeyTable, MatchKind, NewContact } from '../../db/schema.ts';
import { defaultCurrency, defaultTimeZone } from '../../domain/countries.ts';
import { newId } from '../../domain/ids.ts';
import { matchKeysOf } from '../../domain/identity/match-keys.ts';
import type { NormalisedCustomerRow } from '../../domain/import/normalise-customer-row.ts';
import { customerTerms } from '../../domain/search-terms.ts';
import { contactsRepository } from '../contacts/contacts.repository.ts';
import {
  customerKeysRepository,
  customersRepository,
  NOT_YET_DERIVED,
  insertSearchTermRows,
  insertTagRows,
} from '../customers/customers.repository.ts';

// The rows an imported customer becomes: the customer, its contacts, tags, search terms and
// match keys. Built here, decided on in customer-import.ts.

export const KINDS: MatchKind[] = ['domain', 'email', 'phone', 'name'];

export interface Pending {
  customer: Customer;
  tags: Set<string>;
  contacts: NewContact[];
  /** the contacts' emails and phones, to add a person once */
  reach: Set<string>;
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
  const customer: Customer = {
    workspace_id: owner.workspaceId,
    id: newId(),
    name: c.name,
    native_name: c.nativeName,
    country: c.country,
    region: c.region,
    city: c.city,
    website: c.website,
    domain: c.domain,
    industry: c.industry,
    size: c.size,
    languages: '[]',
    time_zone: defaultTimeZone(c.country),
    currency: defaultCurrency(c.country),
    stage: (c.stage ?? 'lead') as Customer['stage'],
    tier: c.tier as Customer['tier'],
    source: c.source,
    owner_id: owner.userId,
    team_id: owner.teamId,
    custom_fields: '{}',
    created_at: at,
    updated_at: at,
    ...NOT_YET_DERIVED,
  };
  const pending: Pending = { customer, tags: new Set(c.tags), contacts: [], reach: new Set() };
  foldInto(pending, n, at);
  return pending;
}

/** Adds a row's contact, tags and missing fields to a customer created in this batch. */
export function foldInto(p: Pending, n: NormalisedCustomerRow, at: string): void {
  const c = p.customer;
  Object.assign(c, gaps(c, n));
  for (const t of n.customer.tags) p.tags.add(t);
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
    preferred_language: null,
    preferred_channel: null,
    is_primary: primary ? 1 : 0,
    created_at: at,
    updated_at: at,
  };
}

/** Writes the customers created in a batch with everything derived from them. */
export async function writeNew(db: Executor, ws: string, created: Pending[]): Promise<void> {
  if (!created.length) return;
  const terms: { workspace_id: string; customer_id: string; term: string }[] = [];
  const tags: { workspace_id: string; customer_id: string; tag: string }[] = [];
  const keys: Insertable<CustomerKeyTable>[] = [];
  for (const p of created) {
    const c = p.customer;
    const contacts = p.contacts.map((x) => ({
      firstName: x.first_name,
      lastName: x.last_name ?? null,
      nativeName: null,
      emails: JSON.parse(x.emails) as string[],
      phones: JSON.parse(x.phones) as string[],
    }));
    for (const term of customerTerms(
      { name: c.name, nativeName: c.native_name, domain: c.domain },
      contacts,
    ))
      terms.push({ workspace_id: ws, customer_id: c.id, term });
    for (const k of matchKeysOf(
      { name: c.name, nativeName: c.native_name, country: c.country, domain: c.domain },
      contacts,
    ))
      keys.push({ workspace_id: ws, customer_id: c.id, ...k });
    for (const tag of p.tags) tags.push({ workspace_id: ws, customer_id: c.id, tag });
  }
  await customersRepository.insertMany(
    db,
    created.map((p) => p.customer),
  );
  await contactsRepository.insertMany(
    db,
    created.flatMap((p) => p.contacts),
  );
  await insertSearchTermRows(db, terms);
  await insertTagRows(db, tags);
  await customerKeysRepository.insertMany(db, keys);
}
