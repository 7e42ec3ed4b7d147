export type { Order, OrderPage, OrderStatus, Rates, Totals, ValueSummary } from '../api/models.ts';
export { ORDER_STATUSES } from '../../../src/domain/enums.ts';
