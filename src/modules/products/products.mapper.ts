import type { PriceList, Product } from '../../db/schema.ts';
import { scopeOf } from '../../domain/sales/price.ts';
import type { Localised } from '../../domain/sales/product.ts';
import { minorDigits } from '../../domain/value/money.ts';
import type { PriceListOut, ProductOut } from './products.schemas.ts';

export function toProductOut(p: Product): ProductOut {
  return {
    id: p.id,
    sku: p.sku,
    names: JSON.parse(p.names) as Localised,
    descriptions: JSON.parse(p.descriptions) as Localised,
    unit: p.unit,
    hsCode: p.hs_code,
    moq: p.moq === null ? null : Number(p.moq),
    leadTimeDays: p.lead_time_days === null ? null : Number(p.lead_time_days),
    weightKg: p.weight_kg === null ? null : Number(p.weight_kg),
    volumeM3: p.volume_m3 === null ? null : Number(p.volume_m3),
    active: p.active === 1,
    customFields: JSON.parse(p.custom_fields) as Record<string, string | number | null>,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  };
}

export function toPriceListOut(
  l: PriceList,
  products: number,
  segmentName: string | null,
): PriceListOut {
  return {
    id: l.id,
    name: l.name,
    currency: l.currency,
    minorDigits: minorDigits(l.currency),
    validFrom: l.valid_from,
    validTo: l.valid_to,
    country: l.country,
    segmentId: l.segment_id,
    segmentName,
    scope: scopeOf({ country: l.country, segmentId: l.segment_id }),
    products,
    createdAt: l.created_at,
    updatedAt: l.updated_at,
  };
}
