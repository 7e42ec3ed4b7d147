import type { Container } from '../app/container.ts';
import { AppError } from '../domain/errors.ts';
import { demoScope } from '../domain/scope.ts';

/**
 * The admin's demo mailbox and two scheduled messages, so the outbox and the composer have
 * something to show. The servers are `.invalid` names (RFC 2606): nothing is ever sent from a
 * demo; when a message's time comes its send fails with "no server with this name was found".
 */
export async function seedDemoOutbox(
  services: Container,
  workspaceId: string,
  adminId: string,
): Promise<string> {
  const scope = { ...demoScope(workspaceId), userId: adminId };
  const mailbox = await services.mailboxes.create(scope, {
    address: 'admin@demo.chuhai.dev',
    imapHost: 'imap.demo-mail.invalid',
    imapPort: 993,
    imapTls: 'tls',
    imapUsername: 'admin@demo.chuhai.dev',
    imapPassword: 'demo-not-a-real-password',
    smtpHost: 'smtp.demo-mail.invalid',
    smtpPort: 465,
    smtpTls: 'tls',
    smtpUsername: 'admin@demo.chuhai.dev',
    smtpPassword: 'demo-not-a-real-password',
    syncSince: '2026-01-01',
    // A folder beyond INBOX and Sent (mailbox settings → Folders shows it as chosen).
    folders: ['Customers/Gulf'],
  });
  const samples = (await services.templates.list(scope)).items.find(
    (t) => t.name === 'Samples dispatched',
  );
  // Riyadh for "their morning" across the Friday–Saturday weekend; Germany at a chosen time.
  const plans = [
    { country: 'SA', sendAt: 'local-morning' },
    { country: 'DE', sendAt: new Date(Date.now() + 3 * 86_400_000).toISOString() },
  ];
  for (const plan of plans) {
    const { items } = await services.customers.list(scope, { country: plan.country, limit: 20 });
    for (const customer of items) {
      const contact = (await services.contacts.listForCustomer(scope, customer.id)).find(
        (c) => c.emails.length,
      );
      if (!contact || !customer.timeZone) continue;
      await services.outbox.compose(scope, {
        mailboxId: mailbox.id,
        contactId: contact.id,
        ...(samples ? { templateId: samples.id } : { subject: 'Samples', body: 'Samples sent.' }),
        sendAt: plan.sendAt,
      });
      break;
    }
  }
  await seedGreetingMail(services, scope);
  return mailbox.id;
}

/**
 * A greeting from the calendar scheduled as an email (09:30 on the contact's clock): the first
 * occasion whose customer has a contact with an address. A demo without one simply has none.
 */
async function seedGreetingMail(services: Container, scope: ReturnType<typeof demoScope>) {
  const { items } = await services.greetings.list(scope, { days: 30 });
  let tries = 0;
  for (const g of items) {
    // A festival of many customers: its most valuable one (the list's first).
    const customer = g.customers[0];
    if (!customer || ++tries > 10) continue;
    const body = { key: g.key, date: g.date, ...(g.contact ? { contactId: g.contact.id } : {}) };
    const done = await services.greetingMail.schedule(scope, customer.id, body).then(
      () => true,
      // A contact without an address, say: try the next occasion.
      (err: unknown) => {
        if (err instanceof AppError && err.status < 500) return false;
        throw err;
      },
    );
    if (done) return;
  }
}
