import { readdir, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CustomersCreated } from '../customers/customer-records.service.ts';
import { nowIso } from '../../domain/ids.ts';
import { systemScope, type Scope } from '../../domain/scope.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { ValueService } from '../orders/value.service.ts';
import { CustomerImport } from './customer-import.ts';
import { OrderImport } from './order-import.ts';
import { importsRepository } from './imports.repository.ts';
import { sniff } from './import-reader.ts';
import { userRecords } from '../users/user-records.service.ts';

/** Runs imports in the background, each resuming after its last committed batch. */
export class ImportRunner {
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: {
      auth: AuthService;
      value: ValueService;
      /** plans imported customers' first follow-ups */
      customersCreated: CustomersCreated;
      /** where uploads are kept; an upload is deleted once its import has ended */
      uploadsDir?: string | null;
    },
  ) {}

  private get uploadsDir(): string | null {
    return this.deps.uploadsDir ?? null;
  }

  launch(scope: Scope, id: string): void {
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
        await new CustomerImport(this.db, scope, job, teamId, this.deps.customersCreated).run();
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
