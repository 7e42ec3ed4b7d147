import type { Executor } from '../../db/dialect.ts';
import type { CustomerUpdate } from '../../db/schema.ts';

/**
 * Told, in the changing transaction, just before (`sign` −1) and just after (+1) these customers'
 * placement changes — owner, team, tier, country, or the trash — so a module keeping figures per
 * placement (the orders' kept revenue, 0082) can take the customers out under the old one and put
 * them back under the new one.
 */
export type PlacementFollower = (
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  sign: 1 | -1,
) => Promise<void>;

// Set by the composition root, by name, as the country followers are: the orders module follows
// customers without this module importing it.
const followers = new Map<string, PlacementFollower>();

export function setPlacementFollower(name: string, follower: PlacementFollower): void {
  followers.set(name, follower);
}

const PLACEMENT = ['owner_id', 'team_id', 'tier', 'country', 'deleted_at'] as const;

/** Whether a patch moves its customers (a column the kept figures are placed by). */
export const movesPlacement = (patch: CustomerUpdate): boolean =>
  PLACEMENT.some((k) => patch[k] !== undefined);

export async function placementChanging(
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  sign: 1 | -1,
): Promise<void> {
  if (!customerIds.length) return;
  for (const follow of followers.values()) await follow(db, workspaceId, customerIds, sign);
}
