import type { AuditEntry, Pipeline } from '../../db/schema.ts';
import { daysInStage, isRotting } from '../../domain/sales/pipelines.ts';
import type { ActivityOut } from '../relationship/activities.schemas.ts';
import type { DealRow } from './deals.repository.ts';
import type { DealOut, TimelineItem } from './deals.schemas.ts';

/** A deal as the API answers it; `pipelines` give the rotting limit. */
export function toDealOut(
  d: DealRow,
  pipelines: ReadonlyMap<string, Pick<Pipeline, 'rotting_days'>>,
  now: Date,
): DealOut {
  return {
    id: d.id,
    customerId: d.customer_id,
    customerName: d.customer_name,
    customerCountry: d.customer_country,
    title: d.title,
    amountMinor: Number(d.amount_minor),
    currency: d.currency,
    expectedCloseDate: d.expected_close_date,
    pipelineId: d.pipeline_id,
    stageId: d.stage_id,
    status: d.status,
    probability: d.probability,
    ownerId: d.owner_id,
    source: d.source,
    nextStep: d.next_step,
    stageEnteredAt: d.stage_entered_at,
    daysInStage: daysInStage(d.stage_entered_at, now),
    rotting: isRotting(
      {
        status: d.status,
        stageEnteredAt: d.stage_entered_at,
        lastTouchAt: d.customer_last_touch_at,
      },
      pipelines.get(d.pipeline_id)?.rotting_days ?? null,
      now,
    ),
    closedAt: d.closed_at,
    repeatOfId: d.repeat_of_id,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
  };
}

// Ids the timeline does not show: the names recorded beside them say the same to a person.
const HIDDEN = new Set(['stageId', 'pipelineId']);

/**
 * The deal's story, newest first: the customer's touches (from the relationship module) and the
 * deal's own changes (from the audit log), a stage move told apart from other edits.
 */
export function timeline(activities: ActivityOut[], audit: AuditEntry[]): TimelineItem[] {
  const items: TimelineItem[] = [
    ...activities.map((a): TimelineItem => ({
      kind: 'activity',
      at: a.occurredAt,
      actorId: a.authorId,
      activity: {
        id: a.id,
        type: a.type,
        direction: a.direction,
        summary: a.summary,
        outcome: a.outcome,
        contactId: a.contactId,
      },
      changes: [],
    })),
    ...audit.map((e): TimelineItem => {
      const changes = JSON.parse(e.changes) as Record<string, { before: unknown; after: unknown }>;
      return {
        kind: e.action === 'create' ? 'created' : 'stageId' in changes ? 'stage' : 'change',
        at: e.at,
        actorId: e.actor_id,
        activity: null,
        changes: Object.entries(changes)
          .filter(([field]) => !HIDDEN.has(field))
          .map(([field, c]) => ({ field, before: c.before ?? null, after: c.after ?? null })),
      };
    }),
  ];
  return items.sort((a, b) => b.at.localeCompare(a.at));
}
