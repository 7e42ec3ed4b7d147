import type { Executor } from '../../db/dialect.ts';
import type { Kysely } from 'kysely';
import type { DB, Import } from '../../db/schema.ts';
import type { CustomersCreated } from '../customers/customer-records.service.ts';
import { isCountryCode } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { checkMapping } from '../../domain/import/column-mapping.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { ExchangeRatesService } from '../orders/exchange-rates.service.ts';
import type { ValueService } from '../orders/value.service.ts';
import {
  rejectedRowsCsv,
  rowErrorOut,
  toOut,
  type ImportOut,
  type SanctionsHitOut,
} from './import-out.ts';
import { checkEntity, previewImport } from './import-preview.ts';
import { ImportRunner, sweepUploads } from './import-runner.ts';
import { importsRepository } from './imports.repository.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { importRates } from './rates-import.ts';
import { userRecords } from '../users/user-records.service.ts';
import { mayEditCatalogue, priceListRecords } from '../products/product-records.service.ts';

export type { ImportOut } from './import-out.ts';

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
  /** products: the price list the rows' prices go to */
  priceListId?: string | null;
}

/**
 * Customer, order and product imports: preview and mapping, then a background run with a
 * checkpoint per batch.
 */
export class ImportsService {
  private readonly runner: ImportRunner;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: {
      auth: AuthService;
      value: ValueService;
      exchangeRates: ExchangeRatesService;
      /** plans imported customers' first follow-ups */
      customersCreated: CustomersCreated;
      /** where uploads are kept; an upload is deleted once its import has ended */
      uploadsDir?: string | null;
      jobs: JobRunner;
      /** the sanctions hits an import's new customers had (set by the composition root) */
      sanctionsHits?: (
        db: Executor,
        workspaceId: string,
        importId: string,
      ) => Promise<SanctionsHitOut[]>;
    },
  ) {
    this.runner = new ImportRunner(db, deps);
  }

  /** The job kind that runs imports, for the composition root to give the job runner. */
  jobKind() {
    return this.runner.jobKind();
  }

  /** Adds the rates of an exchange-rate sheet; see `importRates`. */
  importRates(scope: Scope, filePath: string) {
    return importRates(this.deps.exchangeRates, scope, filePath);
  }

  /** Headers, the mapping to start from (saved for the source, else guessed) and a few rows. */
  preview(scope: Scope, filePath: string, entity: string, source: string | null) {
    if (entity === 'products') mayEditCatalogue(scope);
    return previewImport(this.db, scope, filePath, entity, source);
  }

  async start(scope: Scope, input: StartImport): Promise<ImportOut> {
    checkEntity(input.entity);
    const entity = input.entity;
    // The catalogue and its prices are the workspace's: written by admins and managers only.
    if (entity === 'products') mayEditCatalogue(scope);
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
    errors.push(...checkMapping(mapping, entity));
    const priceListId = entity === 'products' ? input.priceListId?.trim() || null : null;
    if (priceListId && !(await priceListRecords.find(this.db, scope.workspaceId, priceListId)))
      errors.push(fieldError('/priceListId', 'no_such', { entity: 'price list' }));
    if (entity === 'products' && !priceListId && Object.values(mapping).includes('unitPrice'))
      errors.push(fieldError('/priceListId', 'required'));
    if (errors.length) throw AppError.validation(errors);
    const at = nowIso();
    const job = {
      workspace_id: scope.workspaceId,
      id: newId(),
      entity,
      source: input.source?.trim() || null,
      file_name: input.fileName,
      file_path: input.filePath,
      dry_run: input.dryRun ? 1 : 0,
      status: 'queued' as const,
      mapping: JSON.stringify(mapping),
      options: JSON.stringify({ country, tags: input.tags ?? [], priceListId }),
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
    const jobId = await this.db.transaction().execute(async (tx) => {
      await importsRepository.insert(tx, job);
      if (job.source && input.mapping)
        await importsRepository.saveMapping(tx, scope.workspaceId, entity, job.source, mapping, at);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'import',
        entityId: job.id,
        changes: {
          file: { before: null, after: job.file_name },
          dryRun: { before: null, after: !!input.dryRun },
        },
      });
      return this.runner.enqueue(tx, scope.workspaceId, job.id);
    });
    if (jobId) this.runner.launch(scope.workspaceId, job.id, jobId);
    return this.get(scope, job.id);
  }

  /** Resolves when the import has finished (for the CLI and tests). */
  wait(id: string): Promise<void> {
    return this.runner.wait(id);
  }

  /** Picks up imports a crash or restart interrupted; each resumes after its last committed batch. */
  resumeUnfinished(): Promise<string[]> {
    return this.runner.resumeUnfinished();
  }

  /** Deletes uploads no unfinished import needs once they are `retentionMs` old (default a day). */
  sweepUploads(retentionMs?: number, now?: number): Promise<number> {
    const dir = this.deps.uploadsDir;
    return dir ? sweepUploads(this.db, dir, retentionMs, now) : Promise.resolve(0);
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
    const author = await userRecords.findById(this.db, scope.workspaceId, job.created_by);
    const hits =
      job.entity === 'customers' && this.deps.sanctionsHits
        ? await this.deps.sanctionsHits(this.db, scope.workspaceId, id)
        : undefined;
    return toOut({ ...job, created_by_name: author?.name ?? null }, errors.map(rowErrorOut), hits);
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
    return rejectedRowsCsv(
      await importsRepository.errors(this.db, scope.workspaceId, id, 1_000_000),
    );
  }
}
