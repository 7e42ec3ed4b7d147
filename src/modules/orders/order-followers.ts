import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';

/**
 * Told, in the writing transaction, that these orders were created or changed; by whom when a
 * person (or the demo seed) did it through the orders service, so what a follower writes is
 * audited as theirs. Imports and bulk writes name nobody.
 */
export type OrdersFollower = (
  db: Executor,
  workspaceId: string,
  orderIds: string[],
  actor?: Scope,
) => Promise<void>;

// Set by the composition root, by name (building the container twice sets each once): modules
// above this one follow orders (loyalty earns points on paid ones) without this module importing
// them. Every write of orders goes through `saveOrders`, which calls `ordersWritten`.
const followers = new Map<string, OrdersFollower>();

export function setOrdersFollower(name: string, follower: OrdersFollower): void {
  followers.set(name, follower);
}

export async function ordersWritten(
  db: Executor,
  workspaceId: string,
  orderIds: string[],
  actor?: Scope,
): Promise<void> {
  if (!orderIds.length) return;
  for (const follow of followers.values()) await follow(db, workspaceId, orderIds, actor);
}

/** Told, in the merging transaction, that these orders moved to another customer. */
export type OrdersMovedFollower = (
  db: Executor,
  workspaceId: string,
  orderIds: string[],
  customerId: string,
) => Promise<void>;

const movedFollowers = new Map<string, OrdersMovedFollower>();

export function setOrdersMovedFollower(name: string, follower: OrdersMovedFollower): void {
  movedFollowers.set(name, follower);
}

export async function ordersMoved(
  db: Executor,
  workspaceId: string,
  orderIds: string[],
  customerId: string,
): Promise<void> {
  if (!orderIds.length) return;
  for (const follow of movedFollowers.values()) await follow(db, workspaceId, orderIds, customerId);
}
