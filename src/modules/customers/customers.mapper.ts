import type { Customer } from '../../db/schema.ts';
import { storedHealth } from '../../domain/relationship/health.ts';
import type { CustomerOut } from './customers.schemas.ts';

export function toCustomerOut(row: Customer, tags: string[]): CustomerOut {
  const health = storedHealth(row.stage, row.health_score);
  return {
    id: row.id,
    name: row.name,
    nativeName: row.native_name,
    country: row.country,
    region: row.region,
    city: row.city,
    website: row.website,
    domain: row.domain,
    industry: row.industry,
    size: row.size,
    languages: JSON.parse(row.languages) as string[],
    timeZone: row.time_zone,
    timeZoneSource: row.time_zone_source,
    currency: row.currency,
    stage: row.stage,
    tier: row.tier,
    tags,
    source: row.source,
    ownerId: row.owner_id,
    teamId: row.team_id,
    customFields: JSON.parse(row.custom_fields) as CustomerOut['customFields'],
    foundedOn: row.founded_on,
    customerSince: row.customer_since,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    lastTouchAt: row.last_touch_at,
    healthScore: health.score,
    healthStatus: health.status,
    leadScore: row.lead_score === null ? null : Number(row.lead_score),
    tierLocked: row.tier_locked === 1,
    rfm: row.rfm,
    revenueMinor: row.revenue_minor === null ? null : Number(row.revenue_minor),
    lastOrderDate: row.last_order_date,
  };
}
