import type { Executor } from '../../db/dialect.ts';
import { customerTerms } from '../../domain/search-terms.ts';
import { contactsRepository } from '../contacts/contacts.repository.ts';
import { matchKeysOf } from '../../domain/identity/match-keys.ts';
import { customerKeysRepository, customersRepository } from './customers.repository.ts';

/**
 * Rebuilds what is derived from a customer and its contacts — search terms and duplicate match
 * keys — inside the caller's transaction.
 */
export async function refreshSearchTerms(
  db: Executor,
  workspaceId: string,
  customer: {
    id: string;
    name: string;
    native_name: string | null;
    domain: string | null;
    country: string;
  },
): Promise<void> {
  const contacts = await contactsRepository.listByCustomer(db, workspaceId, customer.id);
  const terms = customerTerms(
    { name: customer.name, nativeName: customer.native_name, domain: customer.domain },
    contacts.map((c) => ({
      firstName: c.first_name,
      lastName: c.last_name,
      nativeName: c.native_name,
      emails: JSON.parse(c.emails) as string[],
      phones: JSON.parse(c.phones) as string[],
    })),
  );
  await customersRepository.setSearchTerms(db, workspaceId, customer.id, terms);
  await customerKeysRepository.replace(
    db,
    workspaceId,
    customer.id,
    matchKeysOf(
      {
        name: customer.name,
        nativeName: customer.native_name,
        country: customer.country,
        domain: customer.domain,
      },
      contacts.map((c) => ({
        emails: JSON.parse(c.emails) as string[],
        phones: JSON.parse(c.phones) as string[],
      })),
    ),
  );
}
