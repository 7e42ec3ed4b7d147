import type { Executor } from '../../db/dialect.ts';
import type { Contact, Customer } from '../../db/schema.ts';
import { customerZone, type CustomerPlace } from '../../domain/calendar/customer-zone.ts';
import { contactsRepository } from './contacts.repository.ts';
import { customersRepository } from './customers.repository.ts';

type ZoneColumns = Pick<Customer, 'time_zone' | 'time_zone_source'>;

/** A zone a person (or a file) named wins; otherwise the zone the record's place and phones give. */
export function zoneColumns(place: CustomerPlace, chosen?: string | null): ZoneColumns {
  if (chosen) return { time_zone: chosen, time_zone_source: 'user' };
  const derived = customerZone(place);
  return { time_zone: derived?.zone ?? null, time_zone_source: derived?.source ?? null };
}

/** The contacts' numbers, the primary contact's first: what the phone rule reads. */
export function phonesOf(contacts: readonly Pick<Contact, 'phones' | 'is_primary'>[]): string[] {
  return [...contacts]
    .sort((a, b) => b.is_primary - a.is_primary)
    .flatMap((c) => JSON.parse(c.phones) as string[]);
}

/** The customer's contacts' phones, read inside the caller's transaction. */
export async function customerPhones(
  db: Executor,
  workspaceId: string,
  customerId: string,
): Promise<string[]> {
  return phonesOf(await contactsRepository.listByCustomer(db, workspaceId, customerId));
}

/**
 * Derives the zone again after the place or the phones changed, unless a person chose it.
 * Returns the columns written (empty when nothing changed).
 */
export async function refreshCustomerZone(
  db: Executor,
  customer: Customer,
): Promise<Partial<ZoneColumns>> {
  if (customer.time_zone_source === 'user') return {};
  const phones = await customerPhones(db, customer.workspace_id, customer.id);
  const next = zoneColumns({ ...customer, phones });
  if (next.time_zone === customer.time_zone && next.time_zone_source === customer.time_zone_source)
    return {};
  await customersRepository.update(db, customer.workspace_id, customer.id, next);
  return next;
}
