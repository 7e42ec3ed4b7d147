import type { Executor } from '../../db/dialect.ts';
import type { NewContact } from '../../db/schema.ts';
import { matchKeysOf, type MatchKey } from '../../domain/identity/match-keys.ts';
import { customerTokens, ownerToken } from '../../domain/search/tokens.ts';
import { contactsRepository } from './contacts.repository.ts';
import { customerIndexRepository } from './customer-index.repository.ts';
import { customerSearchRepository } from './customer-search.repository.ts';

/** The customer fields its index is derived from. */
export interface IndexedCustomer {
  id: string;
  name: string;
  native_name: string | null;
  domain: string | null;
  country: string;
  owner_id: string;
}

type IndexedContact = Pick<NewContact, 'first_name' | 'last_name' | 'emails' | 'phones'> & {
  native_name?: string | null;
};

/**
 * A customer's index: the search tokens that find it and the match keys that find its duplicates,
 * both derived from the customer and its contacts. One function, so search and dedupe never
 * disagree about what a customer is called.
 */
export function indexOf(
  customer: IndexedCustomer,
  contacts: readonly IndexedContact[],
): { tokens: string[]; keys: MatchKey[] } {
  const people = contacts.map((c) => ({
    firstName: c.first_name,
    lastName: c.last_name ?? null,
    nativeName: c.native_name ?? null,
    emails: JSON.parse(c.emails ?? '[]') as string[],
    phones: JSON.parse(c.phones ?? '[]') as string[],
  }));
  return {
    tokens: [
      ...customerTokens(
        { name: customer.name, nativeName: customer.native_name, domain: customer.domain },
        people,
      ),
      ownerToken(customer.owner_id),
    ],
    keys: matchKeysOf(
      {
        name: customer.name,
        nativeName: customer.native_name,
        country: customer.country,
        domain: customer.domain,
      },
      people,
    ),
  };
}

/** Rebuilds the customer's search document and match keys inside the caller's transaction. */
export async function refreshCustomerIndex(
  db: Executor,
  workspaceId: string,
  customer: IndexedCustomer,
): Promise<void> {
  const contacts = await contactsRepository.listByCustomer(db, workspaceId, customer.id);
  const { tokens, keys } = indexOf(customer, contacts);
  await customerSearchRepository.set(db, workspaceId, customer.id, tokens);
  await customerIndexRepository.setKeys(db, workspaceId, customer.id, keys);
}
