import type { Container } from '../app/container.ts';
import { demoScope } from '../domain/scope.ts';

/**
 * Two campaigns, so the list, the builder and the results have something to show: a draft for
 * the Gulf through the workspace's SMTP account (the admin page lists it), and a campaign to
 * European buyers from the admin's mailbox scheduled for "Tuesday 10:00 where they are" (its
 * recipients queued per country and language). All servers are `.invalid` names: when Tuesday
 * comes, the sends fail with a clear error, nothing leaves the machine.
 */
export async function seedDemoCampaigns(
  services: Container,
  workspaceId: string,
  adminId: string,
  mailboxId: string,
): Promise<void> {
  const scope = { ...demoScope(workspaceId), userId: adminId };
  const templates = (await services.templates.list(scope)).items;
  const template = templates.find((t) => t.name === 'Samples dispatched') ?? templates[0];
  if (!template) return;
  const gulf = await services.segments.create(scope, {
    name: '海湾买家 Gulf buyers',
    filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['sa', 'ae'] }] },
  });
  const europe = await services.segments.create(scope, {
    name: '欧洲买家 European buyers',
    filter: {
      match: 'all',
      conditions: [{ field: 'country', op: 'in', value: ['de', 'fr', 'es', 'it', 'pl'] }],
    },
  });
  // Never tested: a test from the admin page answers "no server with this name", as it should.
  const relay = await services.smtpAccounts.create(scope, {
    name: '营销中继 Marketing relay',
    address: 'news@demo.chuhai.dev',
    fromName: '上海示范进出口 Demo Exports',
    smtpHost: 'smtp.demo-relay.invalid',
    smtpPort: 587,
    smtpTls: 'starttls',
    smtpUsername: 'news@demo.chuhai.dev',
    smtpPassword: 'demo-relay-password',
    // Its return-path mailbox, read for the bounces of its campaigns (never reached in the demo).
    imapHost: 'imap.demo-relay.invalid',
    imapPort: 993,
    imapTls: 'tls',
    imapUsername: 'bounces@demo.chuhai.dev',
    imapPassword: 'demo-relay-password',
  });
  await services.campaigns.create(scope, {
    name: '开斋节问候 Eid greetings (draft)',
    segmentId: gulf.id,
    templateId: template.id,
    smtpAccountId: relay.id,
    schedule: { mode: 'local', weekday: 7, time: '10:00' },
  });
  const spring = await services.campaigns.create(scope, {
    name: '2027 春季新品 Spring catalogue',
    segmentId: europe.id,
    templateId: template.id,
    mailboxId,
    schedule: { mode: 'local', weekday: 2, time: '10:00' },
    perMinute: 20,
  });
  await services.campaigns.schedule(scope, spring.id);
}
