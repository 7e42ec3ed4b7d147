import { rm } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Kysely } from 'kysely';
import type { DB, Import } from '../../db/schema.ts';
import { isCountryCode } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import {
  checkMapping,
  CUSTOMER_TARGETS,
  guessMapping,
  ORDER_TARGETS,
  type ImportEntity,
} from '../../domain/import/column-mapping.ts';
import { systemScope, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { ExchangeRatesService } from '../orders/exchange-rates.service.ts';
import type { ValueService } from '../orders/value.service.ts';
import { CustomerImport } from './customer-import.ts';
import { OrderImport } from './order-import.ts';
import { importsRepository } from './imports.repository.ts';
import { readSheet, sniff } from './import-reader.ts';
import { importRates } from './rates-import.ts';
import { userRecords } from '../users/user-records.service.ts';

export interface StartImport {
  filePath: string;
  fileName: string;
  entity: string;
  dryRun?: boolean;
  /** header → target; when absent, the mapping saved for the source, else a guess */
  mapping?: Record<string, string | null>;
  source?: string | null;
  /** ISO country for rows that name none */
  country?: string | null;
  tags?: string[];
}

export interface ImportOut {
  id: string;
  status: Import['status'];
  entity: string;
  dryRun: boolean;
  fileName: string;
  source: string | null;
  rowsDone: number;
  progress: number;
  counts: { created: number; updated: number; merged: number; unchanged: number; rejected: number };
  errors: { row: number; field: string; message: string }[];
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

const toOut = (
  j: Import,
  errors: { row: number; field: string; message: string }[] = [],
): ImportOut => ({
  id: j.id,
  status: j.status,
  entity: j.entity,
  dryRun: j.dry_run === 1,
  fileName: j.file_name,
  source: j.source,
  rowsDone: j.rows_done,
  progress: j.status === 'done' ? 1 : j.bytes_total ? Math.min(1, j.bytes_done / j.bytes_total) : 0,
  counts: {
    created: j.created,
    updated: j.updated,
    merged: j.merged,
    unchanged: j.unchanged,
    rejected: j.rejected,
  },
  errors,
  error: j.error,
  createdAt: j.created_at,
  finishedAt: j.finished_at,
});

/** Customer imports: preview and mapping, then a background run with a checkpoint per batch. */
export class ImportsService {
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: {
      auth: AuthService;
      value: ValueService;
      exchangeRates: ExchangeRatesService;
      /** where uploads are kept; an upload is deleted once its import has ended */
      uploadsDir?: string | null;
    },
  ) {}

  private get uploadsDir(): string | null {
    return this.deps.uploadsDir ?? null;
  }

  /** Adds the rates of an exchange-rate sheet; see `importRates`. */
  importRates(scope: Scope, filePath: string) {
    return importRates(this.deps.exchangeRates, scope, filePath);
  }

  /** Headers, the mapping to start from (saved for the source, else guessed) and a few rows. */
  async preview(scope: Scope, filePath: string, entity: string, source: string | null) {
    this.checkEntity(entity);
    const info = await sniff(filePath);
    let headers: string[] | null = null;
    const sample: string[][] = [];
    for await (const row of readSheet(filePath, info)) {
      if (!headers) headers = row.cells.map((h) => h.trim());
      else sample.push(row.cells);
      if (sample.length >= 5) break;
    }
    if (!headers) throw AppError.validation([fieldError('/file', 'file_empty')]);
    const saved = source
      ? await importsRepository.savedMapping(this.db, scope.workspaceId, entity, source)
      : null;
    const guessed = guessMapping(headers, entity as ImportEntity);
    const mapping = saved
      ? Object.fromEntries(
          headers.map((h) => [h, h in saved ? (saved[h] ?? null) : (guessed[h] ?? null)]),
        )
      : guessed;
    return {
      format: info.format,
      encoding: info.encoding,
      delimiter: info.delimiter,
      headers,
      mapping,
      mappingFrom: saved ? ('saved' as const) : ('guessed' as const),
      /** what a column can be mapped to */
      targets: [...(entity === 'orders' ? ORDER_TARGETS : CUSTOMER_TARGETS)],
      sample,
    };
  }

  async start(scope: Scope, input: StartImport): Promise<ImportOut> {
    this.checkEntity(input.entity);
    const errors: FieldError[] = [];
    const country = input.country?.toUpperCase() ?? null;
    if (country && !isCountryCode(country))
      errors.push(fieldError('/country', 'country', { value: input.country ?? '' }));
    const preview = await this.preview(scope, input.filePath, input.entity, input.source ?? null);
    const mapping: Record<string, string | null> = input.mapping
      ? Object.fromEntries(preview.headers.map((h) => [h, input.mapping?.[h] ?? null]))
      : preview.mapping;
    for (const h of Object.keys(input.mapping ?? {}))
      if (!preview.headers.includes(h))
        errors.push(fieldError(`/mapping/${h}`, 'mapping_no_column'));
    errors.push(...checkMapping(mapping, input.entity as ImportEntity));
    if (errors.length) throw AppError.validation(errors);
    const at = nowIso();
    const job = {
      workspace_id: scope.workspaceId,
      id: newId(),
      entity: input.entity as ImportEntity,
      source: input.source?.trim() || null,
      file_name: input.fileName,
      file_path: input.filePath,
      dry_run: input.dryRun ? 1 : 0,
      status: 'queued' as const,
      mapping: JSON.stringify(mapping),
      options: JSON.stringify({ country, tags: input.tags ?? [] }),
      rows_done: 0,
      bytes_total: null,
      bytes_done: 0,
      created: 0,
      updated: 0,
      merged: 0,
      unchanged: 0,
      rejected: 0,
      error: null,
      finished_at: null,
      created_by: scope.userId,
      created_at: at,
    };
    await this.db.transaction().execute(async (tx) => {
      await importsRepository.insert(tx, job);
      if (job.source && input.mapping)
        await importsRepository.saveMapping(
          tx,
          scope.workspaceId,
          'customers',
          job.source,
          mapping,
          at,
        );
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'import',
        entityId: job.id,
        changes: {
          file: { before: null, after: job.file_name },
          dryRun: { before: null, after: !!input.dryRun },
        },
      });
    });
    this.launch(scope, job.id);
    return this.get(scope, job.id);
  }

  private launch(scope: Scope, id: string): void {
    const run = this.execute(scope, id).finally(() => this.running.delete(id));
    this.running.set(id, run);
  }

  /** Resolves when the import has finished (for the CLI and tests). */
  async wait(id: string): Promise<void> {
    await this.running.get(id);
  }

  private async execute(scope: Scope, id: string): Promise<void> {
    const ws = scope.workspaceId;
    const job = await importsRepository.find(this.db, ws, id);
    if (!job) return;
    try {
      const info = await sniff(job.file_path);
      await importsRepository.setStatus(this.db, ws, id, {
        status: 'running',
        bytes_total: info.bytes,
      });
      if (job.entity === 'orders') {
        await new OrderImport(this.db, scope, job).run();
        // Value tiers follow the orders: recompute them workspace-wide after a real order import.
        // Classification is workspace-wide: the system runs it on the importer's behalf.
        if (!job.dry_run) await this.deps.value.classify(systemScope(ws, scope.userId), {});
      } else {
        const teamId = (await userRecords.teamIdsOf(this.db, ws, job.created_by))[0] ?? null;
        await new CustomerImport(this.db, scope, job, teamId).run();
      }
      await importsRepository.setStatus(this.db, ws, id, { status: 'done', finished_at: nowIso() });
    } catch (err) {
      await importsRepository.setStatus(this.db, ws, id, {
        status: 'failed',
        error: err instanceof Error ? err.message : String(err),
        finished_at: nowIso(),
      });
    }
    // A resume needs the upload only while the import runs; a file the CLI named is the user's.
    if (this.uploadsDir && isInside(this.uploadsDir, job.file_path))
      await rm(job.file_path, { force: true });
  }

  /** Picks up imports a crash or restart interrupted; each resumes after its last committed batch. */
  async resumeUnfinished(): Promise<string[]> {
    const { auth } = this.deps;
    const ids: string[] = [];
    for (const job of await importsRepository.unfinished(this.db)) {
      const scope = await auth.scopeFor(job.workspace_id, job.created_by);
      if (!scope) {
        await importsRepository.setStatus(this.db, job.workspace_id, job.id, {
          status: 'failed',
          error: 'the user who started it is no longer active',
        });
        continue;
      }
      this.launch(scope, job.id);
      ids.push(job.id);
    }
    return ids;
  }

  private async visible(scope: Scope, id: string): Promise<Import> {
    const job = await importsRepository.find(this.db, scope.workspaceId, id);
    // Others' imports are theirs: a rep's list of rows may name customers outside your scope.
    if (!job || (scope.role !== 'admin' && job.created_by !== scope.userId))
      throw AppError.notFound('Import');
    return job;
  }

  async get(scope: Scope, id: string): Promise<ImportOut> {
    const job = await this.visible(scope, id);
    const errors = await importsRepository.errors(this.db, scope.workspaceId, id, 200);
    return toOut(
      job,
      errors.map((e) => ({ row: e.row, field: e.field, message: e.message })),
    );
  }

  async list(scope: Scope): Promise<{ items: ImportOut[] }> {
    const rows = await importsRepository.list(
      this.db,
      scope.workspaceId,
      scope.role === 'admin' ? null : scope.userId,
    );
    return { items: rows.map((r) => toOut(r)) };
  }

  /** The rejected rows as they were read, with a reason column, to fix and import again. */
  async errorsCsv(scope: Scope, id: string): Promise<string> {
    await this.visible(scope, id);
    const errors = await importsRepository.errors(this.db, scope.workspaceId, id, 1_000_000);
    const byRow = new Map<number, { raw: Record<string, string>; reasons: string[] }>();
    for (const e of errors) {
      const entry = byRow.get(e.row) ?? {
        raw: JSON.parse(e.raw) as Record<string, string>,
        reasons: [],
      };
      entry.reasons.push(e.field ? `${e.field}: ${e.message}` : e.message);
      byRow.set(e.row, entry);
    }
    const first = byRow.values().next().value;
    const headers = first ? Object.keys(first.raw) : [];
    const lines = [...byRow.entries()].map(([row, v]) => [
      String(row),
      ...headers.map((h) => v.raw[h] ?? ''),
      v.reasons.join('; '),
    ]);
    return '\uFEFF' + stringify([['row', ...headers, 'reason'], ...lines]);
  }

  private checkEntity(entity: string): void {
    if (entity !== 'customers' && entity !== 'orders')
      throw AppError.validation([
        fieldError('/entity', 'one_of', { values: ['customers', 'orders'] }),
      ]);
  }
}

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
