import { readdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB, Import } from '../../db/schema.ts';
import type { Changes } from '../audit/audit.service.ts';
import type { CustomersCreated } from '../customers/customer-records.service.ts';
import { nowIso } from '../../domain/ids.ts';
import { systemScope, type Scope } from '../../domain/scope.ts';
import type { Executor } from '../../db/dialect.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { activeJobId, enqueueJob } from '../jobs/job-records.service.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { ValueService } from '../orders/value.service.ts';
import { events } from '../events/events.service.ts';
import { CustomerImport } from './customer-import.ts';
import { OrderImport } from './order-import.ts';
import { ProductImport } from './product-import.ts';
import { importsRepository } from './imports.repository.ts';
import { sniff } from './import-reader.ts';
import { userRecords } from '../users/user-records.service.ts';

/** The job kind that runs an import; its dedup key is the import's id. */
export const IMPORT_JOB = 'imports.run';

export interface ImportJobPayload {
  importId: string;
}

/**
 * Runs imports as durable jobs: each import is one `imports.run` job, so exactly one process runs
 * it, and one that died mid-way (crash, kill, restart) is taken over and resumes after its last
 * committed batch. The process that started an import runs it at once.
 */
export class ImportRunner {
  private readonly running = new Map<string, Promise<void>>();
  private readonly workspaceOf = new Map<string, string>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: {
      auth: AuthService;
      value: ValueService;
      /** plans imported customers' first follow-ups */
      customersCreated: CustomersCreated;
      /** where uploads are kept; an upload is deleted once its import has ended */
      uploadsDir?: string | null;
      jobs: JobRunner;
    },
  ) {}

  private get uploadsDir(): string | null {
    return this.deps.uploadsDir ?? null;
  }

  /** The job kind the composition root gives the runner. */
  jobKind(): JobKind<ImportJobPayload> {
    return {
      kind: IMPORT_JOB,
      concurrency: 2,
      // A takeover after a crash counts as an attempt; the import itself records its own failure.
      maxAttempts: 20,
      leaseMs: 60_000,
      run: (p, ctx) => this.runJob(ctx.workspaceId ?? '', p.importId),
    };
  }

  /** Enqueues an import's job inside the caller's transaction. */
  enqueue(tx: Executor, workspaceId: string, id: string): Promise<string | null> {
    return enqueueJob(tx, IMPORT_JOB, { importId: id } satisfies ImportJobPayload, {
      workspaceId,
      dedupKey: id,
    });
  }

  /** Runs the import's job here now unless another process already runs it. */
  launch(workspaceId: string, id: string, jobId: string): void {
    this.workspaceOf.set(id, workspaceId);
    const run = this.deps.jobs.runNow(jobId).finally(() => this.running.delete(id));
    this.running.set(id, run);
  }

  /** Resolves when the import has finished, wherever it runs (for the CLI and tests). */
  async wait(id: string): Promise<void> {
    await this.running.get(id);
    const ws = this.workspaceOf.get(id);
    for (; ws !== undefined;) {
      const job = await importsRepository.find(this.db, ws, id);
      if (!job || (job.status !== 'queued' && job.status !== 'running')) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async runJob(workspaceId: string, id: string): Promise<void> {
    const job = await importsRepository.find(this.db, workspaceId, id);
    if (!job || (job.status !== 'queued' && job.status !== 'running')) return;
    const scope = await this.deps.auth.scopeFor(workspaceId, job.created_by);
    if (!scope) {
      await importsRepository.setStatus(this.db, workspaceId, id, {
        status: 'failed',
        error: 'the user who started it is no longer active',
      });
      return;
    }
    await this.execute(scope, id);
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
      if (job.entity === 'products') {
        await new ProductImport(this.db, scope, job).run();
      } else if (job.entity === 'orders') {
        await new OrderImport(this.db, scope, job).run();
        // Value tiers follow the orders: recompute them workspace-wide after a real order import.
        // Classification is workspace-wide: the system runs it on the importer's behalf.
        if (!job.dry_run) await this.deps.value.classify(systemScope(ws, scope.userId), {});
      } else {
        const teamId = (await userRecords.teamIdsOf(this.db, ws, job.created_by))[0] ?? null;
        const created: CustomersCreated = (tx, customers) =>
          this.deps.customersCreated(tx, customers, { importId: job.id });
        await new CustomerImport(this.db, scope, job, teamId, created).run();
      }
      await this.finish(scope, id, { status: 'done', finished_at: nowIso() });
    } catch (err) {
      await this.finish(scope, id, {
        status: 'failed',
        error: err instanceof Error ? err.message : String(err),
        finished_at: nowIso(),
      });
    }
    // A resume needs the upload only while the import runs; a file the CLI named is the user's.
    if (this.uploadsDir && isInside(this.uploadsDir, job.file_path))
      await rm(job.file_path, { force: true });
  }

  /** Records the import's end and publishes `import.finished` in the same transaction. */
  private async finish(
    scope: Scope,
    id: string,
    end: { status: 'done' | 'failed'; finished_at: string; error?: string },
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await importsRepository.setStatus(tx, scope.workspaceId, id, end);
      const row = await importsRepository.find(tx, scope.workspaceId, id);
      await events.publish(tx, scope, [
        {
          type: 'import.finished',
          entityType: 'import',
          entityId: id,
          action: 'finish',
          changes: finishedChanges(end, row),
        },
      ]);
    });
  }

  /**
   * Picks up imports a crash or restart interrupted: takes over the jobs of processes on this host
   * that are gone, gives a job to an unfinished import that has none (one started before imports
   * were jobs), and runs each here unless a live process already does. Each resumes after its
   * last committed batch.
   */
  async resumeUnfinished(): Promise<string[]> {
    await this.deps.jobs.recoverOrphans();
    const ids: string[] = [];
    for (const job of await importsRepository.unfinished(this.db)) {
      const jobId =
        (await this.enqueue(this.db, job.workspace_id, job.id)) ??
        (await activeJobId(this.db, IMPORT_JOB, job.id));
      if (!jobId) continue;
      this.launch(job.workspace_id, job.id, jobId);
      ids.push(job.id);
    }
    return ids;
  }
}

/** What `import.finished` says: the outcome and the counts (as after-only changes). */
function finishedChanges(end: { status: string; error?: string }, row: Import | undefined) {
  const facts: Record<string, unknown> = { status: end.status, error: end.error ?? null };
  if (row)
    Object.assign(facts, {
      entity: row.entity,
      fileName: row.file_name,
      dryRun: Boolean(row.dry_run),
      rowsDone: row.rows_done,
      created: row.created,
      updated: row.updated,
      merged: row.merged,
      unchanged: row.unchanged,
      rejected: row.rejected,
    });
  return Object.fromEntries(
    Object.entries(facts).map(([k, v]) => [k, { before: null, after: v }]),
  ) as Changes;
}

/** How long an upload no running import needs is kept before the sweep deletes it. */
export const UPLOAD_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes files in the uploads folder that no queued or running import needs and that are older
 * than `retentionMs`: uploads of imports that ended without the runner's clean-up (a crash, a
 * kill) and of requests that broke off. Returns how many it deleted.
 */
export async function sweepUploads(
  db: Kysely<DB>,
  uploadsDir: string,
  retentionMs = UPLOAD_RETENTION_MS,
  now = Date.now(),
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(uploadsDir);
  } catch {
    return 0;
  }
  const needed = new Set(
    (await importsRepository.unfinished(db)).map((job) => resolve(job.file_path)),
  );
  let removed = 0;
  for (const name of names) {
    const path = resolve(join(uploadsDir, name));
    if (needed.has(path)) continue;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < retentionMs) continue;
    await rm(path, { force: true });
    removed++;
  }
  return removed;
}

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
