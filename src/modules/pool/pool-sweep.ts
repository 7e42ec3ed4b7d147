import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { localDate, zonedToUtc } from '../../domain/calendar/zoned-time.ts';
import { planPoolMove, type PoolDecision } from '../../domain/pool/pool-planner.ts';
import { POOL_HOLDER_ID, poolBasisDate } from '../../domain/pool/pool-settings.ts';
import { systemScope, type Scope } from '../../domain/scope.ts';
import { recordAudits, type AuditEvent } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { poolRepository } from './pool.repository.ts';
import { putIntoPool } from './pool-release.ts';
import { poolSettingsOf, type PoolDeps } from './pool-rule.ts';

/** Customers read and decided per transaction. */
const PAGE = 300;

export interface SweepResult {
  warned: number;
  released: number;
}

/** The owner's notice, in both languages the inbox speaks. */
function noticeReason(d: PoolDecision, idleDays: number) {
  return {
    en: `Returns to the shared pool after ${d.keepUntil} unless touched: ${d.idleBusinessDays} business days without a touch (the limit is ${idleDays}, counted in the home office’s calendar)`,
    zh: `如在 ${d.keepUntil} 之前仍未跟进，该客户将退回公海：已连续 ${d.idleBusinessDays} 个工作日没有跟进（上限 ${idleDays} 个工作日，按总部日历计算）`,
  };
}

/**
 * The nightly pool rule for one workspace. Idle customers of the pooled stages are decided by
 * `planPoolMove` in the home office's calendar: the owner is warned first (a follow-up in their
 * inbox, noted in `pool_warnings`), and a customer still untouched after the promised day goes to
 * the pool. Running it again the same night changes nothing: a warning is given once per basis
 * date, and a release is a conditional update. Audited per customer, in one write per page.
 */
export async function sweepWorkspace(
  db: Kysely<DB>,
  deps: PoolDeps,
  workspaceId: string,
): Promise<SweepResult> {
  const result: SweepResult = { warned: 0, released: 0 };
  const settings = await poolSettingsOf(db, workspaceId);
  const ws = await workspaces.find(db, workspaceId);
  if (!settings.enabled || !ws) return result;
  const now = deps.now();
  const zone = ws.home_time_zone;
  const today = localDate(now, zone);
  const calendar = await deps.calendars.calendar(db, workspaceId, ws.home_country);
  const rule = { idleDays: settings.idleDays, warningDays: settings.warningDays };
  // Business days are never fewer than calendar days, so a customer touched within the last
  // idleDays - warningDays calendar days cannot be due; one day of slack for the zone.
  const before = zonedToUtc(
    addDays(today, -(rule.idleDays - rule.warningDays) + 1),
    '00:00',
    zone,
  ).toISOString();
  const actor: Scope = { ...systemScope(workspaceId), systemKind: 'system' };
  let afterId = '';
  for (;;) {
    const page = await customerRecords.idleCandidates(db, workspaceId, {
      stages: settings.stages,
      before,
      holderId: POOL_HOLDER_ID,
      afterId,
      limit: PAGE,
    });
    const last = page[page.length - 1];
    if (!last) break;
    afterId = last.id;
    await db.transaction().execute(async (tx) => {
      const ids = page.map((c) => c.id);
      const claims = await poolRepository.lastClaims(tx, workspaceId, ids);
      const warnings = await poolRepository.warningsOf(tx, workspaceId, ids);
      const audits: AuditEvent[] = [];
      const at = now.toISOString();
      for (const c of page) {
        const basisDate = poolBasisDate([c.last_touch_at, c.created_at, claims.get(c.id)], zone);
        const w = warnings.get(c.id);
        // A warning counts for the owner it was given to, and only for the same basis date.
        const announced =
          w && w.owner_id === c.owner_id
            ? { basisDate: w.basis_date, keepUntil: w.keep_until }
            : null;
        const d = planPoolMove(calendar, rule, { basisDate, today, announced });
        if (d.action === 'warn') {
          const followUpId = await deps.followUps.createNotice(tx, actor, c, {
            dueDate: today,
            reason: noticeReason(d, rule.idleDays),
            note: null,
          });
          await poolRepository.putWarning(tx, {
            workspace_id: workspaceId,
            customer_id: c.id,
            owner_id: c.owner_id,
            basis_date: basisDate,
            keep_until: d.keepUntil,
            follow_up_id: followUpId,
            warned_at: at,
          });
          audits.push({
            action: 'pool_warn',
            entityType: 'customer',
            entityId: c.id,
            changes: {
              keepUntil: { before: null, after: d.keepUntil },
              idleBusinessDays: { before: null, after: d.idleBusinessDays },
            },
          });
          result.warned++;
        } else if (d.action === 'release') {
          const cancelled = await putIntoPool(tx, c, { reason: 'idle', releasedBy: null, at });
          if (cancelled === null) continue;
          audits.push({
            action: 'pool_release',
            entityType: 'customer',
            entityId: c.id,
            changes: {
              ownerId: { before: c.owner_id, after: POOL_HOLDER_ID },
              reason: { before: null, after: 'idle' },
              keepUntil: { before: null, after: d.keepUntil },
              ...(cancelled ? { cancelledFollowUps: { before: null, after: cancelled } } : {}),
            },
          });
          result.released++;
        }
      }
      await recordAudits(tx, actor, audits);
    });
    if (page.length < PAGE) break;
  }
  return result;
}
