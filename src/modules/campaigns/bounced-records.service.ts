import type { Executor } from '../../db/dialect.ts';
import { bouncedAddressesRepository } from './bounced-addresses.repository.ts';

/** The campaigns module's face for other modules: addresses refused for good. */
export const bouncedRecords = {
  /** Which of these addresses hard-bounced (lower case); the risk module's "key contact gone". */
  among: (db: Executor, workspaceId: string, addresses: string[]) =>
    addresses.length
      ? bouncedAddressesRepository.among(db, workspaceId, addresses)
      : Promise.resolve(new Set<string>()),
};
