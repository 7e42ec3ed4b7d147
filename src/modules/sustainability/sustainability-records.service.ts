import type { Executor } from '../../db/dialect.ts';
import { sustainabilityRepository as repo } from './sustainability.repository.ts';

/**
 * What other modules may do with sustainability records: a customer merge gives the merged
 * customer's requirements and commitments to the kept one (and back on undo). Updated dates stay
 * as they were: the records themselves did not change, only whose they are.
 */
export const sustainabilityRecords = {
  idsOfCustomer: (db: Executor, ws: string, customerId: string) =>
    repo.idsOfCustomer(db, ws, customerId),
  moveToCustomer: (
    db: Executor,
    ws: string,
    ids: { requirements: string[]; commitments: string[] },
    customerId: string,
  ) => repo.moveToCustomer(db, ws, ids, customerId),
};
