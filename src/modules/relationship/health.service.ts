import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Customer, DB } from '../../db/schema.ts';
import { daysBetween, shiftInstant } from '../../domain/calendar/dates.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { AppError } from '../../domain/errors.ts';
import {
  healthScore,
  healthStatus,
  type HealthInput,
  type HealthPart,
  type HealthStatus,
} from '../../domain/relationship/health.ts';
import type { Scope } from '../../domain/scope.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { activitiesRepository } from './activities.repository.ts';
import { cadencePlansRepository } from './cadence-plans.repository.ts';
import { followUpsRepository } from './follow-ups.repository.ts';
import { zoneOf, type PlanningService, type PolicySet } from './planning.service.ts';

export type HealthCustomer = Pick<
  Customer,
  'id' | 'country' | 'time_zone' | 'stage' | 'tier' | 'last_touch_at'
>;

/** Poor survey answers of a customer since an instant (the feedback module answers, set by the container). */
export type PoorAnswers = (
  db: Executor,
  workspaceId: string,
  customerId: string,
  since: string,
) => Promise<HealthInput['poorAnswers90']>;

// Set by the composition root: the feedback module sits above this one, so the score learns of
// poor answers through this function instead of an import (no module cycle).
let poorAnswers: PoorAnswers = async () => undefined;

export function setPoorAnswers(source: PoorAnswers): void {
  poorAnswers = source;
}

export interface Health {
  status: HealthStatus;
  /** null unless scored */
  score: number | null;
  /** the weighted parts of the score; none unless scored */
  parts: HealthPart[];
  cadenceDays: number;
}

/**
 * The explainable 0–100 health score: computed by the pure domain, stored on the customer. A new
 * customer (no touch yet) and a churned one have no score.
 */
export class HealthService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly planning: PlanningService,
  ) {}

  /** The customer's score with its weighted parts (recomputed on read). */
  async forCustomer(scope: Scope, customerId: string) {
    return this.db.transaction().execute(async (tx) => {
      const customer = await customerRecords.findVisible(tx, scope, customerId);
      if (!customer) throw AppError.notFound('Customer');
      return this.refresh(tx, scope.workspaceId, customer);
    });
  }

  /** Recomputes and stores a customer's health score; returns it with its parts. */
  async refresh(
    tx: Executor,
    workspaceId: string,
    customer: HealthCustomer,
    // Callers touching many customers, or planning and scoring one, load the policies once.
    { now = new Date(), policies }: { now?: Date; policies?: PolicySet } = {},
  ): Promise<Health> {
    const { rules, index } = policies ?? (await this.planning.policySet(tx, workspaceId));
    const cadenceDays =
      rules[await cadencePlansRepository.policyOf(tx, workspaceId, index, customer.id)]?.days ?? 30;
    const zone = zoneOf(customer);
    const today = localParts(now, zone).date;
    const since90 = shiftInstant(now, -90).toISOString();
    const counts = await activitiesRepository.counts90(tx, workspaceId, customer.id, since90);
    const overdueSince = await followUpsRepository.oldestOverdue(
      tx,
      workspaceId,
      customer.id,
      today,
    );
    const overdueDays = overdueSince ? daysBetween(overdueSince, today) : 0;
    const status = healthStatus({
      stage: customer.stage,
      touched: customer.last_touch_at !== null,
      overdueDays,
    });
    const health =
      status === 'scored'
        ? healthScore({
            today,
            cadenceDays,
            lastTouchDate: customer.last_touch_at
              ? localParts(new Date(customer.last_touch_at), zone).date
              : null,
            inbound90: counts.inbound,
            outbound90: counts.outbound,
            overdueDays,
            poorAnswers90: await poorAnswers(tx, workspaceId, customer.id, since90),
          })
        : { score: null, parts: [] };
    await customerRecords.setHealthScore(tx, workspaceId, customer.id, health.score);
    return { status, ...health, cadenceDays };
  }
}
