import type { Container } from '../app/container.ts';
import { DEFAULT_PROGRAMME } from '../domain/loyalty/programme.ts';
import { demoScope } from '../domain/scope.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import { earnForAllOrders } from '../modules/loyalty/loyalty-records.service.ts';
import type { Random } from './random.ts';

/**
 * A running loyalty programme: 1 point per US dollar of paid orders, lots kept 18 months (so the
 * oldest demo orders' points are about to expire), Silver / Gold / Platinum by points over 12
 * months, bonuses for events, NPS answers, referrals and anniversaries; every paid demo order has earned, and a few customers have redeemed or been adjusted.
 */
export async function seedDemoLoyalty(services: Container, workspaceId: string, rnd: Random) {
  const scope = demoScope(workspaceId);
  const [silver, gold, platinum] = DEFAULT_PROGRAMME.tiers as [
    (typeof DEFAULT_PROGRAMME.tiers)[number],
    (typeof DEFAULT_PROGRAMME.tiers)[number],
    (typeof DEFAULT_PROGRAMME.tiers)[number],
  ];
  await services.loyalty.saveProgramme(scope, {
    enabled: false,
    pointsPerUnit: 1,
    expiryMonths: 18,
    basis: 'points',
    tiers: [
      { ...silver, threshold: 50_000 },
      { ...gold, threshold: 200_000, freeSamples: true },
      { ...platinum, threshold: 500_000, dedicatedEngineer: true },
    ],
    // Check-ins and NPS answers from here on earn these (the demo's earlier ones do not).
    bonuses: { eventAttended: 200, npsAnswer: 100, referral: 1000, anniversary: 500 },
  });
  // Switched on by saving again (the job it enqueues finds nothing left to do after the earning).
  const programme = await services.loyalty.programme(scope);
  await services.loyalty.saveProgramme(scope, { ...programme, enabled: true });
  await earnForAllOrders(services.db, workspaceId, new Date());
  const customers = (await customerRecords.inWorkspace(services.db, workspaceId)).filter(
    (c) => c.stage === 'customer' || c.stage === 'partner',
  );
  for (const [i, c] of customers.slice(0, 40).entries()) {
    const got = await services.loyalty.ofCustomer(scope, c.id);
    if (i % 3 === 0)
      await services.loyalty.adjust(scope, c.id, {
        points: 500,
        reason: 'Canton Fair visit bonus 广交会到访奖励',
      });
    else if (got.balance > 2_000 && rnd.chance(0.5))
      await services.loyalty.redeem(scope, c.id, {
        points: Math.floor(got.balance / 4),
        reason: 'Free samples shipped with the next order 随下批货发送免费样品',
      });
  }
}
