import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError } from '../../domain/field-errors.ts';
import { nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { replaceList, RESCREEN_JOB, type RescreenPayload } from './list-update.ts';
import { LIST_FORMATS, parseList, type ListFormat } from './parsers/index.ts';
import { listOut, reviewOut } from './sanctions.mapper.ts';
import { sanctionsRepository as repo } from './sanctions.repository.ts';
import { Screening } from './screening.ts';

const DEFAULT_NAMES: Record<ListFormat, string> = {
  'ofac-sdn-csv': 'OFAC SDN',
  'ofac-sdn-xml': 'OFAC SDN',
  'eu-xml': 'EU consolidated',
  'un-xml': 'UN consolidated',
  csv: 'Own watch list',
};

/** Sanctions lists, screening and the review queue (docs/risk.md, "Sanctions screening"). */
export class SanctionsService {
  readonly screening: Screening;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly runner: JobRunner,
  ) {
    this.screening = new Screening(db);
  }

  /** Reads an uploaded list file and replaces the list's previous version with it. */
  async upload(
    scope: Scope,
    input: { filePath: string; fileName: string; format: string | undefined; name?: string },
  ) {
    requireRole(scope, 'admin');
    const format = input.format as ListFormat;
    if (!LIST_FORMATS.includes(format))
      throw AppError.validation([
        fieldError('/format', input.format ? 'one_of' : 'required', {
          values: [...LIST_FORMATS],
        }),
      ]);
    const name = (input.name ?? '').trim() || DEFAULT_NAMES[format];
    if (name.length > 100)
      throw AppError.validation([fieldError('/name', 'text_length', { min: 1, max: 100 })]);
    // Parsed before the transaction: a broken file never opens one, and the old list stands.
    const parsed = await parseList(format, input.filePath);
    const out = await replaceList(this.db, scope, {
      format,
      name,
      fileName: input.fileName,
      parsed,
    });
    if (out.jobId) void this.runner.runNow(out.jobId);
    return { list: listOut(out.list), report: out.report };
  }

  async lists(scope: Scope) {
    requireRole(scope, 'admin');
    return { items: (await repo.lists(this.db, scope.workspaceId)).map(listOut) };
  }

  /** Any signed-in user may check a name before they create the customer. */
  async screen(scope: Scope, q: { name: string; country?: string; birthDate?: string }) {
    const index = await this.screening.index(this.db, scope.workspaceId);
    const hits = index.screen({ name: q.name, country: q.country, birthDate: q.birthDate });
    return {
      hits: hits.slice(0, 50).map((h) => ({
        listId: h.listId,
        entryId: h.entryId,
        name: h.name,
        score: h.score,
        matchedOn: h.matchedOn,
      })),
    };
  }

  async reviews(
    scope: Scope,
    q: { status?: string; importId?: string; cursor?: string; limit?: number },
  ) {
    requireRole(scope, 'admin');
    const limit = q.limit ?? 50;
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    const rows = await repo.reviews(this.db, scope.workspaceId, { ...q, after, limit });
    const last = rows[rows.length - 1];
    return {
      items: rows.map(reviewOut),
      nextCursor: rows.length === limit && last ? encodeCursor(last.created_at, last.id) : null,
    };
  }

  /** Confirm (the customer is blocked from quotes and orders) or dismiss a hit; audited. */
  async decide(
    scope: Scope,
    id: string,
    body: { decision: 'confirm' | 'dismiss'; reason?: string },
  ) {
    requireRole(scope, 'admin');
    const reason = body.reason?.trim() ?? '';
    if (body.decision === 'confirm' && !reason)
      throw AppError.validation([fieldError('/reason', 'required')]);
    return this.db.transaction().execute(async (tx) => {
      const review = await repo.review(tx, scope.workspaceId, id);
      if (!review) throw AppError.notFound('Review');
      const status = body.decision === 'confirm' ? 'confirmed' : 'dismissed';
      const at = nowIso();
      await repo.updateReview(tx, scope.workspaceId, id, {
        status,
        reason: reason || null,
        decided_by: scope.userId,
        decided_at: at,
        updated_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'sanctions_review',
        entityId: id,
        changes: {
          status: { before: review.status, after: status },
          reason: { before: review.reason, after: reason || null },
          customerId: { before: review.customer_id, after: review.customer_id },
          entry: { before: review.entry_name, after: review.entry_name },
        },
      });
      return reviewOut({
        ...review,
        status,
        reason: reason || null,
        decided_by: scope.userId,
        decided_at: at,
      });
    });
  }

  /** Re-screens every customer and contact against a list's new and changed entries. */
  jobKind(): JobKind<RescreenPayload> {
    return {
      kind: RESCREEN_JOB,
      leaseMs: 10 * 60_000,
      run: async (p, ctx) => {
        await this.screening.rescreen(p.workspaceId, p.entryIds, { onPage: () => ctx.heartbeat() });
      },
    };
  }

  /** Resolves when the re-screening jobs this process started have ended (tests, the CLI). */
  settled(): Promise<void> {
    return this.runner.drain();
  }
}

const encodeCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString('base64url');
function decodeCursor(c: string) {
  const [at, id] = Buffer.from(c, 'base64url').toString().split('|');
  if (!at || !id) throw AppError.validation([fieldError('/cursor', 'invalid')]);
  return { at, id };
}
