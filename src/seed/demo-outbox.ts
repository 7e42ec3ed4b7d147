import type { Container } from '../app/container.ts';
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
  return mailbox.id;
}
