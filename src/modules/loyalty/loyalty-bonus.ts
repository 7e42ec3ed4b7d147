import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import {
  anniversariesOn,
  bonusSource,
  planBonus,
  type BonusKind,
} from '../../domain/loyalty/bonus.ts';
import { systemScope } from '../../domain/scope.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { changeLedger } from './loyalty-ledger.ts';
import { programmeOf, reportingOf } from './loyalty-programme.ts';

export interface BonusGrant {
  kind: BonusKind;
  customerId: string;
  /** the source record's key (`bonusSource`): one grant per key in the workspace */
  source: string;
  /** the day the points count from */
  date: string;
  /** what the ledger says, in English (the statement prints the bonus in the contact's language) */
  reason: string;
  actorId?: string | null;
}

/**
 * Grants a bonus in the caller's transaction when the programme is on and gives points for it:
 * an `earn` entry without an order, making a lot that expires like earned points. Answers the
 * points granted: 0 when the bonus is off or its source already had its grant.
 */
export async function grantBonus(
  db: Executor,
  ws: string,
  grant: BonusGrant,
  now: Date,
): Promise<number> {
  const programme = await programmeOf(db, ws);
  const points = programme.bonuses[grant.kind];
  if (!programme.enabled || !points) return 0;
  const ctx = {
    programme,
    reportingDigits: (await reportingOf(db, ws)).digits,
    today: now.toISOString().slice(0, 10),
    at: now.toISOString(),
  };
  const done = await changeLedger(
    db,
    ws,
    grant.customerId,
    ctx,
    (state) => [planBonus(state, points, grant.date, programme.expiryMonths)],
    { reason: grant.reason, source: grant.source, actorId: grant.actorId ?? null },
  );
  return done.appended.length ? points : 0;
}

/** The customer-events module's check-in, followed by the composition root. */
export const eventAttended = (
  db: Executor,
  ws: string,
  e: { invitationId: string; customerId: string; title: string },
  now: Date,
) =>
  grantBonus(
    db,
    ws,
    {
      kind: 'eventAttended',
      customerId: e.customerId,
      source: bonusSource.eventAttended(e.invitationId),
      date: now.toISOString().slice(0, 10),
      reason: `Event attended: ${e.title}`,
    },
    now,
  );

/** The feedback module's answers, followed by the composition root: NPS answers earn, once each. */
export const surveyAnswered = async (
  db: Executor,
  ws: string,
  a: { surveyId: string; kind: string; customerId: string },
  now: Date,
) => {
  if (a.kind !== 'nps') return 0;
  return grantBonus(
    db,
    ws,
    {
      kind: 'npsAnswer',
      customerId: a.customerId,
      source: bonusSource.npsAnswer(a.surveyId),
      date: now.toISOString().slice(0, 10),
      reason: 'NPS survey answered',
    },
    now,
  );
};

/** Anniversaries looked back over: a night the job did not run is caught up by the next. */
const CATCH_UP_DAYS = 7;

/**
 * The nightly anniversary bonus: customers whose relationship (customer since) returned on one of
 * the last seven days get the bonus once per anniversary year, each in its own transaction.
 */
export async function grantAnniversaries(db: Kysely<DB>, ws: string, now: Date): Promise<number> {
  const programme = await programmeOf(db, ws);
  if (!programme.enabled || !programme.bonuses.anniversary) return 0;
  const today = now.toISOString().slice(0, 10);
  const days = Array.from({ length: CATCH_UP_DAYS }, (_, i) => addDays(today, -i));
  // 29 February is kept on 28 February in other years, so 02-29 is looked up with 02-28.
  const monthDays = [
    ...new Set(days.flatMap((d) => [d.slice(5), ...(d.endsWith('02-28') ? ['02-29'] : [])])),
  ];
  const customers = await customerRecords.greetingDates.yearly(
    db,
    systemScope(ws),
    monthDays,
    100_000,
  );
  let granted = 0;
  for (const c of customers)
    for (const a of anniversariesOn(c.customer_since, days))
      granted += await db.transaction().execute((tx) =>
        grantBonus(
          tx,
          ws,
          {
            kind: 'anniversary',
            customerId: c.id,
            source: bonusSource.anniversary(c.id, a.year),
            date: a.date,
            reason: `Anniversary: ${a.years} year(s) together`,
          },
          now,
        ),
      );
  return granted;
}
