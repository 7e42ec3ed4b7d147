import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { customerZone } from '../../domain/calendar/customer-zone.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import {
  businessHoursAfter,
  REPLY_WITHIN_BUSINESS_HOURS,
} from '../../domain/communication/reply-due.ts';
import type { Recipient } from '../../domain/communication/send-slots.ts';
import { systemScope } from '../../domain/scope.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countrySettings } from '../countries/country-settings.service.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';
import {
  replyFollowUpsRepository as repo,
  type UnansweredRow,
} from './reply-follow-ups.repository.ts';

export const MAIL_REPLY_FOLLOW_UPS = 'mail.reply-follow-ups';
// Mail older than this is history, not a reply owed: a first sync of years of mail opens nothing.
const LOOK_BACK_MS = 14 * 24 * 3600_000;
const BATCH = 500;

export interface ReplyFollowUpDeps {
  calendars: CalendarProvider;
  now: () => Date;
  /** business hours of the customer's calendar before an unanswered mail gets a follow-up */
  hours?: number;
}

/**
 * `mail.reply-follow-ups`: inbound mail from a customer that nobody answered within N business
 * hours of the customer's calendar (their working hours, weekend and holidays; `businessHoursAfter`)
 * opens a follow-up for the customer's owner, due on the customer's today, naming the mail. One
 * per thread at a time; a reply in the thread (synced or sent by Chuhai) closes it as done.
 */
export function replyFollowUpsJobKind(db: Kysely<DB>, deps: ReplyFollowUpDeps): JobKind {
  const hours = deps.hours ?? REPLY_WITHIN_BUSINESS_HOURS;

  const recipientOf = async (m: UnansweredRow): Promise<Recipient> => {
    const settings = await countrySettings(db, m.workspace_id, m.country);
    return {
      calendar: await deps.calendars.calendar(db, m.workspace_id, m.country, m.region, 'en'),
      timeZone:
        m.time_zone ?? customerZone({ country: m.country, region: m.region })?.zone ?? 'UTC',
      hours:
        settings?.work_start && settings.work_end
          ? { start: settings.work_start, end: settings.work_end }
          : { start: '09:00', end: '18:00' },
    };
  };

  const open = async (m: UnansweredRow, r: Recipient) =>
    db.transaction().execute(async (tx) => {
      const subject = m.subject || '(no subject)';
      const id = await datedFollowUps.plan(tx, systemScope(m.workspace_id), {
        customerId: m.customer_id,
        assigneeId: m.owner_id,
        dueDate: localDate(deps.now(), r.timeZone),
        reason: {
          en: `Unanswered email for ${hours} business hours: ${subject}`,
          zh: `邮件已 ${hours} 个工作小时未回复：${subject}`,
        },
        note: `${m.from_address}: ${subject}`.slice(0, 1000),
      });
      await repo.mark(tx, m.workspace_id, m.id, { follow_up_state: 'opened', follow_up_id: id });
    });

  return {
    kind: MAIL_REPLY_FOLLOW_UPS,
    run: async () => {
      const now = deps.now();
      // Answered since: the follow-up is done (the reply did what it asked).
      for (const m of await repo.answeredSince(db, BATCH))
        await db.transaction().execute(async (tx) => {
          if (m.follow_up_id)
            await datedFollowUps.complete(tx, systemScope(m.workspace_id), m.follow_up_id);
          await repo.mark(tx, m.workspace_id, m.id, { follow_up_state: 'answered' });
        });
      const since = new Date(now.getTime() - LOOK_BACK_MS).toISOString();
      const threads = new Set<string>();
      for (const m of await repo.unanswered(db, since, BATCH)) {
        // The same mail synced from two colleagues' mailboxes is one thread, one follow-up.
        const key = `${m.workspace_id}|${m.thread_id}`;
        if (threads.has(key)) continue;
        const r = await recipientOf(m);
        if (businessHoursAfter(r, new Date(m.sent_at), hours) > now) continue;
        threads.add(key);
        await open(m, r);
      }
    },
  };
}
