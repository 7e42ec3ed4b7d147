import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fieldProblem, problemAt } from '../../domain/field-errors.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import {
  leaveColumns,
  readLeaveRow,
  type LeaveSheetProblem,
  type LeaveSheetRow,
} from '../../domain/offices/leave-sheet.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { readSheet, sniff } from '../imports/import-reader.ts';
import { officesRepository } from './offices.repository.ts';
import { canManage, type OfficesService } from './offices.service.ts';

/** A year of leave for a large office fits; more is a mistake or an attack. */
export const MAX_LEAVE_ROWS = 5000;
/** At most this many problems are told back (a wrong sheet would otherwise list every row). */
const MAX_PROBLEMS = 100;

export interface LeaveImportOut {
  read: number;
  created: number;
  /** rows already recorded (same person, kind and days): a sheet imported twice adds nothing */
  unchanged: number;
}

/**
 * Leave recorded from a sheet (CSV or XLSX: person, kind, from, to, reason) by the office's
 * manager or an admin, approved as they record it, like leave they enter one by one. The whole
 * sheet is checked first: any problem answers 400 naming each row and field, and nothing is
 * written; otherwise every row goes in one transaction, each audited.
 */
export class LeaveImportService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly offices: OfficesService,
  ) {}

  /** 404 for an office the caller cannot see, 403 for one they do not manage. */
  async checkAccess(scope: Scope, officeId: string): Promise<void> {
    const office = await this.offices.find(this.db, scope, officeId);
    if (!canManage(scope, office))
      throw AppError.forbidden('Only the office’s manager or an admin may import leave');
  }

  async importSheet(scope: Scope, officeId: string, filePath: string): Promise<LeaveImportOut> {
    await this.checkAccess(scope, officeId);
    const rows = await this.read(filePath);
    const people = await officesRepository.people(this.db, scope.workspaceId, [officeId]);
    const byName = new Map<string, string[]>();
    for (const p of people) {
      const key = p.name.trim().toLowerCase();
      byName.set(key, [...(byName.get(key) ?? []), p.id]);
    }
    const problems: LeaveSheetProblem[] = [];
    const matched = rows.flatMap((r) => {
      const ids = byName.get(r.person.toLowerCase()) ?? [];
      if (ids.length === 1) return [{ ...r, personId: ids[0]! }];
      problems.push({
        line: r.line,
        problem: ids.length
          ? fieldProblem('person', 'person_ambiguous', { value: r.person })
          : fieldProblem('person', 'no_person_match', { value: r.person }),
      });
      return [];
    });
    if (problems.length) throw rowErrors(problems);

    return this.db.transaction().execute(async (tx) => {
      const known = new Set(
        (await officesRepository.leave(tx, scope.workspaceId, [officeId])).map(
          (l) => `${l.person_id}|${l.kind}|${l.from_date}|${l.to_date}`,
        ),
      );
      let created = 0;
      const at = nowIso();
      for (const r of matched) {
        const key = `${r.personId}|${r.kind}|${r.from}|${r.to}`;
        if (known.has(key)) continue;
        known.add(key);
        const id = newId();
        await officesRepository.insertLeave(tx, {
          workspace_id: scope.workspaceId,
          id,
          office_id: officeId,
          person_id: r.personId,
          kind: r.kind,
          from_date: r.from,
          to_date: r.to,
          reason: r.reason,
          status: 'approved',
          requested_by: scope.userId,
          decided_by: scope.userId,
          decided_at: at,
          created_at: at,
        });
        // The reason stays out of the audit log, as for leave entered by hand.
        await recordAudit(tx, scope, {
          action: 'create',
          entityType: 'office_leave',
          entityId: id,
          changes: diff(
            {},
            { personId: r.personId, kind: r.kind, from: r.from, to: r.to, source: 'sheet' },
          ),
        });
        created++;
      }
      return { read: rows.length, created, unchanged: rows.length - created };
    });
  }

  /** Every row of the sheet, or a 400 naming the header's or the rows' problems. */
  private async read(filePath: string): Promise<LeaveSheetRow[]> {
    const info = await sniff(filePath);
    let cols: ReturnType<typeof leaveColumns> | null = null;
    const rows: LeaveSheetRow[] = [];
    const problems: LeaveSheetProblem[] = [];
    let count = 0;
    for await (const row of readSheet(filePath, info)) {
      if (!cols) {
        cols = leaveColumns(row.cells);
        if (Array.isArray(cols))
          throw AppError.validation(cols.map((p) => problemAt('/file/header', p)));
        continue;
      }
      if (row.cells.every((c) => !c.trim())) continue;
      if (++count > MAX_LEAVE_ROWS)
        throw AppError.validation([
          fieldError('/file', 'sheet_rows', { count: `${MAX_LEAVE_ROWS}+`, max: MAX_LEAVE_ROWS }),
        ]);
      const read = readLeaveRow(cols, row.line, row.cells);
      if (Array.isArray(read)) problems.push(...read);
      else rows.push(read);
    }
    if (!cols) throw AppError.validation([fieldError('/file', 'file_empty')]);
    if (problems.length) throw rowErrors(problems);
    return rows;
  }
}

function rowErrors(problems: LeaveSheetProblem[]) {
  return AppError.validation(
    problems
      .slice(0, MAX_PROBLEMS)
      .map((p) => problemAt(`/rows/${p.line}/${p.problem.field}`, p.problem)),
  );
}
