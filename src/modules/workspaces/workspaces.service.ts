import type { Executor } from '../../db/dialect.ts';
import type { Workspace } from '../../db/schema.ts';
import { workspacesRepository } from './workspaces.repository.ts';

/**
 * What other modules, the CLI and the seed may do with the `workspaces` table, inside their own
 * transaction. The workspaces module is its only writer; each write names its purpose.
 */
export const workspaces = {
  find: (db: Executor, id: string): Promise<Workspace | undefined> =>
    workspacesRepository.find(db, id),

  create: (db: Executor, name: string, home?: { country: string; timeZone: string }) =>
    workspacesRepository.create(db, name, home),

  count: (db: Executor): Promise<number> => workspacesRepository.count(db),

  list: (db: Executor): Promise<Workspace[]> => workspacesRepository.list(db),

  /** Value classification's period and thresholds, with when it last ran (JSON). */
  saveValueSettings: (db: Executor, id: string, json: string) =>
    workspacesRepository.update(db, id, { value_settings: json }),

  setReportingCurrency: (db: Executor, id: string, currency: string) =>
    workspacesRepository.update(db, id, { reporting_currency: currency }),
};
