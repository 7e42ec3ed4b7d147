import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { leadScore } from '../../domain/insight/lead-score.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { insightSettingsOf } from './insight-settings.service.ts';
import { ENGAGEMENT_DAYS, leadFactsOf } from './lead-scores.ts';
import { nextActionsRepository } from './next-actions.repository.ts';

/** A customer's lead score against the workspace's ideal customer profile, part by part. */
export class LeadScoreService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async of(scope: Scope, customerId: string) {
    const c = await customerRecords.findVisible(this.db, scope, customerId);
    if (!c) throw AppError.notFound('Customer');
    const { icp } = await insightSettingsOf(this.db, scope.workspaceId);
    const since = addDays(this.now().toISOString().slice(0, 10), -ENGAGEMENT_DAYS);
    const rows = await nextActionsRepository.engagement(this.db, scope.workspaceId, c.id, since);
    const s = leadScore(leadFactsOf(c, rows), icp);
    return { customerId: c.id, stage: c.stage, score: s.score, parts: s.parts, icp };
  }
}
