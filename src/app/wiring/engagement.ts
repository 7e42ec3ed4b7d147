import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { CustomerEventsService } from '../../modules/customer-events/customer-events.service.ts';
import { EventResultsService } from '../../modules/customer-events/event-results.service.ts';
import { invitationMailJobKinds } from '../../modules/customer-events/invitation-mail-jobs.ts';
import {
  InvitationMailService,
  type InvitationMailDeps,
} from '../../modules/customer-events/invitation-mail.service.ts';
import { InvitationsService } from '../../modules/customer-events/invitations.service.ts';
import { RsvpService } from '../../modules/customer-events/rsvp.service.ts';
import { GreetingMailService } from '../../modules/greetings/greeting-mail.service.ts';
import { GreetingsService } from '../../modules/greetings/greetings.service.ts';
import { expiryReminderJobKind } from '../../modules/loyalty/loyalty-expiry-reminders.ts';
import { eventAttended } from '../../modules/loyalty/loyalty-records.service.ts';
import { LoyaltyStatementService } from '../../modules/loyalty/loyalty-statement.service.ts';
import { LoyaltyService } from '../../modules/loyalty/loyalty.service.ts';
import { VisaLettersService } from '../../modules/visa-letters/visa-letters.service.ts';
import type { Communication } from './communication.ts';
import type { Foundation } from './foundation.ts';
import type { Sales } from './sales.ts';

/** Keeping relationships warm (docs/events.md, loyalty.md, greetings.md): events, loyalty, greetings. */
export function buildEngagement(db: Kysely<DB>, f: Foundation, s: Sales, c: Communication) {
  const { calendars, now, runner } = f;
  const greetings = new GreetingsService(db, calendars, now);
  // Event invitations and reminders go out through the outbox's delivery, each RSVP link signed
  // (written again for every mail, only its hash stored) and absolute under the public address.
  const invitationMailDeps: InvitationMailDeps = {
    delivery: c.delivery,
    calendars,
    tokens: f.linkSigner,
    publicUrl: c.campaignDeps.publicUrl,
    render: c.templateRender,
    now,
  };
  const invitationMail = new InvitationMailService(db, invitationMailDeps);
  for (const kind of invitationMailJobKinds(db, invitationMailDeps)) runner.define(kind);
  // Points about to expire: one reminder per lot, from the customer owner's mailbox.
  runner.define(expiryReminderJobKind(db, { delivery: c.delivery, now }));
  return {
    greetings,
    // A greeting as a scheduled email: the calendar's occasion, sent through the outbox.
    greetingMail: new GreetingMailService(db, greetings, c.outbox, now),
    customerEvents: new CustomerEventsService(db, now, (tx, ws, id) =>
      invitationMail.replan(tx, ws, id),
    ),
    invitationMail,
    eventResults: new EventResultsService(db, f.exchangeRates),
    // A check-in earns the loyalty programme's event bonus, once per invitation.
    invitations: new InvitationsService(db, {
      calendars,
      activities: f.activities,
      now,
      tokens: f.linkSigner,
      checkedIn: (tx, ws, attended) => eventAttended(tx, ws, attended, now()),
    }),
    rsvp: new RsvpService(db, now),
    visaLetters: new VisaLettersService(db, { browser: s.pdfBrowser, now, box: f.passportBox }),
    loyalty: new LoyaltyService(db, now),
    loyaltyStatements: new LoyaltyStatementService(db, s.pdfBrowser, now),
  };
}
