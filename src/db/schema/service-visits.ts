import type { Selectable } from 'kysely';
import type { VisitKind, VisitTrigger } from '../../domain/service/visits.ts';

// Follow-up visits (migration 0053), written only by the service-visits module.

export interface ServiceVisitRuleTable {
  workspace_id: string;
  id: string;
  name: string;
  trigger: VisitTrigger;
  kind: VisitKind;
  /** business days after the event, in the customer's calendar */
  business_days: number;
  /** JSON array of ticket types (ticket_solved only); empty: any */
  ticket_types: string;
  /** JSON array of customer tiers; empty: any */
  tiers: string;
  /** JSON array of ChecklistItem */
  checklist: string;
  enabled: number;
  created_at: string;
  updated_at: string;
}
export type ServiceVisitRule = Selectable<ServiceVisitRuleTable>;

export interface ServiceVisitTable {
  workspace_id: string;
  id: string;
  rule_id: string;
  /** the rule's name, trigger, kind and checklist as they were when the visit was planned */
  name: string;
  trigger: VisitTrigger;
  kind: VisitKind;
  checklist: string;
  source_kind: 'ticket' | 'order';
  source_id: string;
  /** the ticket's or order's number */
  source_label: string;
  /** the relationship module's follow-up: the visit's date, assignee and customer */
  follow_up_id: string;
  /** UTC instant of the event */
  event_at: string;
  /** the date first planned, in the customer's calendar */
  planned_date: string;
  done_at: string | null;
  done_by: string | null;
  activity_id: string | null;
  /** JSON ChecklistAnswers, once recorded */
  answers: string | null;
  created_at: string;
  updated_at: string;
}
export type ServiceVisit = Selectable<ServiceVisitTable>;
