export type OrderStatus = 'open' | 'shipped' | 'paid' | 'cancelled';
export const ORDER_STATUSES: OrderStatus[] = ['open', 'shipped', 'paid', 'cancelled'];

export interface Order {
  id: string;
  customerId: string;
  number: string;
  orderDate: string;
  amountMinor: number;
  currency: string;
  status: OrderStatus;
  paidDate: string | null;
  createdAt: string;
}

export interface OrderPage {
  items: (Order & { customerName: string })[];
  nextCursor: string | null;
}

export interface Totals {
  byCurrency: { currency: string; amountMinor: number; orders: number }[];
  converted: { currency: string; amountMinor: number };
  unconverted: { currency: string; orders: number }[];
}

export interface Rates {
  reportingCurrency: string;
  items: { currency: string; validFrom: string; rate: string }[];
}

export interface ValueSummary {
  reportingCurrency: string;
  settings: { months: number; a: number; b: number; classifiedAt: string | null };
  tiers: {
    tier: 'A' | 'B' | 'C' | null;
    customers: number;
    revenueMinor: number;
    locked: number;
  }[];
}
