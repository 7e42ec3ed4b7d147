import type { Selectable } from 'kysely';

// Products and price lists with their quantity breaks.

import type { ProductUnit } from '../../domain/enums.ts';

export type { ProductUnit };

export interface ProductTable {
  workspace_id: string;
  id: string;
  /** unique in the workspace; NFKC and trimmed */
  sku: string;
  /** JSON: BCP 47 tag → name, at least one */
  names: string;
  /** JSON: BCP 47 tag → description */
  descriptions: string;
  unit: ProductUnit;
  /** 6 to 10 digits */
  hs_code: string | null;
  moq: number | null;
  lead_time_days: number | null;
  weight_kg: number | null;
  volume_m3: number | null;
  /** 1 while sold; 0 retired (kept for old quotes and prices) */
  active: number;
  /** JSON object keyed by the key of a custom field defined for products */
  custom_fields: string;
  /** the SKU and every name, folded to lower case: what the list's search reads */
  search_text: string;
  created_at: string;
  updated_at: string;
}
export type Product = Selectable<ProductTable>;

export interface PriceListTable {
  workspace_id: string;
  id: string;
  /** unique in the workspace */
  name: string;
  /** ISO 4217; prices are in its minor unit */
  currency: string;
  /** ISO dates, inclusive; valid_to null: open-ended */
  valid_from: string;
  valid_to: string | null;
  /** the list applies to customers in this country (ISO 3166-1), or */
  country: string | null;
  /** to customers in this segment; neither: the default list */
  segment_id: string | null;
  created_at: string;
  updated_at: string;
}
export type PriceList = Selectable<PriceListTable>;

/** One quantity break of one product in one list: from `min_quantity` units on, this price. */
export interface PriceListItemTable {
  workspace_id: string;
  price_list_id: string;
  product_id: string;
  min_quantity: number;
  /** per unit, in the list currency's minor unit (read with Number(): a bigint on PostgreSQL) */
  unit_price_minor: number | string;
}
export type PriceListItem = Selectable<PriceListItemTable>;
