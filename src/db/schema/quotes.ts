import type { Selectable } from 'kysely';
import type { Incoterm, QuoteKind, QuoteStatus } from '../../domain/enums.ts';

// Quotations and proforma invoices (migration 0031), written only by the quotes module.

/** One row per workspace: its number patterns, letterhead and default bank details. */
export interface QuoteSettingsTable {
  workspace_id: string;
  quote_pattern: string;
  proforma_pattern: string;
  /** address lines under the workspace name on every quote */
  letterhead: string;
  bank_details: string;
  updated_at: string;
}

/** The last running number handed out per sequence key (`Q-2026-`: a pattern's year). */
export interface QuoteSequenceTable {
  workspace_id: string;
  key: string;
  last_value: number;
}

export interface QuoteTable {
  workspace_id: string;
  id: string;
  /** shared by every revision of one quote */
  number: string;
  /** A, B, … */
  revision: string;
  kind: QuoteKind;
  status: QuoteStatus;
  customer_id: string;
  /** the deal it belongs to; no foreign key (deals may live in another module's table) */
  deal_id: string | null;
  /** the contact it is addressed to (attn.), if any */
  contact_id: string | null;
  /** BCP 47 locale tag: labels, numbers, dates (`pt-BR`, `ar-SA`) */
  language: string;
  currency: string;
  quote_date: string;
  valid_until: string | null;
  incoterm_rule: Incoterm | null;
  incoterm_place: string | null;
  /** JSON array of { percent, event, days? } */
  payment_terms: string;
  lead_time: string | null;
  packing: string | null;
  /** null: the workspace's bank details (copied here when the quote is sent) */
  bank_details: string | null;
  notes: string | null;
  subtotal_minor: number;
  discount_minor: number;
  total_minor: number;
  /** the end of the validity date in the customer's zone; set when sent */
  expires_at: string | null;
  sent_at: string | null;
  /** accepted, declined or expired at */
  closed_at: string | null;
  /** the order an accepted quote became */
  order_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface QuoteLineTable {
  workspace_id: string;
  quote_id: string;
  position: number;
  /** the product it was picked from; no foreign key, the fields below are its snapshot */
  product_id: string | null;
  sku: string | null;
  /** JSON object language → product name, when the line came from a product */
  names: string | null;
  description: string;
  unit: string | null;
  hs_code: string | null;
  /** quantity × 1000 (up to 3 decimals, exact) */
  quantity_milli: number;
  unit_price_minor: number;
  /** discount in hundredths of a percent (12.5 % → 1250) */
  discount_bp: number;
  total_minor: number;
}

/** The PDF as it was sent, kept with its revision. */
export interface QuoteDocumentTable {
  workspace_id: string;
  quote_id: string;
  language: string;
  pdf: Buffer;
  created_at: string;
}

export type Quote = Selectable<QuoteTable>;
export type QuoteLine = Selectable<QuoteLineTable>;
export type QuoteSettings = Selectable<QuoteSettingsTable>;
