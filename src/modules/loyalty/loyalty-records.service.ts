import type { Executor } from '../../db/dialect.ts';
import type { TierBenefits } from '../../domain/loyalty/programme.ts';
import { programmeOf } from './loyalty-programme.ts';
import { loyaltyStatusRepository } from './loyalty-status.repository.ts';

export { earnForAllOrders, earnForOrders } from './loyalty-orders.ts';
export { eventAttended, surveyAnswered } from './loyalty-bonus.ts';

export interface CustomerBenefits extends TierBenefits {
  tier: string;
  names: Record<string, string>;
}

/**
 * The loyalty module's face for other modules. `benefitsOf` answers the benefits of the customer's
 * current tier (discount %, free samples, priority SLA policy, dedicated engineer), or null when
 * the programme is off or the customer has no tier. It reads one status row and the programme, in
 * the caller's executor: a quote can show the tier discount, a ticket take the tier's SLA policy.
 * The caller checks the customer's scope; nothing here does.
 */
export const loyaltyRecords = {
  async benefitsOf(db: Executor, ws: string, customerId: string): Promise<CustomerBenefits | null> {
    const programme = await programmeOf(db, ws);
    if (!programme.enabled) return null;
    const status = await loyaltyStatusRepository.find(db, ws, customerId);
    const tier = programme.tiers.find((t) => t.key === status?.tier);
    if (!tier) return null;
    return {
      tier: tier.key,
      names: tier.names,
      discountPct: tier.discountPct,
      freeSamples: tier.freeSamples,
      slaPolicyId: tier.slaPolicyId,
      dedicatedEngineer: tier.dedicatedEngineer,
    };
  },
};
