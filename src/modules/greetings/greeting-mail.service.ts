import type { Kysely } from 'kysely';
import type { Contact, DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { chooseTemplateLanguage } from '../../domain/communication/language.ts';
import { OCCASIONS, type OccasionKey } from '../../domain/greetings/catalogue.ts';
import { greetingSendTime } from '../../domain/greetings/greeting-send.ts';
import {
  GREETING_LANGUAGES,
  greetingText,
  type GreetingLanguage,
} from '../../domain/greetings/greeting-texts.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import type { OutboxService } from '../mail/outbox.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { GreetingMailBody, GreetingMailOut } from './greetings.schemas.ts';
import type { GreetingsService } from './greetings.service.ts';

/** How far back an occasion may still be greeted belatedly (GET /greetings looks ahead only). */
const BELATED_DAYS = 14;
/** As far ahead as GET /greetings looks. */
const AHEAD_DAYS = 60;

const fullName = (c: Contact) => [c.first_name, c.last_name].filter(Boolean).join(' ');
const emailOf = (c: Contact) => (JSON.parse(c.emails) as string[])[0];

/**
 * A greeting from the calendar as an email at the contact's local morning, through the outbox
 * (the same row, job and audit as POST /messages with an instant): nothing is sent here.
 */
export class GreetingMailService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly greetings: GreetingsService,
    private readonly outbox: OutboxService,
    private readonly now: () => Date,
  ) {}

  async schedule(
    scope: Scope,
    customerId: string,
    body: GreetingMailBody,
  ): Promise<GreetingMailOut> {
    // The customer first: outside the caller's scope nothing else is looked at or told.
    const customer = await customerRecords.findVisible(this.db, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    const now = this.now();
    const today = localParts(now, ws.home_time_zone).date;

    const contacts = await contactRecords.ofCustomer(this.db, scope.workspaceId, customer.id);
    const contact = this.pick(contacts, body);
    const unknown = () => AppError.validation([fieldError('/key', 'greeting_occasion_unknown')]);
    if (!(body.key in OCCASIONS)) throw unknown();
    const key = body.key as OccasionKey;
    if (body.date < addDays(today, -BELATED_DAYS) || body.date > addDays(today, AHEAD_DAYS))
      throw unknown();
    // The occasion as the calendar computes it (its greeting day too): a window from today, or
    // from the day itself when it has passed, to the day.
    const from = body.date < today ? body.date : today;
    const people = contacts.map((c) => ({ id: c.id, name: fullName(c), birthday: c.birthday }));
    const found = (
      await this.greetings.occasionsOf(scope.workspaceId, customer, people, from, body.date)
    ).find(
      (o) =>
        o.key === key &&
        o.date === body.date &&
        (key !== 'birthday' || o.contactId === (body.contactId ?? o.contactId)),
    );
    if (!found) throw unknown();
    const to = key === 'birthday' ? contacts.find((c) => c.id === found.contactId) : contact;
    if (!to) throw AppError.validation([fieldError('/contactId', 'greeting_no_contact')]);
    const email = emailOf(to);
    if (!email) throw AppError.validation([fieldError('/contactId', 'contact_no_email')]);
    if (!(await this.outbox.hasMailbox(scope)))
      throw AppError.validation([fieldError('/mailbox', 'greeting_no_mailbox')]);

    // Their clock: the customer's zone (contacts have none of their own); the home office's
    // when the zone data does not know the place.
    const zone = customer.time_zone ?? ws.home_time_zone;
    const send = greetingSendTime(found.greetOn, zone, now);
    const sendAt = send.at.toISOString();
    const compose = { contactId: to.id, sendAt };
    let written: { language: GreetingLanguage; reason: GreetingMailOut['languageReason'] } | null =
      null;
    let message;
    if (body.templateId) {
      message = await this.outbox.compose(scope, { ...compose, templateId: body.templateId });
    } else {
      const choice = chooseTemplateLanguage({
        available: [...GREETING_LANGUAGES],
        contactLanguage: to.preferred_language,
        country: customer.country,
        workspaceDefault: 'en',
      })!;
      const language = choice.language as GreetingLanguage;
      written = { language, reason: choice.reason };
      const sender = await userRecords.findById(this.db, scope.workspaceId, scope.userId);
      const text = greetingText(
        language,
        key,
        { name: fullName(to) },
        { name: sender?.name ?? null },
      );
      message = await this.outbox.compose(
        scope,
        { ...compose, subject: text.subject, body: text.body },
        { language },
      );
    }
    const home = localParts(send.at, ws.home_time_zone);
    return {
      messageId: message.id,
      contact: { id: to.id, name: fullName(to), email },
      subject: message.subject ?? '',
      language: message.outgoing?.language ?? written?.language ?? 'en',
      text: body.templateId ? 'template' : 'built-in',
      languageReason: message.outgoing?.languageReason ?? written?.reason ?? null,
      sendAt,
      theirs: { ...send.local, timeZone: zone },
      ours: { date: home.date, time: home.time, timeZone: ws.home_time_zone },
      moved: send.moved,
    };
  }

  /**
   * The contact named (one of this customer's); else the primary contact when they have an
   * address, else the first who has one; else the primary (who is then told to have none).
   */
  private pick(contacts: Contact[], body: GreetingMailBody): Contact | undefined {
    if (body.contactId) {
      const named = contacts.find((c) => c.id === body.contactId);
      if (!named) throw AppError.notFound('Contact');
      return named;
    }
    const primary = contacts.find((c) => c.is_primary === 1);
    return (
      (primary && emailOf(primary) ? primary : undefined) ??
      contacts.find((c) => emailOf(c)) ??
      primary ??
      contacts[0]
    );
  }
}
