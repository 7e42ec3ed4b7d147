import type { ColumnType, Selectable } from 'kysely';

// Orders and exchange rates.

import type { OrderStatus } from '../../domain/enums.ts';

export type { OrderStatus };

export interface OrderTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  number: string;
  order_date: string;
  /** in the currency's minor unit (cents, fen; yen have none) */
  amount_minor: number;
  currency: string;
  status: OrderStatus;
  paid_date: string | null;
  created_at: string;
  /** JSON: the instalments, as a quote's payment terms (`PaymentInstalment[]`, 0058) */
  payment_terms: ColumnType<string, string | undefined, string>;
  /** the invoice date open-account terms run from (the order date when null) */
  invoice_date: string | null;
  /** the bill of lading (shipment) date L/C, D/P and D/A terms run from */
  bl_date: string | null;
  arrival_date: string | null;
  /** paid so far in the order's currency: kept by the payments written with it */
  paid_minor: ColumnType<number, number | undefined, number>;
}
export type Order = Selectable<OrderTable>;

/** Units of the workspace's reporting currency per 1 unit of `currency`, from `valid_from` on. */
export interface ExchangeRateTable {
  workspace_id: string;
  currency: string;
  valid_from: string;
  /** decimal as text, e.g. "1.0825" */
  rate: string;
}

/** Orders not cancelled of live customers, per (country, currency, order date) (0082). */
export interface RevenueDayTotalTable {
  workspace_id: string;
  order_date: string;
  country: string;
  currency: string;
  orders: number;
  amount_minor: number;
}

/** The same per owner, team ('' for none) and tier ('' for none) as well (0082). */
export interface RevenueOwnerTotalTable extends RevenueDayTotalTable {
  owner_id: string;
  team_id: string;
  tier: string;
}
