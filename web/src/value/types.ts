import type { OrderStatus } from '../api/models.ts';

export type { Order, OrderPage, OrderStatus, Rates, Totals, ValueSummary } from '../api/models.ts';

export const ORDER_STATUSES: OrderStatus[] = ['open', 'shipped', 'paid', 'cancelled'];
