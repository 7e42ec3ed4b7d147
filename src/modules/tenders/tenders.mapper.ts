import type { TenderCompetitor, TenderReason } from '../../db/schema.ts';
import { LOCAL_CONTENT_RULES, localContent } from '../../domain/sales/local-content.ts';
import { deadlineView } from '../../domain/sales/tender-deadline.ts';
import type { HomeOffice } from './tender-reminders.ts';
import { toReasonOut } from './tender-reasons.service.ts';
import { toLocal } from './tender-input.ts';
import type { TenderRow } from './tenders.repository.ts';
import type { TenderOut } from './tenders.schemas.ts';

/** What reading a tender needs beyond its rows: whose clock, the home office, the reasons. */
export interface ViewContext {
  viewerZone: string;
  home: HomeOffice;
  now: Date;
  reasons: Map<string, TenderReason>;
  followUps: Map<string, { due_date: string; status: string }>;
}

const num = (v: number | string | null) => (v === null ? null : Number(v));
const pct = (bp: number | null) => (bp === null ? null : bp / 100);
const money = (amount: number | string | null, currency: string | null) =>
  currency === null || amount === null ? null : { amountMinor: Number(amount), currency };

function declared(row: TenderRow): TenderOut['localContent']['declared'] {
  const value = num(row.lc_value_minor);
  if (value === null || row.lc_currency === null) return null;
  const input = {
    valueMinor: value,
    localTaxesMinor: Number(row.lc_local_taxes_minor),
    importedMinor: Number(row.lc_imported_minor),
  };
  const r = localContent(input, row.country, row.local_content_required_bp);
  const rule = LOCAL_CONTENT_RULES[row.country];
  return {
    currency: row.lc_currency,
    ...input,
    baseMinor: r.baseMinor,
    percent: r.percentBp / 100,
    class: r.class ? { code: r.class.code, name: r.class.name } : null,
    rule: rule ? { name: rule.name, source: rule.source } : null,
    meetsRequirement: r.meetsRequirement,
  };
}

export function toTenderOut(
  row: TenderRow,
  competitors: TenderCompetitor[],
  reasonIds: string[],
  ctx: ViewContext,
): TenderOut {
  const view = (instant: string) =>
    deadlineView({
      deadline: new Date(instant),
      buyerZone: row.deadline_time_zone,
      viewerZone: ctx.viewerZone,
      homeZone: ctx.home.timeZone,
      homeCalendar: ctx.home.calendar,
      now: ctx.now,
    });
  const deadline = view(row.submission_deadline);
  const reminders: TenderOut['reminders'] = [];
  for (const [kind, id] of [
    ['submission', row.submission_follow_up_id],
    ['clarification', row.clarification_follow_up_id],
  ] as const) {
    const f = id ? ctx.followUps.get(id) : undefined;
    if (id && f) reminders.push({ kind, followUpId: id, dueDate: f.due_date, status: f.status });
  }
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    ownerId: row.customer_owner_id,
    reference: row.reference,
    title: row.title,
    country: row.country,
    issuingBody: row.issuing_body,
    status: row.result !== null ? 'decided' : deadline.passed ? 'awaiting_result' : 'open',
    deadlineTimeZone: row.deadline_time_zone,
    submissionDeadline: toLocal(row.submission_deadline, row.deadline_time_zone),
    clarificationDeadline: row.clarification_deadline
      ? toLocal(row.clarification_deadline, row.deadline_time_zone)
      : null,
    deadline,
    clarification: row.clarification_deadline ? view(row.clarification_deadline) : null,
    homeCountry: ctx.home.country,
    bidBond: money(row.bid_bond_minor, row.bid_bond_currency),
    requiredDocuments: JSON.parse(row.required_documents) as { name: string; done: boolean }[],
    localContent: {
      requiredPercent: pct(row.local_content_required_bp),
      notes: row.local_content_notes,
      declared: declared(row),
    },
    pricePreferencePercent: pct(row.price_preference_bp),
    requiresLocalPartner: row.requires_local_partner === 1,
    requiresJointVenture: row.requires_joint_venture === 1,
    requiresLocalBranch: row.requires_local_branch === 1,
    evaluationCriteria: JSON.parse(row.evaluation_criteria) as { name: string; weight: number }[],
    bid: money(row.bid_amount_minor, row.bid_currency),
    competitors: competitors.map((c) => ({
      name: c.name,
      amountMinor: num(c.amount_minor),
      currency: c.currency,
      localPresence: c.local_presence === 1,
      awarded: c.awarded === 1,
    })),
    result: row.result,
    resultDate: row.result_date,
    resultNote: row.result_note,
    reasons: reasonIds
      .map((id) => ctx.reasons.get(id))
      .filter((r): r is TenderReason => !!r)
      .sort((a, b) => a.position - b.position)
      .map(toReasonOut),
    reminderBusinessDays: row.reminder_business_days,
    reminders,
    warnings: deadline.passed && row.result === null ? ['deadline_passed'] : [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
