import { enqueueLeadScores } from './lead-score-job.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ACTION_RULE_IDS } from '../../domain/insight/action-rules.ts';
import { EMPTY_ICP, type IdealCustomerProfile } from '../../domain/insight/lead-score.ts';
import { nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import type { Executor } from '../../db/dialect.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { insightSettingsRepository } from './insight-settings.repository.ts';

export interface InsightSettings {
  disabledRules: string[];
  icp: IdealCustomerProfile;
}

/** A workspace's settings as stored, or the defaults (every rule on, an empty profile). */
export async function insightSettingsOf(
  db: Executor,
  workspaceId: string,
): Promise<InsightSettings> {
  const row = await insightSettingsRepository.find(db, workspaceId);
  if (!row) return { disabledRules: [], icp: EMPTY_ICP };
  return {
    disabledRules: JSON.parse(row.disabled_rules) as string[],
    icp: { ...EMPTY_ICP, ...(JSON.parse(row.icp) as Partial<IdealCustomerProfile>) },
  };
}

/** The next-action rules switched off and the ideal customer profile: admins change them. */
export class InsightSettingsService {
  constructor(private readonly db: Kysely<DB>) {}

  get(scope: Scope) {
    return insightSettingsOf(this.db, scope.workspaceId);
  }

  async put(scope: Scope, body: InsightSettings) {
    requireRole(scope, 'admin');
    const unknown = body.disabledRules.findIndex((r) => !ACTION_RULE_IDS.includes(r));
    if (unknown >= 0)
      throw AppError.validation([
        fieldError(`/disabledRules/${unknown}`, 'one_of', { values: ACTION_RULE_IDS }),
      ]);
    const icp: IdealCustomerProfile = {
      countries: [...new Set(body.icp.countries.map((c) => c.toUpperCase()))],
      industries: body.icp.industries,
      sizes: body.icp.sizes,
      sources: body.icp.sources,
    };
    const disabledRules = [...new Set(body.disabledRules)];
    await this.db.transaction().execute(async (tx) => {
      const before = await insightSettingsOf(tx, scope.workspaceId);
      await insightSettingsRepository.save(tx, {
        workspace_id: scope.workspaceId,
        disabled_rules: JSON.stringify(disabledRules),
        icp: JSON.stringify(icp),
        updated_by: scope.userId || null,
        updated_at: nowIso(),
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'insight_settings',
        entityId: scope.workspaceId,
        changes: diff({ ...before }, { disabledRules, icp }),
      });
      // Every stored lead score reads the profile: all are worked out again, in the background.
      if (JSON.stringify(before.icp) !== JSON.stringify(icp))
        await enqueueLeadScores(tx, scope.workspaceId);
    });
    return this.get(scope);
  }
}
