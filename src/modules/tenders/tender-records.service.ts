import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import type { TenderCompetitor, TenderTable } from '../../db/schema.ts';
import { tenderReasonsRepository } from './tender-reasons.repository.ts';
import { tendersRepository } from './tenders.repository.ts';

/**
 * What other code may read of tenders and their reasons, in the caller's executor. The tenders
 * module is the only writer of `tenders`, `tender_competitors`, `tender_reasons` and
 * `tender_result_reasons`.
 */
export const tenderRecords = {
  /** "REF — title" by id (the audit log names its records); deleted tenders are not named. */
  namesOf: async (db: Executor, workspaceId: string, ids: string[]) => {
    const rows = await tendersRepository.namesOf(db, workspaceId, [...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, `${r.reference} — ${r.title}`]));
  },

  reasonNamesOf: async (db: Executor, workspaceId: string, ids: string[]) => {
    const rows = await tenderReasonsRepository.list(db, workspaceId);
    const wanted = new Set(ids);
    return new Map(rows.filter((r) => wanted.has(r.id)).map((r) => [r.id, r.name_en]));
  },

  /** A tender's country when the scope may see the tender (its bid file's local value). */
  countryOfVisible: async (db: Executor, scope: Scope, id: string) =>
    (await tendersRepository.findVisible(db, scope, id))?.country,

  /** The demo seed writes a history of tenders at once. */
  insertMany: (
    db: Executor,
    rows: TenderTable[],
    competitors: TenderCompetitor[],
    reasons: { workspace_id: string; tender_id: string; reason_id: string }[],
  ) => tendersRepository.insertMany(db, rows, competitors, reasons),
};
