import type { Kysely } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { CustomerUpdate, DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import {
  leadScore,
  type IdealCustomerProfile,
  type LeadFacts,
} from '../../domain/insight/lead-score.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { insightSettingsOf } from './insight-settings.service.ts';
import { enqueueLeadScores, leadScoresRefresh } from './lead-score-job.ts';
import { nextActionsRepository } from './next-actions.repository.ts';

/** Engagement counts activities of this many days back. */
export const ENGAGEMENT_DAYS = 30;
/** A refresh reads this many leads at a time. */
const PAGE = 2000;
/** Changes to more customers than this at once (an import) wait for the workspace's job. */
const INLINE_MAX = 500;

type Counts = { direction: string | null; n: number | string }[];

/** A customer's lead facts from its fields and its engagement counts (the last 30 days). */
export function leadFactsOf(
  c: Pick<LeadFacts, 'country' | 'industry' | 'size' | 'source'>,
  counts: Counts,
): LeadFacts {
  const count = (d?: string) =>
    counts.filter((r) => !d || r.direction === d).reduce((s, r) => s + Number(r.n), 0);
  return {
    country: c.country,
    industry: c.industry,
    size: c.size,
    source: c.source,
    activities30d: count(),
    inbound30d: count('inbound'),
  };
}

const isLead = (c: { stage: string; deleted_at: string | null }) =>
  (c.stage === 'lead' || c.stage === 'prospect') && c.deleted_at === null;

/**
 * Brings the lead scores stored on customers (0083; the customers list shows them and segments
 * filter on them) to what the profile, the fields and the last 30 days' activities say: these
 * customers, or every lead and prospect of the workspace. Writes only scores that changed.
 * Answers how many changed.
 */
export async function refreshLeadScores(
  db: Executor,
  workspaceId: string,
  now: Date,
  ids?: string[],
): Promise<number> {
  const { icp } = await insightSettingsOf(db, workspaceId);
  const since = addDays(now.toISOString().slice(0, 10), -ENGAGEMENT_DAYS);
  let changed = 0;
  const score = async (rows: Awaited<ReturnType<typeof customerRecords.leadScoreFacts>>) => {
    const leads = rows.filter(isLead);
    const counts = new Map<string, Counts>();
    if (leads.length)
      for (const r of await nextActionsRepository.engagementOfMany(
        db,
        workspaceId,
        leads.map((c) => c.id),
        since,
      ))
        counts.set(r.customer_id, [...(counts.get(r.customer_id) ?? []), r]);
    const updates = rows
      .map((c) => ({ id: c.id, before: c.lead_score, score: scoreOf(c, counts.get(c.id), icp) }))
      .filter((u) => u.score !== (u.before === null ? null : Number(u.before)));
    await customerRecords.setLeadScores(db, workspaceId, updates);
    changed += updates.length;
  };
  if (ids) {
    for (const part of chunks(ids, 500))
      await score(await customerRecords.leadScoreFacts(db, workspaceId, { ids: part }));
    return changed;
  }
  await customerRecords.clearStaleLeadScores(db, workspaceId);
  for (let after = ''; ;) {
    const page = await customerRecords.leadScoreFacts(db, workspaceId, {
      afterId: after,
      limit: PAGE,
    });
    if (!page.length) break;
    await score(page);
    after = page[page.length - 1]!.id;
  }
  return changed;
}

function scoreOf(
  c: { stage: string; deleted_at: string | null } & Pick<
    LeadFacts,
    'country' | 'industry' | 'size' | 'source'
  >,
  counts: Counts | undefined,
  icp: IdealCustomerProfile,
): number | null {
  return isLead(c) ? leadScore(leadFactsOf(c, counts ?? []), icp).score : null;
}

const LEAD_FIELDS = ['stage', 'country', 'industry', 'size', 'source', 'deleted_at'] as const;

/** The customers module's patch follower: a change to what the score reads rescores at once. */
export async function followLeadFields(
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  patch: CustomerUpdate,
  now: Date,
): Promise<void> {
  if (LEAD_FIELDS.some((k) => patch[k] !== undefined))
    await rescore(db, workspaceId, customerIds, now);
}

/** These customers' scores now, or (an import's batch) the workspace's in the background. */
export async function rescore(db: Executor, workspaceId: string, customerIds: string[], now: Date) {
  if (customerIds.length > INLINE_MAX) await enqueueLeadScores(db, workspaceId);
  else if (customerIds.length) await refreshLeadScores(db, workspaceId, now, customerIds);
}

/**
 * Every workspace's scores hourly: engagement is a 30-day window, so scores fall as days pass
 * with no change to any record, and synced mail and imports add activities in bulk.
 */
export function leadScoreJobKinds(
  db: Kysely<DB>,
  workspaceIds: (db: Executor) => Promise<string[]>,
  now: () => Date,
): JobKind[] {
  return leadScoresRefresh.kinds(db, workspaceIds, (ws) => refreshLeadScores(db, ws, now()));
}
