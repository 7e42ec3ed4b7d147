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
// module importing them. Every write of a customer's country goes through `customersPatched`.
const followers = new Map<string, CountryFollower>();

export function setCountryFollower(name: string, follower: CountryFollower): void {
  followers.set(name, follower);
}

/** Told, in the changing transaction, of any patch written to these customers. */
export type PatchFollower = (
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  patch: CustomerUpdate,
) => Promise<void>;

// Likewise for values worked out from other fields (insight's stored lead score reads the stage,
// country, industry, size and source).
const patchFollowers = new Map<string, PatchFollower>();

export function setPatchFollower(name: string, follower: PatchFollower): void {
  patchFollowers.set(name, follower);
}

/** Passes a written patch on: its country (if it has one) to the country followers, all of it to the patch followers. */
export async function customersPatched(
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  patch: CustomerUpdate,
): Promise<void> {
  if (!customerIds.length) return;
  for (const follow of patchFollowers.values()) await follow(db, workspaceId, customerIds, patch);
  if (patch.country === undefined) return;
  for (const follow of followers.values())
    await follow(db, workspaceId, customerIds, patch.country);
}

/** Told, in the changing transaction, that contacts of these customers were added, changed or removed. */
export type ContactsFollower = (
  db: Executor,
  workspaceId: string,
  customerIds: string[],
) => Promise<void>;

// Likewise for values read from contacts (risk's stored churn score: a key contact gone).
const contactsFollowers = new Map<string, ContactsFollower>();

export function setContactsFollower(name: string, follower: ContactsFollower): void {
  contactsFollowers.set(name, follower);
}

export async function contactsChanged(
  db: Executor,
  workspaceId: string,
  customerIds: string[],
): Promise<void> {
  if (!customerIds.length) return;
  for (const follow of contactsFollowers.values()) await follow(db, workspaceId, customerIds);
}
