import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { setCreditCheck, setCreditHold } from '../../modules/orders/credit-check.ts';
import {
  setOrdersFollower,
  setOrdersMovedFollower,
} from '../../modules/orders/order-records.service.ts';
import { followChurnOrders, rescoreChurn } from '../../modules/risk/churn-scores.ts';
import { ChurnModelService } from '../../modules/risk/churn-model.service.ts';
import { ChurnService } from '../../modules/risk/churn.service.ts';
import { ConcentrationService } from '../../modules/risk/concentration.service.ts';
import { CountryRiskService } from '../../modules/risk/country-risk.service.ts';
import { CreditService } from '../../modules/risk/credit.service.ts';
import { CustomerRiskService } from '../../modules/risk/customer-risk.service.ts';
import { PaymentsService } from '../../modules/risk/payments.service.ts';
import { setPlacementFollower } from '../../modules/customers/customer-records.service.ts';
import {
  followPlacement,
  moveReceivables,
  refreshReceivables,
} from '../../modules/risk/receivable-lines.ts';
import { ReceivablesService } from '../../modules/risk/receivables.service.ts';
import { PaymentSchedules } from '../../modules/risk/schedules.ts';
import type { Foundation } from './foundation.ts';

/**
 * Risk (docs/risk.md): payment schedules and the receivables they keep, credit, country risk,
 * concentration and churn. New orders and quotes are checked against the customer's credit limit,
 * and one waiting for approval may not ship or be sent; orders and quotes import no risk module.
 */
export function buildRisk(db: Kysely<DB>, f: Foundation) {
  const { calendars, today } = f;
  const schedules = new PaymentSchedules(calendars);
  // The receivables the aging report sums (0074) follow every order write and merge.
  setOrdersFollower('receivables', (tx, ws, ids) => refreshReceivables(tx, ws, ids, schedules));
  setOrdersMovedFollower('receivables', moveReceivables);
  // The overdue kept per anchor and placement (0098) follows its customers' moves and the trash.
  setPlacementFollower('overdue', followPlacement);
  // The stored churn scores of the orders' customers (after the receivables: nothing reads them).
  setOrdersFollower('churn-score', (tx, ws, ids) => followChurnOrders(tx, ws, ids, today()));
  setOrdersMovedFollower('churn-score', (tx, ws, _ids, customerId) =>
    rescoreChurn(tx, ws, [customerId], today()),
  );
  const credit = new CreditService(db);
  setCreditCheck(credit.check);
  setCreditHold(credit.held);
  const receivables = new ReceivablesService(db, schedules, today);
  const countryRisk = new CountryRiskService(db);
  const churn = new ChurnService(db, today);
  // A requested count of the history starts at once in this process (the job's runner).
  const churnModel = new ChurnModelService(db, today, f.runner);
  return {
    schedules,
    payments: new PaymentsService(db, schedules, today),
    risk: {
      churn,
      churnModel,
      receivables,
      credit,
      countryRisk,
      concentration: new ConcentrationService(db, today),
      customerRisk: new CustomerRiskService(
        db,
        credit,
        receivables,
        countryRisk,
        churn,
        churnModel,
        today,
      ),
    },
  };
}
