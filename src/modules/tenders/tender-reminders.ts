import type { Executor } from '../../db/dialect.ts';
import type { TenderResult } from '../../db/schema.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import type { Scope } from '../../domain/scope.ts';
import { reminderDate, type BusinessDays } from '../../domain/sales/tender-deadline.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';

export interface HomeOffice {
  country: string;
  timeZone: string;
  calendar: BusinessDays;
}

export interface ReminderSubject {
  reference: string;
  title: string;
  customer_id: string;
  owner_id: string;
  submission_deadline: string;
  clarification_deadline: string | null;
  deadline_time_zone: string;
  result: TenderResult | null;
  reminder_business_days: number;
  submission_follow_up_id: string | null;
  clarification_follow_up_id: string | null;
}

const KINDS = {
  submission: { en: 'submission', zh: '递交' },
  clarification: { en: 'clarification', zh: '澄清' },
} as const;

const wall = (instant: string, zone: string) => {
  const p = localParts(new Date(instant), zone);
  return `${p.date} ${p.time}`;
};

/**
 * Keeps a tender's deadline reminders in step with it: a follow-up for the buyer's owner
 * `reminder_business_days` business days before each deadline, counted back in the HOME OFFICE's
 * calendar (the office prepares the bid: a deadline on 8 October 2026 warns a Chinese exporter
 * on 23 September, before the National Day week). A changed deadline moves its follow-up; a
 * result, or a deadline taken away, cancels it; a deadline already past leaves it as it is.
 * Answers the follow-up ids to keep on the tender.
 */
export async function syncReminders(
  db: Executor,
  scope: Scope,
  t: ReminderSubject,
  home: HomeOffice,
  now: Date,
): Promise<{ submission: string | null; clarification: string | null }> {
  const today = localParts(now, home.timeZone).date;
  const sync = async (kind: keyof typeof KINDS, deadline: string | null, id: string | null) => {
    if (t.result !== null || deadline === null) {
      await datedFollowUps.cancel(db, scope, id);
      return id;
    }
    const homeDate = localParts(new Date(deadline), home.timeZone).date;
    const plan = reminderDate(home.calendar, homeDate, t.reminder_business_days, today);
    if (!plan) return id;
    const n = t.reminder_business_days;
    const label = KINDS[kind];
    const buyer = `${wall(deadline, t.deadline_time_zone)} (${t.deadline_time_zone})`;
    const office = wall(deadline, home.timeZone);
    return datedFollowUps.move(db, scope, id, {
      customerId: t.customer_id,
      assigneeId: t.owner_id,
      dueDate: plan.date,
      note: null,
      reason: {
        en:
          `Tender ${t.reference} “${t.title}”: ${label.en} deadline ${buyer}, ${office} at the home office. ` +
          `Reminder ${n} business days before, in the home office’s calendar (${home.country})` +
          (plan.shortened ? '; fewer business days were left, so it is due today' : ''),
        zh:
          `投标 ${t.reference}“${t.title}”：${label.zh}截止 ${buyer}，即总部时间 ${office}。` +
          `按总部（${home.country}）工作日历提前 ${n} 个工作日提醒` +
          (plan.shortened ? '；剩余工作日不足，今天就要处理' : ''),
      },
    });
  };
  return {
    submission: await sync('submission', t.submission_deadline, t.submission_follow_up_id),
    clarification: await sync(
      'clarification',
      t.clarification_deadline,
      t.clarification_follow_up_id,
    ),
  };
}
