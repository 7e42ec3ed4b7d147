import type { Executor } from '../../db/dialect.ts';
import { incidentCustomersRepository as links } from './incident-customers.repository.ts';

/** What other modules may do with incidents: a customer merge moves its incident links. */
export const incidentRecords = {
  /**
   * The incidents whose link a merge moves from `fromId` to `toId`: those `fromId` is linked to
   * and `toId` is not (a link both have stays with the merged customer, hidden with it).
   */
  async customerLinksToMove(db: Executor, ws: string, fromId: string, toId: string) {
    const kept = new Set(await links.incidentIdsOf(db, ws, toId));
    return (await links.incidentIdsOf(db, ws, fromId)).filter((id) => !kept.has(id));
  },
  /** Moves those links (and back again on undo). */
  moveCustomerLinks: (db: Executor, ws: string, incidentIds: string[], from: string, to: string) =>
    links.move(db, ws, incidentIds, from, to),
};
