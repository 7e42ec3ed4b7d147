import type { Executor } from '../../db/dialect.ts';
import { addressDomains } from '../../domain/mail/threading.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';

export interface MailMatch {
  customerId: string;
  contactId: string | null;
  /** how: a contact's address, or the customer's web domain */
  by: 'email' | 'domain';
}

/**
 * Which customer a message is about. Participants come in the order that names the other side
 * best (the sender of inbound mail, the recipients of outbound); a contact's address wins over
 * a domain, and the first participant that matches decides. The whole workspace is searched:
 * mail with a colleague's customer is still a touch on that customer.
 */
export async function matchCustomer(
  db: Executor,
  workspaceId: string,
  participants: string[],
): Promise<MailMatch | null> {
  const addresses = [...new Set(participants.map((a) => a.trim().toLowerCase()).filter(Boolean))];
  if (!addresses.length) return null;
  const byEmail = await customerRecords.findByKeys(db, workspaceId, 'email', addresses);
  for (const address of addresses) {
    const hit = byEmail.find((k) => k.key === address);
    if (!hit) continue;
    const contacts = await contactRecords.ofCustomer(db, workspaceId, hit.customer_id);
    const contact = contacts.find((c) =>
      (JSON.parse(c.emails) as string[]).some((e) => e.trim().toLowerCase() === address),
    );
    return { customerId: hit.customer_id, contactId: contact?.id ?? null, by: 'email' };
  }
  const domains = addresses.flatMap(addressDomains);
  const byDomain = await customerRecords.findByKeys(db, workspaceId, 'domain', [
    ...new Set(domains),
  ]);
  for (const domain of domains) {
    const hit = byDomain.find((k) => k.key === domain);
    if (hit) return { customerId: hit.customer_id, contactId: null, by: 'domain' };
  }
  return null;
}
