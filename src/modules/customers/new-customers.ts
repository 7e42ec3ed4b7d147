import type { Executor } from '../../db/dialect.ts';
import type { Customer, NewContact } from '../../db/schema.ts';
import { defaultCurrency } from '../../domain/countries.ts';
import type { Stage, Tier } from '../../domain/enums.ts';
import { newId } from '../../domain/ids.ts';
import { indexOf } from './customer-index.ts';
import { zoneColumns } from './customer-zones.ts';
import { contactsRepository } from './contacts.repository.ts';
import { customerIndexRepository } from './customer-index.repository.ts';
import { customerSearchRepository, type SearchDoc } from './customer-search.repository.ts';
import { customersRepository } from './customers.repository.ts';

/** What a new customer is made of, already checked and normalised by whoever creates it. */
export interface NewCustomerFields {
  name: string;
  nativeName?: string | null;
  country: string;
  region?: string | null;
  city?: string | null;
  website?: string | null;
  domain?: string | null;
  industry?: string | null;
  /** a listed company size; imports keep what the sheet says */
  size?: string | null;
  languages?: string[];
  /** a zone a person or a file named; otherwise derived from region, city, phones, country */
  timeZone?: string | null;
  /** the contacts' phones (E.164), the primary contact's first, for the area-code rule */
  phones?: readonly string[];
  currency?: string | null;
  stage?: Stage;
  tier?: Tier | null;
  source?: string | null;
  ownerId: string;
  teamId: string | null;
  customFields?: Record<string, unknown>;
  foundedOn?: string | null;
  customerSince?: string | null;
}

/**
 * The one place a customer row is built — by the API, the import and the demo seed — so defaults
 * (the zone from the place and phones, currency from the country, stage `lead`) and the columns kept later by touches,
 * health, orders and value classification start the same way everywhere.
 */
export function newCustomerRow(
  workspaceId: string,
  f: NewCustomerFields,
  at: string,
  id: string = newId(),
): Customer {
  return {
    workspace_id: workspaceId,
    id,
    name: f.name,
    native_name: f.nativeName ?? null,
    country: f.country,
    region: f.region ?? null,
    city: f.city ?? null,
    website: f.website ?? null,
    domain: f.domain ?? null,
    industry: f.industry ?? null,
    size: f.size ?? null,
    languages: JSON.stringify(f.languages ?? []),
    ...zoneColumns(f, f.timeZone),
    currency: f.currency ?? defaultCurrency(f.country),
    stage: f.stage ?? 'lead',
    tier: f.tier ?? null,
    source: f.source ?? null,
    owner_id: f.ownerId,
    team_id: f.teamId,
    custom_fields: JSON.stringify(f.customFields ?? {}),
    founded_on: f.foundedOn ?? null,
    customer_since: f.customerSince ?? null,
    created_at: at,
    updated_at: at,
    deleted_at: null,
    last_touch_at: null,
    last_outbound_at: null,
    health_score: null,
    lead_score: null,
    churn_score: null,
    churn_reasons: null,
    churn_as_of: null,
    tier_locked: 0,
    rfm: null,
    revenue_minor: null,
    last_order_date: null,
    recent_orders: 0,
    order_interval_days: null,
  };
}

/**
 * What follows the creation of customers in another module, inside the creator's transaction:
 * their first follow-up (relationship planning). Passed in by the composition root, because
 * that module builds on this one and cannot be imported from here.
 */
export type CustomersCreated = (
  db: Executor,
  customers: Pick<Customer, 'workspace_id' | 'id'>[],
  /** set when an import created them: sanctions screening lists its hits in the import's report */
  context?: { importId?: string },
) => Promise<void>;

export interface NewCustomerBatchItem {
  customer: Customer;
  contacts: NewContact[];
  tags: Iterable<string>;
}

/**
 * Writes customers created together (an import batch, the seed) with their contacts, tags and
 * index in a few multi-row statements, then what follows creation (`created`), inside the
 * caller's transaction.
 */
export async function insertNewCustomers(
  db: Executor,
  items: readonly NewCustomerBatchItem[],
  created: CustomersCreated,
): Promise<void> {
  if (!items.length) return;
  const docs: SearchDoc[] = [];
  const tags: { workspace_id: string; customer_id: string; tag: string }[] = [];
  const keyRows: Parameters<typeof customerIndexRepository.insertMany>[1] = [];
  for (const { customer: c, contacts, tags: own } of items) {
    const ws = c.workspace_id;
    const index = indexOf(c, contacts);
    docs.push({ workspace_id: ws, customer_id: c.id, tokens: index.tokens });
    for (const k of index.keys) keyRows.push({ workspace_id: ws, customer_id: c.id, ...k });
    for (const tag of own) tags.push({ workspace_id: ws, customer_id: c.id, tag });
  }
  await customersRepository.insertMany(
    db,
    items.map((i) => i.customer),
  );
  await contactsRepository.insertMany(
    db,
    items.flatMap((i) => i.contacts),
  );
  await customersRepository.insertTags(db, tags);
  await customerSearchRepository.insertMany(db, docs);
  await customerIndexRepository.insertMany(db, keyRows);
  await created(
    db,
    items.map((i) => i.customer),
  );
}
