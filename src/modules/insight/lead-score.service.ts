import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { leadScore } from '../../domain/insight/lead-score.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { insightSettingsOf } from './insight-settings.service.ts';
import { nextActionsRepository } from './next-actions.repository.ts';

/** Engagement counts activities of this many days back. */
const ENGAGEMENT_DAYS = 30;

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
    const count = (d?: string) =>
      rows.filter((r) => !d || r.direction === d).reduce((s, r) => s + Number(r.n), 0);
    const s = leadScore(
      {
        country: c.country,
        industry: c.industry,
        size: c.size,
        source: c.source,
        activities30d: count(),
        inbound30d: count('inbound'),
      },
      icp,
    );
    return { customerId: c.id, stage: c.stage, score: s.score, parts: s.parts, icp };
  }
}
