import type { Executor } from '../../db/dialect.ts';
import { sanctionsRepository as repo } from './sanctions.repository.ts';

/** What other modules ask of sanctions screening, through the composition root. */
export const sanctionRecords = {
  /**
   * Why the customer may not be sold to (a confirmed hit: the entry's name and the admin's
   * reason), or null. Quotes and orders ask before they create anything.
   */
  async blockReason(db: Executor, workspaceId: string, customerId: string): Promise<string | null> {
    const r = await repo.confirmed(db, workspaceId, customerId);
    return r ? `${r.entry_name}${r.reason ? ` — ${r.reason}` : ''}` : null;
  },

  /** The hits an import's new customers had, for its report. */
  async importHits(db: Executor, workspaceId: string, importId: string) {
    const rows = await repo.reviews(db, workspaceId, { importId, limit: 200 });
    return rows.map((r) => ({
      reviewId: r.id,
      customerId: r.customer_id,
      customerName: r.customer_name,
      subjectName: r.subject_name,
      entryName: r.entry_name,
      score: Number(r.score_milli) / 1000,
    }));
  },
};
