import { customerDatesRepository } from './customer-dates.repository.ts';
import type { Expression, SqlBool } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import { refreshStaleStatistics, refreshStatistics } from '../../db/statistics.ts';
import { childIds, reparent } from '../../db/reparent.ts';
import type { Contact, Customer, CustomerUpdate } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { contactsRepository } from './contacts.repository.ts';
import { refreshCustomerZone } from './customer-zones.ts';
import { refreshCustomerIndex, type IndexedCustomer } from './customer-index.ts';
import { customerIndexRepository } from './customer-index.repository.ts';
import { customersRepository, type CustomerWhere } from './customers.repository.ts';
import { customersPatched } from './country-followers.ts';
import { greetingDatesRepository } from './greeting-dates.repository.ts';

export {
  setContactsFollower,
  setCountryFollower,
  setPatchFollower,
  type ContactsFollower,
  type CountryFollower,
  type PatchFollower,
} from './country-followers.ts';
export { setPlacementFollower, type PlacementFollower } from './placement-followers.ts';
export { assertMaySell, setSaleGuard, type SaleGuard } from './sale-guards.ts';
export {
  insertNewCustomers,
  type CustomersCreated,
  newCustomerRow,
  type NewCustomerBatchItem,
  type NewCustomerFields,
} from './new-customers.ts';
export { phonesOf, zoneColumns } from './customer-zones.ts';
export type { CustomerWhere };

/** The customers module's tables a bulk write grows. */
const CUSTOMER_TABLES = [
  'customers',
  'contacts',
  'customer_keys',
  'customer_search',
  'customer_tags',
] as const;

/**
 * What other modules may read and write of customers and their contacts, always inside the
 * caller's transaction (`db`). The customers module is the only writer of `customers`,
 * `contacts`, `customer_tags`, `customer_search_terms` and `customer_keys`; everyone else comes
 * through here, and each write says what it is for.
 */
export const customerRecords = {
  /** After a bulk write grew them: fresh planner statistics of the customers' tables. */
  refreshStatistics: (db: Executor) => refreshStatistics(db, CUSTOMER_TABLES),

  /** The same for only those whose size has moved since they were last sampled. */
  refreshStaleStatistics: (db: Executor) => refreshStaleStatistics(db, CUSTOMER_TABLES),

  /** Names by id, deleted customers too (the audit log names its records). */
  namesOf: (db: Executor, workspaceId: string, ids: string[]) =>
    customersRepository.namesOf(db, workspaceId, ids),

  /** A customer the scope may see (live unless asked otherwise), or undefined. */
  findVisible: (
    db: Executor,
    scope: Scope,
    id: string,
    opts?: { includeDeleted?: boolean },
  ): Promise<Customer | undefined> => customersRepository.findVisible(db, scope, id, opts),

  /** Live, not churned customers in scope with a last order (the churn list), one country or all. */

  /** Live customers of these countries with their owners, unscoped (an incident's markets). */
  inCountries: (db: Executor, workspaceId: string, countries: string[], limit: number) =>
    customersRepository.inCountries(db, workspaceId, countries, limit),

  /** Customers by id, unscoped: for callers that checked access on each. */
  findMany: (db: Executor, workspaceId: string, ids: string[]) =>
    customersRepository.findMany(db, workspaceId, ids),

  /** Live customers in scope matching a compiled condition (a segment). */
  count: (db: Executor, scope: Scope, where: CustomerWhere) =>
    customersRepository.count(db, scope, where),

  /** Live customers matching a compiled condition, among `ids` (all when absent), unscoped. */
  matching: (db: Executor, workspaceId: string, where: Expression<SqlBool>, ids?: string[]) =>
    customersRepository.matching(db, workspaceId, where, ids),

  /** What greetings are planned from: countries, yearly dates and birthdays in scope (read only). */
  greetingDates: greetingDatesRepository,

  /** A page of live customers' dates (last order or a custom date field), for the date scan. */
  datesPage: (...args: Parameters<typeof customerDatesRepository.page>) =>
    customerDatesRepository.page(...args),

  inWorkspace: (db: Executor, workspaceId: string) =>
    customersRepository.inWorkspace(db, workspaceId),

  liveForClassification: (db: Executor, workspaceId: string) =>
    customersRepository.liveForClassification(db, workspaceId),

  tagsOf: (db: Executor, workspaceId: string, ids: string[]) =>
    customersRepository.tagsOf(db, workspaceId, ids),

  setTags: (db: Executor, workspaceId: string, id: string, tags: string[]) =>
    customersRepository.setTags(db, workspaceId, id, tags),

  /** Derives the time zone again after an import or a merge changed the place or the contacts (a zone a person chose stays). */
  refreshZone: (db: Executor, customer: Customer) => refreshCustomerZone(db, customer),

  /** Field changes decided elsewhere (an import filling gaps, a merge, a locked tier). */
  async update(db: Executor, workspaceId: string, id: string, patch: CustomerUpdate) {
    await customersRepository.update(db, workspaceId, id, patch);
    await customersPatched(db, workspaceId, [id], patch);
  },

  /** Value classification's tiers and scores, grouped by identical patch. */
  updateGroups: async (
    db: Executor,
    workspaceId: string,
    groups: { patch: CustomerUpdate; ids: string[] }[],
  ) => {
    await customersRepository.updateGroups(db, workspaceId, groups);
    for (const g of groups) await customersPatched(db, workspaceId, g.ids, g.patch);
  },

  recordTouch: (
    db: Executor,
    workspaceId: string,
    id: string,
    at: { lastTouchAt: string | null; lastOutboundAt: string | null },
  ) => customersRepository.recordTouch(db, workspaceId, id, at),

  /**
   * The shared pool (公海): hands the customer to the pool holder if it still has the owner and
   * last touch the caller planned from, and moves its owner token in the search index (a rep's
   * search finds only their own). Answers whether it moved.
   */
  async releaseToPool(
    db: Executor,
    customer: Customer,
    holderId: string,
    at: string,
  ): Promise<boolean> {
    const moved = await customersRepository.releaseToPool(
      db,
      customer.workspace_id,
      { id: customer.id, ownerId: customer.owner_id, lastTouchAt: customer.last_touch_at },
      holderId,
      at,
    );
    if (moved)
      await refreshCustomerIndex(db, customer.workspace_id, { ...customer, owner_id: holderId });
    return moved;
  },

  /** Takes a customer out of the pool for its new owner, if the pool holder still has it. */
  async claimFromPool(
    db: Executor,
    customer: Customer,
    holderId: string,
    owner: { ownerId: string; teamId: string | null },
    at: string,
  ): Promise<boolean> {
    const moved = await customersRepository.claimFromPool(
      db,
      customer.workspace_id,
      customer.id,
      holderId,
      owner,
      at,
    );
    if (moved)
      await refreshCustomerIndex(db, customer.workspace_id, {
        ...customer,
        owner_id: owner.ownerId,
      });
    return moved;
  },

  /** The pool rule's candidates: idle customers at the pooled stages (see the repository). */
  idleCandidates: (
    db: Executor,
    workspaceId: string,
    f: Parameters<typeof customersRepository.idleCandidates>[2],
  ) => customersRepository.idleCandidates(db, workspaceId, f),

  /** null while the customer is new or once churned */
  async setHealthScore(db: Executor, workspaceId: string, id: string, score: number | null) {
    // A changed health is passed on as a patch (the stored churn score reads it).
    if (await customersRepository.setHealthScore(db, workspaceId, id, score))
      await customersPatched(db, workspaceId, [id], { health_score: score });
  },
  leadScoreFacts: (
    db: Executor,
    workspaceId: string,
    sel: { afterId: string; limit: number } | { ids: string[] },
  ) => customersRepository.leadScoreFacts(db, workspaceId, sel),
  setLeadScores: (
    db: Executor,
    workspaceId: string,
    scores: { id: string; score: number | null }[],
  ) => customersRepository.setLeadScores(db, workspaceId, scores),
  clearStaleLeadScores: (db: Executor, workspaceId: string) =>
    customersRepository.clearStaleLeadScores(db, workspaceId),
  churnScoreFacts: (
    db: Executor,
    workspaceId: string,
    sel: { afterId: string; limit: number } | { ids: string[] },
  ) => customersRepository.churnScoreFacts(db, workspaceId, sel),
  setChurnScores: (
    db: Executor,
    workspaceId: string,
    rows: { id: string; score: number | null; reasons: string | null; asOf: string | null }[],
  ) => customersRepository.setChurnScores(db, workspaceId, rows),
  clearStaleChurnScores: (db: Executor, workspaceId: string) =>
    customersRepository.clearStaleChurnScores(db, workspaceId),
  /** A page of the stored churn list in scope, riskiest first, and its counts. */
  churnPage: (db: Executor, scope: Scope, f: { country?: string; limit: number; offset: number }) =>
    customersRepository.churnPage(db, scope, f),
  churnCounts: (
    db: Executor,
    scope: Scope,
    f: { country?: string },
    from: { medium: number; high: number },
  ) => customersRepository.churnCounts(db, scope, f, from),

  refreshLastOrderDate: (db: Executor, workspaceId: string, customerIds: string[]) =>
    customersRepository.refreshLastOrderDate(db, workspaceId, customerIds),

  /** The duplicate match keys of the given customers (unscoped: the caller checked access). */
  keysOf: (db: Executor, workspaceId: string, ids: string[]) =>
    customerIndexRepository.keysOf(db, workspaceId, ids),

  /** Rebuilds search terms and duplicate match keys after a change to names, domain or contacts. */
  refreshIndex: (db: Executor, workspaceId: string, customer: IndexedCustomer) =>
    refreshCustomerIndex(db, workspaceId, customer),

  /** Live customers holding any of the match keys (import, lead capture, order import). */
  findByKeys: (
    db: Executor,
    workspaceId: string,
    kind: Parameters<typeof customerIndexRepository.findByKeys>[2],
    keys: string[],
  ) => customerIndexRepository.findByKeys(db, workspaceId, kind, keys),
};

export const contactRecords = {
  namesOf: (db: Executor, workspaceId: string, ids: string[]) =>
    contactsRepository.namesOf(db, workspaceId, ids),

  findVisible: (db: Executor, scope: Scope, id: string) =>
    contactsRepository.findVisible(db, scope, id),

  ofCustomer: (db: Executor, workspaceId: string, customerId: string): Promise<Contact[]> =>
    contactsRepository.listByCustomer(db, workspaceId, customerId),

  /** The contacts of several customers (unscoped: the caller checked each customer). */
  ofCustomers: (db: Executor, workspaceId: string, customerIds: string[]): Promise<Contact[]> =>
    contactsRepository.listByCustomers(db, workspaceId, customerIds),

  insertMany: (db: Executor, rows: Parameters<typeof contactsRepository.insertMany>[1]) =>
    contactsRepository.insertMany(db, rows),

  /** A merge moves contacts from one customer to another (and back on undo). */
  idsOf: (db: Executor, workspaceId: string, customerId: string) =>
    childIds(db, 'contacts', workspaceId, customerId),

  moveTo: (db: Executor, workspaceId: string, ids: string[], customerId: string) =>
    reparent(db, 'contacts', workspaceId, ids, customerId),

  /** The contact unsubscribed from campaigns (the public link); the caller audits it. */
  markUnsubscribed: (db: Executor, workspaceId: string, id: string, at: string) =>
    contactsRepository.update(db, workspaceId, id, { unsubscribed_at: at, updated_at: at }),
};
