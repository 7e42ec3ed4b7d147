import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, TicketForm } from '../../db/schema.ts';
import { normaliseCustomerRow } from '../../domain/import/normalise-customer-row.ts';
import { guessCountry, portalLanguage } from '../../domain/service/portal-language.ts';
import { systemScope } from '../../domain/scope.ts';
import { AppError, problemAt } from '../../http/errors.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { ContactsService } from '../customers/contacts.service.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import type { CustomersService } from '../customers/customers.service.ts';
import { RateLimit } from '../rate-limits/rate-limits.service.ts';
import type { TicketsService } from '../tickets/tickets.service.ts';
import { newToken, portalPath } from './portal-token.ts';
import type { SubmitBody } from './ticket-portal.schemas.ts';
import type { TicketPortalService } from './ticket-portal.service.ts';

/**
 * Takes a public "new ticket" form: finds who wrote (the contact with that email, else the
 * customer of that email's company domain, else a new lead customer and contact, as lead
 * capture does), opens the ticket on the web channel and answers the portal link to follow it.
 */
export class TicketFormSubmissions {
  // Ten tickets an hour per address and form: a customer with a real problem stays well under.
  private readonly throttle: RateLimit;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly services: {
      auth: AuthService;
      customers: CustomersService;
      contacts: ContactsService;
      tickets: TicketsService;
      portal: TicketPortalService;
    },
  ) {
    this.throttle = new RateLimit(db, 'ticket-form', { maxAttempts: 10, windowMs: 3_600_000 });
  }

  async submit(form: TicketForm, body: SubmitBody, address: string) {
    const key = `${form.id}|${address}`;
    const wait = await this.throttle.retryAfter(key);
    if (wait) throw new AppError(429, 'Too many submissions', `Try again in ${wait} s`);
    await this.throttle.record(key);
    // A robot filled the hidden field: it gets an answer of the usual shape that leads nowhere.
    if (body.website_url)
      return {
        received: true,
        number: `T-${String(randomInt(1, 999_999)).padStart(6, '0')}`,
        portalUrl: portalPath(newToken(form.workspace_id).token),
      };
    const language = body.language ? portalLanguage([body.language]) : null;
    const country = body.country?.trim() || guessCountry(body.email, body.language) || '';
    const { row, problems } = normaliseCustomerRow(
      {
        name: body.company?.trim() || body.name,
        country,
        contactName: body.name,
        email: body.email,
      },
      { source: `ticket form: ${form.name}` },
    );
    if (!row)
      throw AppError.validation(
        problems.map((p) =>
          problemAt(
            `/${p.field === 'name' ? 'company' : p.field === 'contactName' ? 'name' : p.field}`,
            p,
          ),
        ),
      );
    const { auth, customers, contacts, tickets, portal } = this.services;
    const owner = await auth.scopeFor(form.workspace_id, form.owner_id);
    if (!owner) throw new AppError(503, 'Form unavailable', 'The form’s owner is inactive');
    const email = body.email.trim().toLowerCase();
    const who = await this.db.transaction().execute(async (tx) => {
      const [byEmail] = await customerRecords.findByKeys(tx, form.workspace_id, 'email', [email]);
      if (byEmail) {
        const all = await contactRecords.ofCustomer(tx, form.workspace_id, byEmail.customer_id);
        const contact = all.find((c) =>
          (JSON.parse(c.emails) as string[]).some((e) => e.toLowerCase() === email),
        );
        return { customerId: byEmail.customer_id, contactId: contact?.id ?? null };
      }
      const domain = row.keys.domain;
      const [byDomain] = domain
        ? await customerRecords.findByKeys(tx, form.workspace_id, 'domain', [domain])
        : [];
      // A known company: the ticket is theirs; the sender stays a name on the ticket until a
      // rep adds them as a contact (public input never edits a known customer's contacts).
      if (byDomain) return { customerId: byDomain.customer_id, contactId: null };
      const customerId = await customers.createIn(tx, owner, {
        name: row.customer.name,
        country: row.customer.country,
        domain: row.customer.domain ?? undefined,
        stage: 'lead',
        source: `ticket form: ${form.name}`,
      });
      const c = row.contact!;
      const contactId = await contacts.createIn(tx, owner, customerId, {
        firstName: c.firstName,
        lastName: c.lastName,
        emails: [email],
        preferredLanguage: language,
      });
      return { customerId, contactId };
    });
    const system = systemScope(form.workspace_id);
    const ticket = await tickets.create(system, {
      customerId: who.customerId,
      contactId: who.contactId,
      subject: body.subject.trim(),
      // Staff see who wrote when the sender is not (yet) a contact of the customer.
      description: who.contactId
        ? body.description
        : `${body.name.trim()} <${email}>\n\n${body.description}`,
      channel: 'web',
      type: form.default_type,
      priority: form.default_priority,
    });
    const link = await this.db
      .transaction()
      .execute((tx) => portal.issueIn(tx, system, ticket.id, language));
    return { received: true, number: ticket.number, portalUrl: link.url };
  }
}
