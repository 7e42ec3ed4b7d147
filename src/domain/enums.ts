/**
 * The product's closed vocabularies, defined once. The database types, the route schemas, the
 * import normalisers and the web all take their lists from here, so adding a stage or a tier is
 * one edit.
 */
/**
 * `agent`: a service agent — reaches the tickets of the support teams they belong to and those
 * assigned to them, never orders, deals, quotes, price lists or customer value.
 */
export const ROLES = ['admin', 'manager', 'rep', 'agent'] as const;
export type Role = (typeof ROLES)[number];

export const STAGES = ['lead', 'prospect', 'customer', 'partner', 'churned'] as const;
export type Stage = (typeof STAGES)[number];

export const TIERS = ['A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const ACTIVITY_TYPES = ['note', 'call', 'email', 'meeting', 'visit', 'message'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * Who put an entry on the timeline: a signed-in user, a visitor of a public web form, or an
 * import (a notes column of a customer list, written by the user who ran it).
 */
export const ACTIVITY_SOURCES = ['user', 'web_form', 'import', 'survey'] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ORDER_STATUSES = ['open', 'shipped', 'delivered', 'paid', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/**
 * Units a product is sold in (the unit of its price and of a quote line's quantity): pieces,
 * sets, pairs, lengths, areas and volumes, weights (kg, metric tonnes), litres and the packages
 * exporters quote by.
 */
export const PRODUCT_UNITS = [
  'pcs',
  'set',
  'pair',
  'm',
  'm2',
  'm3',
  'kg',
  't',
  'l',
  'box',
  'carton',
  'pallet',
  'roll',
  'bag',
  'drum',
  'sheet',
  'lot',
] as const;
export type ProductUnit = (typeof PRODUCT_UNITS)[number];

/** Who may define a custom field: customers (the original) and products. */
export const CUSTOM_FIELD_ENTITIES = ['customer', 'product'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];
/** Where a deal's stage sits: still open, or closed as won or lost (a pipeline has one of each). */
export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** The part a contact plays in a deal. */
export const DEAL_CONTACT_ROLES = [
  'decision_maker',
  'technical',
  'purchasing',
  'user',
  'influencer',
] as const;
export type DealContactRole = (typeof DEAL_CONTACT_ROLES)[number];

/**
 * Why a deal was won or lost: a vocabulary shared by every workspace (tenders keep their own
 * per-workspace taxonomy, whose defaults are these).
 */
export const DEAL_REASONS = [
  'price',
  'local_presence',
  'local_content',
  'joint_venture_required',
  'financing_terms',
  'technical_fit',
  'delivery_time',
  'relationship',
  'political_reputation',
  'references',
  'other',
] as const;
export type DealReason = (typeof DEAL_REASONS)[number];

/** Who gave a win/loss reason: the buyer said it, or the rep judged it. */
export const REASON_ATTRIBUTIONS = ['stated_by_buyer', 'judged_by_rep'] as const;
export type ReasonAttribution = (typeof REASON_ATTRIBUTIONS)[number];

/** How deals are grouped in a forecast. */
export const FORECAST_GROUPS = ['stage', 'owner', 'country', 'month'] as const;
export type ForecastGroup = (typeof FORECAST_GROUPS)[number];

/** What two customer records may share that makes them the same company. */
export const MATCH_KINDS = ['domain', 'email', 'phone', 'name'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** How a tender ended: we won it, lost it, the buyer cancelled it, or we chose not to bid. */
export const TENDER_RESULTS = ['won', 'lost', 'cancelled', 'no_bid'] as const;
export type TenderResult = (typeof TENDER_RESULTS)[number];

/** Where a tender stands: deadline ahead, deadline passed without a result, or decided. */
export const TENDER_STATUSES = ['open', 'awaiting_result', 'decided'] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];

/** Narrows free text (a CLI flag, an import cell) to a vocabulary. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Incoterms® 2020: the eleven rules (ICC). Any mode of transport first, then sea and inland waterway. */
export const INCOTERMS = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const;
export type Incoterm = (typeof INCOTERMS)[number];

/** The four rules for sea and inland waterway transport only: their named place is a port. */
export const SEA_INCOTERMS = ['FAS', 'FOB', 'CFR', 'CIF'] as const satisfies readonly Incoterm[];

/**
 * What a payment instalment is due on. Those in `PAYMENT_EVENTS_WITH_DAYS` also take a number of
 * days: L/C usance and D/A run from the B/L date, open account from the invoice date.
 */
export const PAYMENT_EVENTS = [
  'on_order',
  'before_shipment',
  'against_bl_copy',
  'on_arrival',
  'lc_at_sight',
  'lc_usance',
  'dp',
  'da',
  'open_account',
] as const;
export type PaymentEvent = (typeof PAYMENT_EVENTS)[number];
export const PAYMENT_EVENTS_WITH_DAYS = [
  'lc_usance',
  'da',
  'open_account',
] as const satisfies readonly PaymentEvent[];

/** How a payment against an order arrived (T/T wire, letter of credit, collection, …). */
export const PAYMENT_METHODS = ['tt', 'lc', 'dp', 'da', 'cheque', 'card', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** A quotation, or a proforma invoice (PI): numbered apart, otherwise the same document. */
export const QUOTE_KINDS = ['quote', 'proforma'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/**
 * A quote's life: a draft is edited; sending freezes it; the buyer accepts or declines it, or it
 * expires after its validity date. `superseded`: a later revision of the same number was sent.
 */
export const QUOTE_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'expired',
  'superseded',
] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
