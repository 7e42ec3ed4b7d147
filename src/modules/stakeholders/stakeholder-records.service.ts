import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import { stakeholdersRepository } from './stakeholders.repository.ts';

/** What other modules may read of stakeholders (mentions link to them), in the caller's scope. */
export const stakeholderRecords = {
  /** id → name of the stakeholders among `ids` the scope may see (the stakeholders' rule). */
  async visibleNames(db: Executor, scope: Scope, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!ids.length) return out;
    const wanted = new Set(ids);
    for (const s of await stakeholdersRepository.visible(db, scope))
      if (wanted.has(s.id)) out.set(s.id, s.name);
    return out;
  },
};
