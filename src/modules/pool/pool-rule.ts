import type { Executor } from '../../db/dialect.ts';
import type { PoolSettingsRow, Stage } from '../../db/schema.ts';
import { DEFAULT_POOL_SETTINGS, type PoolSettings } from '../../domain/pool/pool-settings.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import type { DuplicatesService } from '../duplicates/duplicates.service.ts';
import type { FollowUpsService } from '../relationship/follow-ups.service.ts';
import type { PlanningService } from '../relationship/planning.service.ts';
import { poolRepository } from './pool.repository.ts';

/** What the pool needs of other modules, handed in by the container. */
export interface PoolDeps {
  calendars: CalendarProvider;
  followUps: FollowUpsService;
  planning: PlanningService;
  duplicates: DuplicatesService;
  /** the clock of claims and of the nightly rule (tests move it) */
  now: () => Date;
}

const fromRow = (r: PoolSettingsRow): PoolSettings => ({
  enabled: r.enabled === 1,
  stages: JSON.parse(r.stages) as Stage[],
  idleDays: r.idle_days,
  warningDays: r.warning_days,
  claimLimit: r.claim_limit,
});

export const toSettingsRow = (workspaceId: string, s: PoolSettings, at: string) => ({
  workspace_id: workspaceId,
  enabled: s.enabled ? 1 : 0,
  stages: JSON.stringify(s.stages),
  idle_days: s.idleDays,
  warning_days: s.warningDays,
  claim_limit: s.claimLimit,
  updated_at: at,
});

/** The workspace's pool rule, or the defaults while no admin has saved one. */
export async function poolSettingsOf(db: Executor, workspaceId: string): Promise<PoolSettings> {
  const row = await poolRepository.findSettings(db, workspaceId);
  return row ? fromRow(row) : { ...DEFAULT_POOL_SETTINGS };
}
