import type { Executor } from '../../db/dialect.ts';
import type { CustomerUpdate } from '../../db/schema.ts';

/** Told, in the changing transaction, that these customers now are in `country`. */
export type CountryFollower = (
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  country: string,
) => Promise<void>;

// Set by the composition root, by name (building the container twice sets each once): modules
// above this one keep a copy of the customer's country (deals group forecasts by it) without this
// module importing them. Every write of a customer's country goes through `countryWritten`.
const followers = new Map<string, CountryFollower>();

export function setCountryFollower(name: string, follower: CountryFollower): void {
  followers.set(name, follower);
}

/** Passes a written patch's country (if it has one) on to every follower. */
export async function countryWritten(
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  patch: CustomerUpdate,
): Promise<void> {
  if (patch.country === undefined || !customerIds.length) return;
  for (const follow of followers.values())
    await follow(db, workspaceId, customerIds, patch.country);
}
