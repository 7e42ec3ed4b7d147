import type { Executor } from '../../db/dialect.ts';
import { customerTerms } from '../../domain/search-terms.ts';
import { contactsRepository } from '../contacts/contacts.repository.ts';
import { customersRepository } from './customers.repository.ts';

/** Rebuilds a customer's search terms from its own fields and its contacts, inside the caller's transaction. */
export async function refreshSearchTerms(
  db: Executor,
  workspaceId: string,
  customer: { id: string; name: string; native_name: string | null; domain: string | null },
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
}
