import type { JobKind } from '../jobs/job-kind.ts';
import { deliveriesRepository } from './deliveries.repository.ts';
import { deliveryJobKind, type DeliveryDeps } from './delivery-job.ts';

/** How long the delivery log keeps a delivery that has ended. */
export const DELIVERY_LOG_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
export const PRUNE_JOB = 'webhooks.prune';

/** `webhook.deliver` and the nightly prune of the delivery log (ended deliveries after 30 days). */
export function webhookJobKinds(deps: DeliveryDeps): JobKind<never>[] {
  const prune: JobKind = {
    kind: PRUNE_JOB,
    run: async () => {
      const before = new Date(deps.now().getTime() - DELIVERY_LOG_DAYS * DAY_MS);
      await deliveriesRepository.prune(deps.db, before.toISOString());
    },
  };
  return [deliveryJobKind(deps), prune] as JobKind<never>[];
}
