import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import type { Scope } from '../../domain/scope.ts';
import { RateTable } from '../../domain/value/money.ts';
import { AppError } from '../../http/errors.ts';
import type { ExchangeRatesService } from '../orders/exchange-rates.service.ts';
import { customerEventsRepository } from './customer-events.repository.ts';
import type { ResultsOut } from './customer-events.schemas.ts';
import {
  eventResultsRepository as followed,
  type FollowedRecord,
} from './event-results.repository.ts';
import { invitationsRepository } from './invitations.repository.ts';

/** Days after the event's last day that its attendees' deals, quotes and orders are counted. */
export const RESULTS_DAYS = 90;

/**
 * An event's results, over the customers the caller can see: invited, answered, confirmed and
 * attended per country; the deals, quotes and orders of the customers who attended, dated from the
 * event's first day to 90 days after its last; the cost per attendee in the event's currency and
 * converted to the workspace's reporting currency. Amounts are converted at each record's date
 * with the orders module's rates, as the deal forecasts do: an amount without a rate on its date
 * is counted as unconverted, never added in its own currency.
 */
export class EventResultsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly exchangeRates: ExchangeRatesService,
  ) {}

  async results(scope: Scope, eventId: string): Promise<ResultsOut> {
    const event = await customerEventsRepository.find(this.db, scope.workspaceId, eventId);
    if (!event) throw AppError.notFound('Event');
    const rows = await invitationsRepository.byCountry(this.db, scope, eventId);
    const byCountry = rows.map((r) => ({
      country: r.country,
      invited: Number(r.invited),
      responded: Number(r.responded),
      confirmed: Number(r.confirmed),
      attended: Number(r.attended),
    }));
    const attended = byCountry.reduce((n, r) => n + r.attended, 0);

    const { reportingCurrency, items } = await this.exchangeRates.list(scope);
    const rates = new RateTable(
      reportingCurrency,
      items.map((r) => ({ currency: r.currency, validFrom: r.validFrom, rate: Number(r.rate) })),
    );
    // The event's days on the venue's clock: a fair from the 15th to the 19th counts to 17 Jan.
    const from = localParts(new Date(event.starts_at), event.time_zone).date;
    const to = addDays(localParts(new Date(event.ends_at), event.time_zone).date, RESULTS_DAYS);
    const invitations = await invitationsRepository.listVisible(this.db, scope, eventId);
    const customers = [
      ...new Set(invitations.filter((i) => i.checked_in_at).map((i) => i.customer_id)),
    ];
    const ws = scope.workspaceId;
    const [deals, quotes, orders] = await Promise.all([
      followed.deals(this.db, ws, customers, from, to),
      followed.quotes(this.db, ws, customers, from, to),
      followed.orders(this.db, ws, customers, from, to),
    ]);
    let unconverted = 0;
    const sum = (records: FollowedRecord[]) => {
      let valueMinor = 0;
      for (const r of records) {
        const v = rates.convert(r.amountMinor, r.currency, r.date);
        if (v === null) unconverted++;
        else valueMinor += v;
      }
      return { count: records.length, valueMinor };
    };
    const won = deals.filter((d) => d.status === 'won');
    const dealSums = sum(deals);
    const wonSums = sum(won);
    unconverted -= won.filter(
      (d) => rates.convert(d.amountMinor, d.currency, d.date) === null,
    ).length;

    const cost = event.cost_minor === null ? null : Number(event.cost_minor);
    const costReporting = cost === null ? null : rates.convert(cost, event.currency, from);
    return {
      byCountry,
      attended,
      costPerAttendeeMinor: cost !== null && attended > 0 ? Math.round(cost / attended) : null,
      reporting: {
        currency: reportingCurrency,
        costMinor: costReporting,
        costPerAttendeeMinor:
          costReporting !== null && attended > 0 ? Math.round(costReporting / attended) : null,
        costUnconverted: cost !== null && costReporting === null,
      },
      followUp: {
        from,
        to,
        customers: customers.length,
        deals: { ...dealSums, won: wonSums.count, wonValueMinor: wonSums.valueMinor },
        quotes: sum(quotes),
        orders: sum(orders),
        unconverted,
      },
    };
  }
}
