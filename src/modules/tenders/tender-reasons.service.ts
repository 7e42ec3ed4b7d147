import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, TenderReason } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { DEFAULT_TENDER_REASONS } from '../../domain/sales/tender-reasons.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { tenderReasonsRepository as repo } from './tender-reasons.repository.ts';
import type { ReasonBody, ReasonOut, ReasonPatch } from './tenders.schemas.ts';

export const toReasonOut = (r: TenderReason): ReasonOut => ({
  id: r.id,
  code: r.code,
  name: { en: r.name_en, zh: r.name_zh },
  active: r.active === 1,
  position: r.position,
});

/**
 * The workspace's reasons, the defaults written the first time anyone needs them (a workspace
 * made before tenders existed, or just now, has none yet).
 */
export async function workspaceReasons(db: Executor, workspaceId: string): Promise<TenderReason[]> {
  const rows = await repo.list(db, workspaceId);
  if (rows.length) return rows;
  const at = nowIso();
  await repo.insertMissing(
    db,
    DEFAULT_TENDER_REASONS.map((r, position) => ({
      workspace_id: workspaceId,
      id: newId(),
      code: r.code,
      name_en: r.en,
      name_zh: r.zh,
      active: 1,
      position,
      created_at: at,
      updated_at: at,
    })),
  );
  return repo.list(db, workspaceId);
}

/** Win/loss reasons: everyone reads them; admins add, rename and switch them off (never delete). */
export class TenderReasonsService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope, includeInactive = false): Promise<{ items: ReasonOut[] }> {
    const rows = await this.db
      .transaction()
      .execute((tx) => workspaceReasons(tx, scope.workspaceId));
    return { items: rows.filter((r) => includeInactive || r.active === 1).map(toReasonOut) };
  }

  async create(scope: Scope, body: ReasonBody): Promise<ReasonOut> {
    requireRole(scope, 'admin');
    return this.db.transaction().execute(async (tx) => {
      const rows = await workspaceReasons(tx, scope.workspaceId);
      const nameEn = body.nameEn.trim();
      if (rows.some((r) => r.name_en === nameEn))
        throw AppError.conflict(`A reason named ${nameEn} exists`, [
          fieldError('/nameEn', 'taken'),
        ]);
      const at = nowIso();
      const row: TenderReason = {
        workspace_id: scope.workspaceId,
        id: newId(),
        code: null,
        name_en: nameEn,
        name_zh: body.nameZh.trim(),
        active: 1,
        position: Math.max(-1, ...rows.map((r) => r.position)) + 1,
        created_at: at,
        updated_at: at,
      };
      await repo.insertMissing(tx, [row]);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'tender_reason',
        entityId: row.id,
        changes: diff({}, { nameEn: row.name_en, nameZh: row.name_zh }),
      });
      return toReasonOut(row);
    });
  }

  async update(scope: Scope, id: string, patch: ReasonPatch): Promise<ReasonOut> {
    requireRole(scope, 'admin');
    return this.db.transaction().execute(async (tx) => {
      const before = await repo.find(tx, scope.workspaceId, id);
      if (!before) throw AppError.notFound('Reason');
      const nameEn = patch.nameEn?.trim();
      if (nameEn && nameEn !== before.name_en) {
        const other = await repo.byName(tx, scope.workspaceId, nameEn);
        if (other)
          throw AppError.conflict(`A reason named ${nameEn} exists`, [
            fieldError('/nameEn', 'taken'),
          ]);
      }
      const after: TenderReason = {
        ...before,
        ...(nameEn ? { name_en: nameEn } : {}),
        ...(patch.nameZh ? { name_zh: patch.nameZh.trim() } : {}),
        ...(patch.active === undefined ? {} : { active: patch.active ? 1 : 0 }),
        updated_at: nowIso(),
      };
      const changes = diff(
        { nameEn: before.name_en, nameZh: before.name_zh, active: before.active === 1 },
        { nameEn: after.name_en, nameZh: after.name_zh, active: after.active === 1 },
      );
      if (Object.keys(changes).length) {
        await repo.update(tx, scope.workspaceId, id, {
          name_en: after.name_en,
          name_zh: after.name_zh,
          active: after.active,
          updated_at: after.updated_at,
        });
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'tender_reason',
          entityId: id,
          changes,
        });
      }
      return toReasonOut(after);
    });
  }
}
