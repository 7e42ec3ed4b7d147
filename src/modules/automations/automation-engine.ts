import type { Executor } from '../../db/dialect.ts';
import { parentCustomerId, type CustomerChildTable } from '../../db/reparent.ts';
import type { AutomationRule, AutomationRuleTable } from '../../db/schema.ts';
import {
  eventMatches,
  SEGMENT_EVENTS,
  triggerEvents,
  type Action,
  type Trigger,
} from '../../domain/automations/rules.ts';
import type { EventType } from '../../domain/events.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import type { DomainEvent, Subscriber } from '../events/events.service.ts';
import { compileFilter, findSegment } from '../segments/segment-conditions.service.ts';
import type { ActionDeps } from './automation-actions.ts';
import { act, decide, type ParsedRule, type RunCause } from './automation-run.ts';
import { automationsRepository as repo } from './automations.repository.ts';

const parse = (r: Pick<AutomationRule, 'id' | 'name' | 'trigger' | 'condition' | 'actions'>) => ({
  id: r.id,
  name: r.name,
  trigger: JSON.parse(r.trigger) as Trigger,
  condition: r.condition ? (JSON.parse(r.condition) as unknown) : null,
  actions: JSON.parse(r.actions) as Action[],
});

const CHILD_TABLES: Record<string, CustomerChildTable> = {
  contact: 'contacts',
  order: 'orders',
  follow_up: 'follow_ups',
};

/**
 * Runs the rules: subscribed to domain events (in the dispatch job's transaction) and called by
 * the hourly overdue scan. Each run is all-or-nothing behind a savepoint and always logged.
 * Subscribers are registered once per name, so in a process with several containers (tests) the
 * last one's engine serves them all: it keeps no state but its clock and reads and writes only
 * through the executor it is handed.
 */
export class AutomationEngine {
  /** the clock actions read "today" from; tests set it */
  now: () => Date = () => new Date();

  constructor(private readonly deps: ActionDeps) {}

  subscriber(): Subscriber {
    return {
      name: 'automations',
      interested: async (db, ws) => {
        const types = new Set<EventType>();
        for (const r of await repo.enabled(db, ws))
          for (const t of triggerEvents(JSON.parse(r.trigger) as Trigger)) types.add(t);
        return types;
      },
      handle: (db, ws, evts) => this.handle(db, ws, evts),
    };
  }

  async handle(tx: Executor, ws: string, evts: DomainEvent[]): Promise<void> {
    const rules = (await repo.enabled(tx, ws)).map(parse);
    for (const e of evts) {
      const customerId = await this.customerOf(tx, ws, e);
      const cause: RunCause = {
        eventId: e.id,
        eventType: e.type,
        entityType: e.entityType,
        entityId: e.entityId,
        customerId,
        depth: e.depth ?? 0,
        chain: e.chain ?? [],
      };
      // Every rule decides on the state the event left, before any of them acts: one rule's
      // change is a new event for the others, never part of this one.
      const go: ParsedRule[] = [];
      for (const rule of rules) {
        const t = rule.trigger;
        if (t.kind === 'event' && eventMatches(t, e)) {
          if (await decide(tx, ws, rule, cause)) go.push(rule);
          continue;
        }
        if (t.kind !== 'segment_enter' && t.kind !== 'segment_leave') continue;
        if (!customerId || !SEGMENT_EVENTS.includes(e.type)) continue;
        const moved = await this.segmentMove(tx, ws, rule.id, t.segmentId, customerId);
        const wanted = t.kind === 'segment_enter' ? 'enter' : 'leave';
        if (moved === wanted && (await decide(tx, ws, rule, cause))) go.push(rule);
      }
      for (const rule of go) await this.act(tx, ws, rule, cause);
    }
  }

  /** Runs a rule that decided to go (the customer is known by then). */
  act(tx: Executor, ws: string, rule: ParsedRule, cause: RunCause): Promise<void> {
    const customerId = cause.customerId;
    if (!customerId) return Promise.resolve();
    return act(tx, ws, rule, { ...cause, customerId }, this.now(), this.deps);
  }

  /** The customer an event is about: its own id, the one in its changes, or the row's parent. */
  private async customerOf(tx: Executor, ws: string, e: DomainEvent): Promise<string | null> {
    if (e.entityType === 'customer') return e.entityId;
    const named = e.changes.customerId?.after ?? e.changes.customerId?.before;
    if (typeof named === 'string') return named;
    const table = CHILD_TABLES[e.entityType];
    return table ? ((await parentCustomerId(tx, table, ws, e.entityId)) ?? null) : null;
  }

  /**
   * Whether the customer entered or left the rule's segment since the rule last looked: the
   * segment is evaluated now, against the membership the rule recorded (noted in full when the
   * rule was saved, then kept per customer here). A segment since deleted moves no one.
   */
  private async segmentMove(
    tx: Executor,
    ws: string,
    ruleId: string,
    segmentId: string,
    customerId: string,
  ): Promise<'enter' | 'leave' | null> {
    const segment = await findSegment(tx, ws, segmentId);
    if (!segment) return null;
    const compiled = await compileFilter(tx, ws, JSON.parse(segment.filter));
    if ('errors' in compiled) return null;
    const now = (await customerRecords.matching(tx, ws, compiled.condition, [customerId])).length;
    const was = (await repo.members(tx, ws, ruleId, [customerId])).size;
    if (now && !was) {
      await repo.addMembers(tx, ws, ruleId, [customerId]);
      return 'enter';
    }
    if (!now && was) {
      await repo.removeMembers(tx, ws, ruleId, [customerId]);
      return 'leave';
    }
    return null;
  }

  /** Notes who is in a segment rule's segment now (on save), so only later moves fire. */
  async noteSegmentMembers(tx: Executor, row: AutomationRuleTable): Promise<void> {
    const t = JSON.parse(row.trigger) as Trigger;
    await repo.clearMembers(tx, row.workspace_id, row.id);
    if ((t.kind !== 'segment_enter' && t.kind !== 'segment_leave') || row.enabled !== 1) return;
    const segment = await findSegment(tx, row.workspace_id, t.segmentId);
    const compiled = segment
      ? await compileFilter(tx, row.workspace_id, JSON.parse(segment.filter))
      : null;
    if (!compiled || 'errors' in compiled) return;
    const ids = await customerRecords.matching(tx, row.workspace_id, compiled.condition);
    await repo.addMembers(tx, row.workspace_id, row.id, ids);
  }

  /** Rules with this trigger kind in each workspace that has one (the overdue scan). */
  async rulesOfKind(db: Executor, kind: Trigger['kind']): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const r of await repo.allEnabled(db))
      if ((JSON.parse(r.trigger) as Trigger).kind === kind)
        out.set(r.workspace_id, [...(out.get(r.workspace_id) ?? []), r.id]);
    return out;
  }

  /** Names of the rules entered or left through the segment (a segment in use stays). */
  async rulesUsingSegment(db: Executor, ws: string, segmentId: string): Promise<string[]> {
    return (await repo.list(db, ws))
      .filter((r) => {
        const t = JSON.parse(r.trigger) as Trigger;
        return 'segmentId' in t && t.segmentId === segmentId;
      })
      .map((r) => r.name);
  }

  async rule(db: Executor, ws: string, id: string): Promise<ParsedRule | null> {
    const row = await repo.find(db, ws, id);
    return row && row.enabled === 1 ? parse(row) : null;
  }
}
