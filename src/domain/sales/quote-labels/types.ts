import type { PaymentEvent } from '../../enums.ts';

/**
 * Every word printed on a quotation or proforma invoice, in one language. `{percent}` and
 * `{days}` in a payment phrase are filled with numbers already written the locale's way.
 */
export interface QuoteLabels {
  quote: string;
  proforma: string;
  number: string;
  revision: string;
  date: string;
  validUntil: string;
  buyer: string;
  attention: string;
  currency: string;
  item: string;
  description: string;
  hsCode: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discount: string;
  amount: string;
  subtotal: string;
  total: string;
  incoterms: string;
  paymentTerms: string;
  leadTime: string;
  packing: string;
  bankDetails: string;
  notes: string;
  payment: Record<PaymentEvent, string>;
  /** the common packing units; others are printed as written */
  units: Partial<Record<string, string>>;
}
