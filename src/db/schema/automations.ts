import type { Selectable } from 'kysely';
import type { RunStatus } from '../../domain/automations/rules.ts';

export type { RunStatus };

/** An automation rule: when (trigger) → if (condition) → then (actions), per workspace. */
export interface AutomationRuleTable {
  workspace_id: string;
  id: string;
  name: string;
  /** 0/1 */
  enabled: number;
  /** JSON: the validated Trigger */
  trigger: string;
  /** JSON: a validated SegmentFilter, or null for "always" */
  condition: string | null;
  /** JSON: the validated Action list, run in order */
  actions: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export type AutomationRule = Selectable<AutomationRuleTable>;

/** One time a rule's trigger matched: what happened and why. */
export interface AutomationRunTable {
  workspace_id: string;
  id: string;
  rule_id: string;
  /** the domain event that triggered it; null for the overdue scan */
  event_id: string | null;
  entity_type: string;
  entity_id: string;
  customer_id: string | null;
  depth: number;
  status: RunStatus;
  detail: string | null;
  at: string;
}
export type AutomationRun = Selectable<AutomationRunTable>;

/** The customers a segment rule last saw in its segment. */
export interface AutomationSegmentMemberTable {
  workspace_id: string;
  rule_id: string;
  customer_id: string;
}

/** Follow-ups an overdue rule already fired for. */
export interface AutomationFiredFollowUpTable {
  workspace_id: string;
  rule_id: string;
  follow_up_id: string;
  at: string;
}

/** Target dates a "date arrives" rule already fired for, per customer. */
export interface AutomationFiredDateTable {
  workspace_id: string;
  rule_id: string;
  customer_id: string;
  target_date: string;
  at: string;
}
