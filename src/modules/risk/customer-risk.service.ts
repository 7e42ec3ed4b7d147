import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { averageDaysLate } from '../../domain/risk/aging.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import type { Scope } from '../../domain/scope.ts';
import { nowIso } from '../../domain/ids.ts';
import { AppError } from '../../http/errors.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import type { ChurnModelService } from './churn-model.service.ts';
import type { ChurnService } from './churn.service.ts';
import type { CountryRiskService } from './country-risk.service.ts';
import type { CreditService } from './credit.service.ts';
import { creditRepository } from './credit.repository.ts';
import { receivableLinesRepository } from './receivable-lines.repository.ts';
import type { ReceivablesService } from './receivables.service.ts';

/**
 * One customer's risk as known so far: credit limit and exposure, receivables aged, DSO, days
 * late per quarter, the country's rating, approvals waiting and the rule-based churn score with
 * its reasons. Other parts of issue 18 (screening) add their own fields beside these.
 */
export class CustomerRiskService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly credit: CreditService,
    private readonly receivables: ReceivablesService,
    private readonly countryRisk: CountryRiskService,
    private readonly churn: ChurnService,
    private readonly churnModel: ChurnModelService,
    private readonly today: () => string = () => nowIso().slice(0, 10),
  ) {}

  async of(scope: Scope, customerId: string) {
    const customer = await customerRecords.findVisible(this.db, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    const ws = scope.workspaceId;
    const limit = await this.credit.limitOut(this.db, ws, customerId);
    const exposure = await this.credit.exposure(this.db, ws, customerId);
    const rec = await this.receivables.report(scope, { customerId, groupBy: 'customer' });
    const asOf = this.today();
    const settled = await receivableLinesRepository.settledOf(
      this.db,
      ws,
      customerId,
      addDays(asOf, -364),
    );
    // Days late per calendar quarter of the payment, oldest first: the trend a reader sees.
    const quarters = new Map<string, { dueDate: string; paidDate: string }[]>();
    for (const o of settled) {
      if (o.paid_date > asOf) continue;
      const q = `${o.paid_date.slice(0, 4)}-Q${Math.ceil(Number(o.paid_date.slice(5, 7)) / 3)}`;
      quarters.set(q, [...(quarters.get(q) ?? []), { dueDate: o.due_date, paidDate: o.paid_date }]);
    }
    const pending = await creditRepository.approvals(this.db, scope, {
      customerId,
      status: 'pending',
    });
    const rating = await this.countryRisk.get(scope, customer.country);
    return {
      customerId,
      reportingCurrency: exposure.currency,
      credit: limit,
      exposure: {
        ...exposure,
        availableMinor: limit ? limit.limitMinor - exposure.totalMinor : null,
        overLimit: limit ? exposure.totalMinor > limit.limitMinor : false,
      },
      receivables: rec.total,
      undatedOrders: rec.undatedOrders,
      lateByQuarter: [...quarters]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([quarter, pairs]) => ({
          quarter,
          orders: pairs.length,
          averageDaysLate: averageDaysLate(pairs) ?? 0,
        })),
      pendingApprovals: pending.length,
      country: { code: customer.country, risk: rating },
      churn: await this.churn.of(scope, customer),
      // The trained model's view, beside the rule's and never instead of it (null while off).
      modelChurn: await this.churnModel.of(ws, customer),
    };
  }
}
