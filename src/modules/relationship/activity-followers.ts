import type { Executor } from '../../db/dialect.ts';

/** Told, in the logging transaction, that an activity of this customer was logged. */
export type ActivityFollower = (
  db: Executor,
  workspaceId: string,
  customerId: string,
) => Promise<void>;

// Set by the composition root, by name (building the container twice sets each once): modules
// above this one keep values that count activities (insight's stored lead score) current without
// this module importing them.
const followers = new Map<string, ActivityFollower>();

export function setActivityFollower(name: string, follower: ActivityFollower): void {
  followers.set(name, follower);
}

export async function activityLogged(
  db: Executor,
  workspaceId: string,
  customerId: string,
): Promise<void> {
  for (const follow of followers.values()) await follow(db, workspaceId, customerId);
}
