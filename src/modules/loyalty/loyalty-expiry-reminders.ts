import type { Kysely } from 'kysely';
import type { DB, LoyaltyExpiryReminderTable } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { EXPIRY_REMINDER_DAYS, expiryReminderMail } from '../../domain/loyalty/expiry-reminder.ts';
import { expiringWithin, replay } from '../../domain/loyalty/ledger.ts';
import { chooseStatementLanguage } from '../../domain/loyalty/statement.ts';
import { outgoingMessageId } from '../../domain/mail/outgoing.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import type { MailDeliveryService } from '../mail/delivery.service.ts';
import { MailFailure } from '../mail/mail-sync.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { toEntry } from './loyalty-ledger.ts';
import { loyaltyLedgerRepository } from './loyalty-ledger.repository.ts';
import { loyaltyRemindersRepository as reminders } from './loyalty-reminders.repository.ts';
import { loyaltyStatusRepository } from './loyalty-status.repository.ts';

export const EXPIRY_REMINDERS_JOB = 'loyalty.expiry-reminders';

/**
 * `loyalty.expiry-reminders` (one per workspace, set off nightly with the evaluation): every lot
 * with points left that expires within EXPIRY_REMINDER_DAYS gets one reminder mail, in the
 * customer's primary contact's language, from the customer owner's mailbox through the shared
 * delivery path. **Once per lot**: the lot is claimed (a row keyed by customer and lot) before
 * the mail goes, so a crash after sending never sends it again; a failed send is tried again the
 * next night while the lot lasts. A customer's lots due together go in one mail.
 */
export function expiryReminderJobKind(
  db: Kysely<DB>,
  deps: { delivery: MailDeliveryService; now: () => Date },
): JobKind {
  const run = async (ws: string) => {
    const now = deps.now();
    const today = now.toISOString().slice(0, 10);
    const candidates = await loyaltyStatusRepository.expiringBy(
      db,
      ws,
      addDays(today, EXPIRY_REMINDER_DAYS),
    );
    const done = await reminders.remindedLots(db, ws, candidates);
    const company = (await workspaces.find(db, ws))?.name ?? '';
    for (const customerId of candidates) {
      const state = replay(
        (await loyaltyLedgerRepository.ofCustomer(db, ws, customerId)).map(toEntry),
      );
      // Lots expiring today or before are the evaluation's to expire, not to remind of.
      const lots = expiringWithin(state.lots, today, EXPIRY_REMINDER_DAYS).filter((l) => {
        const status = done.get(`${customerId}:${l.lotSeq}`);
        return l.expiresOn > today && (status === undefined || status === 'failed');
      });
      if (lots.length) await remind(ws, customerId, lots, state.balance, company, now);
    }
  };

  const remind = async (
    ws: string,
    customerId: string,
    lots: ReturnType<typeof expiringWithin>,
    balance: number,
    company: string,
    now: Date,
  ) => {
    const [customer] = await customerRecords.findMany(db, ws, [customerId]);
    if (!customer || customer.deleted_at) return;
    const contact = (await contactRecords.ofCustomer(db, ws, customerId))[0];
    const address = contact && (JSON.parse(contact.emails) as string[])[0];
    const mailbox = await deps.delivery.firstSenderOf(ws, customer.owner_id);
    const sender = mailbox && (await deps.delivery.sender(ws, mailbox.id));
    const locale = chooseStatementLanguage(contact?.preferred_language ?? null, customer.country);
    const status = !address ? 'skipped_no_email' : !sender ? 'skipped_no_mailbox' : 'sending';
    const rows: LoyaltyExpiryReminderTable[] = lots.map((l) => ({
      workspace_id: ws,
      customer_id: customerId,
      lot_seq: l.lotSeq,
      expires_on: l.expiresOn,
      points: l.points,
      contact_id: contact?.id ?? null,
      language: locale,
      status,
      error: null,
      sent_at: null,
      created_at: now.toISOString(),
    }));
    await reminders.claim(db, rows);
    if (!address || !sender || !contact) return;
    const seqs = lots.map((l) => l.lotSeq);
    const owner = await userRecords.findById(db, ws, customer.owner_id);
    const content = expiryReminderMail({
      locale,
      firstName: contact.first_name,
      company,
      lots: lots.map((l) => ({ points: l.points, expiresOn: l.expiresOn })),
      balance,
      senderName: owner?.name ?? '',
    });
    const key = `loyalty-expiry.${customerId}.${seqs.join('-')}`;
    const mail = {
      from: { name: owner?.name ?? '', address: sender.mailbox.address },
      to: { name: [contact.first_name, contact.last_name].filter(Boolean).join(' '), address },
      subject: content.subject,
      text: content.text,
      messageId: outgoingMessageId(key, sender.mailbox.address),
      inReplyTo: null,
      references: [],
      date: now,
    };
    try {
      await deps.delivery.send(sender, mail);
    } catch (err) {
      if (!(err instanceof MailFailure)) throw err;
      await reminders.mark(db, ws, customerId, seqs, { status: 'failed', error: err.code });
      return;
    }
    await db.transaction().execute(async (tx) => {
      await reminders.mark(tx, ws, customerId, seqs, {
        status: 'sent',
        sent_at: now.toISOString(),
      });
      await deps.delivery.recordSent(tx, sender.mailbox, mail, {
        customerId,
        contactId: contact.id,
        key,
      });
    });
  };

  return {
    kind: EXPIRY_REMINDERS_JOB,
    // one workspace at a time: a lot is claimed by one run only
    concurrency: 1,
    run: async (_payload, ctx) => {
      if (ctx.workspaceId) await run(ctx.workspaceId);
    },
  };
}
