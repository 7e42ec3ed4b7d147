import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { BouncedAddressesService } from '../../modules/campaigns/bounced-addresses.service.ts';
import { campaignBounceHandler } from '../../modules/campaigns/campaign-bounces.ts';
import type { CampaignDeps } from '../../modules/campaigns/campaign-deps.ts';
import { CampaignResultsService } from '../../modules/campaigns/campaign-results.service.ts';
import { campaignSendJobKind } from '../../modules/campaigns/campaign-send-job.ts';
import { CampaignsService } from '../../modules/campaigns/campaigns.service.ts';
import { UnsubscribeService } from '../../modules/campaigns/unsubscribe.service.ts';
import { MailDeliveryService } from '../../modules/mail/delivery.service.ts';
import { dnsMailResolver } from '../../modules/mail/mail-hosts.ts';
import { MailSyncService } from '../../modules/mail/mail-sync.service.ts';
import { ReturnPathSync } from '../../modules/mail/return-path-sync.ts';
import { MailboxesService } from '../../modules/mail/mailboxes.service.ts';
import { MessagesService } from '../../modules/mail/messages.service.ts';
import { OutboxService } from '../../modules/mail/outbox.service.ts';
import {
  MAIL_REPLY_FOLLOW_UPS,
  replyFollowUpsJobKind,
} from '../../modules/mail/reply-follow-ups.ts';
import { sendJobKind } from '../../modules/mail/send-job.ts';
import { SmtpAccountsService } from '../../modules/mail/smtp-accounts.service.ts';
import { SmtpService } from '../../modules/mail/smtp.service.ts';
import type { RelatedRecords } from '../../modules/templates/related.ts';
import { SendSlotsService } from '../../modules/templates/send-slots.service.ts';
import { TemplateRenderService } from '../../modules/templates/template-render.service.ts';
import { TemplatesService } from '../../modules/templates/templates.service.ts';
import { ticketRecords } from '../../modules/tickets/ticket-records.service.ts';
import type { ContainerOptions } from '../container.ts';
import type { Foundation } from './foundation.ts';
import type { Sales } from './sales.ts';

/**
 * Mail in and out (docs/mail.md, docs/communication.md): mailboxes and their sync, templates in
 * the contact's language, sends at their local time, campaigns with bounces and unsubscribes.
 */
export function buildCommunication(
  db: Kysely<DB>,
  f: Foundation,
  s: Sales,
  opts: ContainerOptions,
) {
  const { calendars, now, runner, secretBox, activities } = f;
  // One rule for the mail servers users name, IMAP and SMTP alike: no private network unless
  // the installation allows it (tests, on-premises servers).
  const mailHosts = {
    allowPrivate: opts.mail?.allowPrivateHosts ?? false,
    resolve: opts.mail?.resolve ?? dnsMailResolver,
  };
  const mailSync = new MailSyncService(db, secretBox, activities, mailHosts);
  // Workspace SMTP accounts' return-path mailboxes, read for their campaigns' bounces.
  const returnPathSync = new ReturnPathSync(db, secretBox, mailSync);
  const smtp = new SmtpService(db, secretBox, mailHosts);
  // What mail may be "about": each read in the caller's scope (out of scope is 404).
  const related: RelatedRecords = {
    deal: (scope, id) => s.deals.get(scope, id),
    quote: (scope, id) => s.quotes.get(scope, id),
    ticket: async (scope, id) => {
      const t = await ticketRecords.findVisible(db, scope, id);
      if (!t) throw AppError.notFound('Ticket');
      return { customerId: t.customer_id, number: t.number, subject: t.subject };
    },
  };
  const templateRender = new TemplateRenderService(db, calendars, related);
  const sendSlots = new SendSlotsService(db, calendars);
  const delivery = new MailDeliveryService(db, smtp, activities);
  const mailSend = sendJobKind(db, delivery, now, (scope, id) => s.quoteFlow.pdf(scope, id));
  // Campaigns send through the same mailbox path as the outbox; unsubscribe links are HMAC
  // tokens like survey links, absolute under the app's public address.
  const campaignDeps: CampaignDeps = {
    calendars,
    render: templateRender,
    delivery,
    tokens: f.surveyTokens,
    publicUrl: opts.mail?.publicUrl ?? 'http://localhost:3000',
    now,
  };
  const campaigns = new CampaignsService(db, campaignDeps);
  runner.define(campaignSendJobKind(db, campaignDeps));
  // Bounces (delivery reports) found by the mail sync mark campaign recipients and addresses.
  mailSync.onDeliveryReport(campaignBounceHandler(now));
  // Inbound mail unanswered after N business hours of the customer's calendar: a follow-up.
  runner.define(replyFollowUpsJobKind(db, { calendars, now }));
  runner.schedule({
    name: MAIL_REPLY_FOLLOW_UPS,
    cron: '7,22,37,52 * * * *',
    timeZone: 'UTC',
    kind: MAIL_REPLY_FOLLOW_UPS,
  });
  return {
    mailSend,
    delivery,
    campaignDeps,
    templates: new TemplatesService(db),
    templateRender,
    sendSlots,
    mailSync,
    mailboxes: new MailboxesService(db, secretBox, mailSync, smtp),
    // Workspace SMTP accounts for campaigns: sealed like mailbox passwords, under the same key.
    smtpAccounts: new SmtpAccountsService(db, secretBox, smtp, returnPathSync),
    returnPathSync,
    // Outgoing mail reads the clock the tests set, so "their morning" is planned from a fixed day.
    outbox: new OutboxService(db, {
      render: templateRender,
      slots: sendSlots,
      now,
      quote: (scope, id) => s.quotes.get(scope, id),
      related,
    }),
    messages: new MessagesService(db, related),
    campaigns,
    campaignResults: new CampaignResultsService(db, campaigns, campaignDeps),
    bouncedAddresses: new BouncedAddressesService(db),
    unsubscribe: new UnsubscribeService(db, f.surveyTokens, now),
  };
}

export type Communication = ReturnType<typeof buildCommunication>;
