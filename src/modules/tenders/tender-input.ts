import type { TenderResult } from '../../db/schema.ts';
import { isValidDate } from '../../domain/calendar/dates.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { isCountryCode, isCurrency, isTimeZone } from '../../domain/countries.ts';
import { localContentProblems } from '../../domain/sales/local-content.ts';
import { deadlineInstant } from '../../domain/sales/tender-deadline.ts';
import { isAmountMinor, MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { fieldError, type FieldError } from '../../http/errors.ts';
import type { TenderBody } from './tenders.schemas.ts';

/** A tender as the API describes it, every field present: a create body, or a row with a patch on it. */
export type TenderInput = Omit<TenderBody, 'customerId'>;

/** What the tender's row and child rows will hold, once the input is valid. */
export interface TenderValues {
  reference: string;
  title: string;
  country: string;
  issuing_body: string | null;
  submission_deadline: string;
  deadline_time_zone: string;
  clarification_deadline: string | null;
  bid_bond_minor: number | null;
  bid_bond_currency: string | null;
  required_documents: string;
  local_content_required_bp: number | null;
  local_content_notes: string | null;
  lc_currency: string | null;
  lc_value_minor: number | null;
  lc_local_taxes_minor: number | null;
  lc_imported_minor: number | null;
  price_preference_bp: number | null;
  requires_local_partner: number;
  requires_joint_venture: number;
  requires_local_branch: number;
  evaluation_criteria: string;
  bid_amount_minor: number | null;
  bid_currency: string | null;
  result: TenderResult | null;
  result_date: string | null;
  result_note: string | null;
  reminder_business_days: number;
  competitors: {
    name: string;
    amount_minor: number | null;
    currency: string | null;
    local_presence: number;
    awarded: number;
  }[];
  reasonIds: string[];
}

export interface InputContext {
  /** the buyer's zone and country: defaults for the deadline zone and the tender's country */
  buyerZone: string;
  buyerCountry: string;
  /** the workspace's reasons by id */
  reasons: Map<string, { active: boolean }>;
  /** reasons the tender already has: kept even when since deactivated */
  keptReasonIds: Set<string>;
  /** today in UTC, the result date when none is given */
  today: string;
}

/** A percentage as whole hundredths (12.5 → 1250), or null when it is not 0–100 with two decimals. */
export function toBp(value: number): number | null {
  const bp = Math.round(value * 100);
  if (!Number.isFinite(value) || value < 0 || value > 100 || Math.abs(bp - value * 100) > 1e-6)
    return null;
  return bp;
}

const fromBp = (bp: number | null) => (bp === null ? null : bp / 100);
const trimmed = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** `2026-10-08T17:00` is a real wall-clock time (no 25:00, no 30 February). */
function isLocalDateTime(v: string): boolean {
  const [h, m] = [Number(v.slice(11, 13)), Number(v.slice(14, 16))];
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) && isValidDate(v.slice(0, 10)) && h < 24 && m < 60
  );
}

function money(
  path: string,
  m: { amountMinor: number; currency: string } | null | undefined,
  errors: FieldError[],
): [number | null, string | null] {
  if (!m) return [null, null];
  const currency = m.currency.toUpperCase();
  if (!isAmountMinor(m.amountMinor))
    errors.push(fieldError(`${path}/amountMinor`, 'amount_minor', { max: MAX_AMOUNT_MINOR }));
  if (!isCurrency(currency))
    errors.push(fieldError(`${path}/currency`, 'currency', { value: currency }));
  return [m.amountMinor, currency];
}

function percent(path: string, v: number | null | undefined, errors: FieldError[]): number | null {
  if (v === null || v === undefined) return null;
  const bp = toBp(v);
  if (bp === null) errors.push(fieldError(path, 'percent'));
  return bp;
}

/**
 * Checks a whole tender and answers every problem with its path, or the values to store. The
 * deadlines are wall-clock times in the zone they were published in; a deadline already past is
 * allowed (a tender entered afterwards) and flagged on reading, not refused.
 */
export function checkTender(
  input: TenderInput,
  ctx: InputContext,
): { errors: FieldError[]; values: TenderValues } {
  const errors: FieldError[] = [];
  const zone = input.deadlineTimeZone ?? ctx.buyerZone;
  if (!isTimeZone(zone)) errors.push(fieldError('/deadlineTimeZone', 'time_zone', { value: zone }));
  const country = (input.country ?? ctx.buyerCountry).toUpperCase();
  if (!isCountryCode(country)) errors.push(fieldError('/country', 'country', { value: country }));
  const instant = (path: string, v: string | null | undefined): string | null => {
    if (v === null || v === undefined) return null;
    if (!isLocalDateTime(v)) {
      errors.push(fieldError(path, 'local_datetime'));
      return null;
    }
    return isTimeZone(zone) ? deadlineInstant(v, zone).toISOString() : null;
  };
  const submission = instant('/submissionDeadline', input.submissionDeadline);
  const clarification = instant('/clarificationDeadline', input.clarificationDeadline);
  if (submission && clarification && clarification >= submission)
    errors.push(fieldError('/clarificationDeadline', 'before_deadline'));

  const [bondMinor, bondCurrency] = money('/bidBond', input.bidBond, errors);
  const [bidMinor, bidCurrency] = money('/bid', input.bid, errors);
  const lc = input.localContent ?? {};
  const requiredBp = percent('/localContent/requiredPercent', lc.requiredPercent, errors);
  const declared = lc.declared ?? null;
  if (declared) {
    if (!isCurrency(declared.currency.toUpperCase()))
      errors.push(
        fieldError('/localContent/declared/currency', 'currency', { value: declared.currency }),
      );
    for (const k of ['valueMinor', 'localTaxesMinor', 'importedMinor'] as const)
      if (!isAmountMinor(declared[k]))
        errors.push(
          fieldError(`/localContent/declared/${k}`, 'amount_minor', { max: MAX_AMOUNT_MINOR }),
        );
    for (const p of localContentProblems(declared))
      errors.push(fieldError(`/localContent/declared/${p.field}`, p.code));
  }
  const preferenceBp = percent('/pricePreferencePercent', input.pricePreferencePercent, errors);

  const criteria = input.evaluationCriteria ?? [];
  let weightsBp = 0;
  criteria.forEach((c, i) => {
    weightsBp += percent(`/evaluationCriteria/${i}/weight`, c.weight, errors) ?? 0;
  });
  if (criteria.length && weightsBp !== 10000 && !errors.some((e) => e.path.endsWith('/weight')))
    errors.push(fieldError('/evaluationCriteria', 'weights_sum', { sum: weightsBp / 100 }));

  const result = input.result ?? null;
  const competitors = (input.competitors ?? []).map((c, i) => {
    const path = `/competitors/${i}`;
    const currency = c.currency ? c.currency.toUpperCase() : null;
    const amount = c.amountMinor ?? null;
    if (amount !== null && !isAmountMinor(amount))
      errors.push(fieldError(`${path}/amountMinor`, 'amount_minor', { max: MAX_AMOUNT_MINOR }));
    if (amount !== null && !currency) errors.push(fieldError(`${path}/currency`, 'required'));
    if (currency && !isCurrency(currency))
      errors.push(fieldError(`${path}/currency`, 'currency', { value: currency }));
    if (c.awarded && result !== 'lost')
      errors.push(fieldError(`${path}/awarded`, 'winner_needs_loss'));
    return {
      name: c.name.trim(),
      amount_minor: amount,
      currency: amount === null ? null : currency,
      local_presence: c.localPresence ? 1 : 0,
      awarded: c.awarded ? 1 : 0,
    };
  });
  if (competitors.filter((c) => c.awarded).length > 1)
    errors.push(fieldError('/competitors', 'one_winner'));

  const reasonIds = [...new Set(input.reasonIds ?? [])];
  if (!result && reasonIds.length) errors.push(fieldError('/reasonIds', 'needs_result'));
  if (!result && input.resultDate) errors.push(fieldError('/resultDate', 'needs_result'));
  (input.reasonIds ?? []).forEach((id, i) => {
    const r = ctx.reasons.get(id);
    if (!r) errors.push(fieldError(`/reasonIds/${i}`, 'no_such', { entity: 'reason' }));
    else if (!r.active && !ctx.keptReasonIds.has(id))
      errors.push(fieldError(`/reasonIds/${i}`, 'reason_inactive'));
  });

  return {
    errors,
    values: {
      reference: input.reference.trim(),
      title: input.title.trim(),
      country,
      issuing_body: trimmed(input.issuingBody),
      submission_deadline: submission ?? '',
      deadline_time_zone: zone,
      clarification_deadline: clarification,
      bid_bond_minor: bondMinor,
      bid_bond_currency: bondCurrency,
      required_documents: JSON.stringify(
        (input.requiredDocuments ?? []).map((d) => ({ name: d.name.trim(), done: !!d.done })),
      ),
      local_content_required_bp: requiredBp,
      local_content_notes: trimmed(lc.notes),
      lc_currency: declared ? declared.currency.toUpperCase() : null,
      lc_value_minor: declared?.valueMinor ?? null,
      lc_local_taxes_minor: declared?.localTaxesMinor ?? null,
      lc_imported_minor: declared?.importedMinor ?? null,
      price_preference_bp: preferenceBp,
      requires_local_partner: input.requiresLocalPartner ? 1 : 0,
      requires_joint_venture: input.requiresJointVenture ? 1 : 0,
      requires_local_branch: input.requiresLocalBranch ? 1 : 0,
      evaluation_criteria: JSON.stringify(
        criteria.map((c) => ({ name: c.name.trim(), weight: c.weight })),
      ),
      bid_amount_minor: bidMinor,
      bid_currency: bidCurrency,
      result,
      result_date: result ? (input.resultDate ?? ctx.today) : null,
      result_note: trimmed(input.resultNote),
      reminder_business_days: input.reminderBusinessDays ?? 5,
      competitors,
      reasonIds: result ? reasonIds : [],
    },
  };
}

/** A stored instant as the wall-clock "YYYY-MM-DDTHH:MM" of its zone (the API's form of it). */
export function toLocal(instant: string, zone: string): string {
  const p = localParts(new Date(instant), zone);
  return `${p.date}T${p.time}`;
}

type Row = Omit<TenderValues, 'competitors' | 'reasonIds'>;

/** A stored tender in the API's words, so a patch can be laid over it and checked whole. */
export function inputOf(
  row: Row,
  competitors: TenderValues['competitors'],
  reasonIds: string[],
): TenderInput {
  const n = (v: number | string | null) => (v === null ? null : Number(v));
  const lcValue = n(row.lc_value_minor);
  return {
    reference: row.reference,
    title: row.title,
    country: row.country,
    issuingBody: row.issuing_body,
    submissionDeadline: toLocal(row.submission_deadline, row.deadline_time_zone),
    deadlineTimeZone: row.deadline_time_zone,
    clarificationDeadline: row.clarification_deadline
      ? toLocal(row.clarification_deadline, row.deadline_time_zone)
      : null,
    bidBond:
      row.bid_bond_currency === null
        ? null
        : { amountMinor: Number(row.bid_bond_minor), currency: row.bid_bond_currency },
    requiredDocuments: JSON.parse(row.required_documents) as { name: string; done: boolean }[],
    localContent: {
      requiredPercent: fromBp(row.local_content_required_bp),
      notes: row.local_content_notes,
      declared:
        lcValue === null || row.lc_currency === null
          ? null
          : {
              currency: row.lc_currency,
              valueMinor: lcValue,
              localTaxesMinor: Number(row.lc_local_taxes_minor),
              importedMinor: Number(row.lc_imported_minor),
            },
    },
    pricePreferencePercent: fromBp(row.price_preference_bp),
    requiresLocalPartner: row.requires_local_partner === 1,
    requiresJointVenture: row.requires_joint_venture === 1,
    requiresLocalBranch: row.requires_local_branch === 1,
    evaluationCriteria: JSON.parse(row.evaluation_criteria) as { name: string; weight: number }[],
    bid:
      row.bid_currency === null
        ? null
        : { amountMinor: Number(row.bid_amount_minor), currency: row.bid_currency },
    competitors: competitors.map((c) => ({
      name: c.name,
      amountMinor: n(c.amount_minor),
      currency: c.currency,
      localPresence: c.local_presence === 1,
      awarded: c.awarded === 1,
    })),
    result: row.result,
    resultDate: row.result_date,
    resultNote: row.result_note,
    reasonIds,
    reminderBusinessDays: row.reminder_business_days,
  };
}

/**
 * A patch laid over the stored tender. `localContent` merges field by field. Changing only the
 * zone keeps the wall-clock times the buyer published (the zone was wrong, not the times).
 */
export function applyPatch(current: TenderInput, patch: Partial<TenderInput>): TenderInput {
  const next: TenderInput = { ...current };
  for (const [k, v] of Object.entries(patch) as [keyof TenderInput, unknown][])
    if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  if (patch.localContent)
    next.localContent = { ...current.localContent, ...stripUndefined(patch.localContent) };
  // A result taken back takes its reasons and date with it.
  if (patch.result === null) {
    next.reasonIds = patch.reasonIds ?? [];
    next.resultDate = null;
  }
  // Only a lost tender has a winner among the competitors: another result clears the mark.
  if (patch.result !== undefined && patch.result !== 'lost' && !patch.competitors)
    next.competitors = (next.competitors ?? []).map((c) => ({ ...c, awarded: false }));
  return next;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
