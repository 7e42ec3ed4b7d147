import { addDays } from '../calendar/dates.ts';

/**
 * Sustainability commitments (issue 19, ESG): what customers ask of us, the certificates we
 * hold and what we promised. The vocabularies and the pure date rules live here.
 */

export const REQUIREMENT_KINDS = [
  'iso_14001',
  'iso_50001',
  'iso_45001',
  'product_carbon_footprint',
  'cbam_report',
  'conflict_minerals',
  'ecovadis_rating',
  'science_based_target',
  'other',
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** EU CBAM (Regulation (EU) 2023/956, Annex I): the goods whose imports must be reported. */
export const CBAM_GOODS = [
  'iron_steel',
  'aluminium',
  'cement',
  'fertilisers',
  'hydrogen',
  'electricity',
] as const;
export type CbamGoods = (typeof CBAM_GOODS)[number];

export const REQUIREMENT_STATUSES = [
  'open',
  'in_progress',
  'submitted',
  'accepted',
  'rejected',
  'waived',
] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const COMMITMENT_STATUSES = [
  'planned',
  'in_progress',
  'met',
  'missed',
  'withdrawn',
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Requirements and commitments still waiting for our work (a due date can pass on them). */
const REQUIREMENT_PENDING: readonly RequirementStatus[] = ['open', 'in_progress', 'rejected'];
const COMMITMENT_PENDING: readonly CommitmentStatus[] = ['planned', 'in_progress'];

/** Overdue: still pending and the due date is before today (due today is not late yet). */
export function requirementOverdue(
  status: RequirementStatus,
  dueDate: string | null,
  today: string,
): boolean {
  return dueDate !== null && dueDate < today && REQUIREMENT_PENDING.includes(status);
}

export function commitmentOverdue(
  status: CommitmentStatus,
  dueDate: string | null,
  today: string,
): boolean {
  return dueDate !== null && dueDate < today && COMMITMENT_PENDING.includes(status);
}

/** What the reminder rule needs of a business calendar (the countries module's fits). */
export interface BusinessDays {
  isBusinessDay(date: string): boolean;
}

export const REMINDER_DAYS = { min: 1, max: 120, default: 20 } as const;

/**
 * The day to start renewing a certificate: `businessDays` business days of the home office
 * before its expiry date, stepping over the office's weekends and holidays and counting its
 * working weekend days: 10 business days before 8 October 2026 in China is 17 September (the
 * National Day week and Mid-Autumn are closed, Sunday 20 September is worked).
 */
export function renewalReminderDate(
  calendar: BusinessDays,
  expiresOn: string,
  businessDays: number,
): string {
  let date = expiresOn;
  // Two years of closed days is more than any calendar has; the guard only stops a broken one.
  for (let counted = 0, guard = 0; counted < businessDays && guard < 366 * 2; guard++) {
    date = addDays(date, -1);
    if (calendar.isBusinessDay(date)) counted++;
  }
  return date;
}

export type CertificateState = 'valid' | 'renew_now' | 'expired';

/**
 * Where a certificate stands on the home office's `today`: expired on and after its expiry date
 * (a certificate is valid up to the day before), `renew_now` from its reminder date on.
 */
export function certificateState(
  expiresOn: string,
  remindOn: string,
  today: string,
): CertificateState {
  if (today >= expiresOn) return 'expired';
  return today >= remindOn ? 'renew_now' : 'valid';
}
