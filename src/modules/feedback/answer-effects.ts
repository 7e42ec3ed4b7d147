import type { Executor } from '../../db/dialect.ts';
import type { Customer, Survey } from '../../db/schema.ts';
import { addBusinessDays } from '../../domain/automations/rules.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { DETRACTOR_FOLLOW_UP_DAYS } from '../../domain/service/feedback.ts';
import type { Scope } from '../../domain/scope.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';
import { zoneOf } from '../relationship/planning.service.ts';

/** "Spanish (es)": a comment's language named in English, as the timeline shows it. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

export interface Answered {
  survey: Survey;
  score: number;
  comment: string | null;
  language: string;
  changed: boolean;
  at: Date;
}

/**
 * The answer on the customer's timeline, in the customer's own words and language (named, never
 * translated): an inbound message from the survey, logged for the customer's owner. Logging it
 * refreshes the health score, which by then counts this answer if it is poor.
 */
export async function logAnswer(
  tx: Executor,
  owner: Scope,
  activities: ActivitiesService,
  a: Answered,
): Promise<void> {
  const kind = a.survey.kind === 'nps' ? 'NPS' : 'CSAT';
  const scale = a.survey.kind === 'nps' ? 10 : 5;
  const about = a.survey.subject ? ` — ${a.survey.subject}` : '';
  const words = a.comment ? `: “${a.comment}” [${languageName(a.language)}]` : '';
  const contactId =
    a.survey.contact_id &&
    (await contactRecords.findVisible(tx, owner, a.survey.contact_id))?.customer_id ===
      a.survey.customer_id
      ? a.survey.contact_id
      : null;
  await activities.logIn(
    tx,
    owner,
    {
      customerId: a.survey.customer_id,
      contactId,
      type: 'message',
      channel: 'survey',
      direction: 'inbound',
      occurredAt: a.at.toISOString(),
      summary:
        `${kind} ${a.score}/${scale}${a.changed ? ' (changed answer)' : ''}${about}${words}`.slice(
          0,
          4000,
        ),
    },
    { source: 'survey' },
  );
}

/**
 * A detractor (NPS 0–6, CSAT 1–2): a follow-up for the customer's owner, due within two business
 * days of the customer's own calendar (their weekend and public holidays do not count).
 */
export async function planDetractorFollowUp(
  tx: Executor,
  owner: Scope,
  calendars: CalendarProvider,
  customer: Customer,
  a: Answered,
): Promise<string> {
  const calendar = await calendars.calendar(
    tx,
    owner.workspaceId,
    customer.country,
    customer.region,
  );
  const today = localParts(a.at, zoneOf(customer)).date;
  const due = addBusinessDays(calendar, today, DETRACTOR_FOLLOW_UP_DAYS).date;
  const kind = a.survey.kind === 'nps' ? 'NPS' : 'CSAT';
  const scale = a.survey.kind === 'nps' ? 10 : 5;
  return datedFollowUps.plan(tx, owner, {
    customerId: customer.id,
    assigneeId: customer.owner_id,
    dueDate: due,
    reason: {
      en: `Poor ${kind} answer (${a.score}/${scale}): call back within ${DETRACTOR_FOLLOW_UP_DAYS} business days of ${customer.country}'s calendar`,
      zh: `${kind} 差评（${a.score}/${scale}）：请在客户所在地（${customer.country}）${DETRACTOR_FOLLOW_UP_DAYS} 个工作日内回访`,
    },
    note: a.comment ? `“${a.comment}” [${languageName(a.language)}]`.slice(0, 2000) : null,
  });
}
