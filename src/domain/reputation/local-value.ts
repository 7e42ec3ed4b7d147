import { fieldError, type FieldError } from '../field-errors.ts';

/**
 * The local value ledger's kinds of figure (issue 19) and which fields each takes. A figure is
 * for one country and a period inside one calendar year; the year it belongs to is that year.
 */
export const LOCAL_VALUE_KINDS = [
  'direct_jobs',
  'indirect_jobs',
  'local_purchasing',
  'revenue_share',
  'training_hours',
  'taxes_paid',
  'community_investment',
  'technology_transfer',
] as const;
export type LocalValueKind = (typeof LOCAL_VALUE_KINDS)[number];

/** The fields of a figure, whatever its kind (absent: undefined or null). */
export interface LocalValueFields {
  headcount?: number | null;
  localNationals?: number | null;
  management?: number | null;
  womenInManagement?: number | null;
  quantity?: number | null;
  method?: string | null;
  amountMinor?: number | null;
  totalMinor?: number | null;
  currency?: string | null;
  partnerName?: string | null;
  dealId?: string | null;
  orderId?: string | null;
  description?: string | null;
}
type Field = keyof LocalValueFields;

const MONEY: Field[] = ['amountMinor', 'currency'];
/** Per kind: the fields it must have and those it may have; any other is refused. */
export const KIND_FIELDS: Record<LocalValueKind, { required: Field[]; optional: Field[] }> = {
  direct_jobs: {
    required: ['headcount'],
    optional: ['localNationals', 'management', 'womenInManagement', 'description'],
  },
  indirect_jobs: { required: ['quantity', 'method'], optional: ['description'] },
  // GRI 204-1: spending on local suppliers as a share of the spending of the operation.
  local_purchasing: { required: [...MONEY, 'totalMinor'], optional: ['description'] },
  // The partner's share of one project's value; the value comes from a linked deal or order.
  revenue_share: {
    required: ['amountMinor', 'partnerName'],
    optional: ['currency', 'totalMinor', 'dealId', 'orderId', 'description'],
  },
  training_hours: { required: ['quantity'], optional: ['headcount', 'description'] },
  taxes_paid: { required: MONEY, optional: ['description'] },
  community_investment: { required: [...MONEY, 'description'], optional: [] },
  technology_transfer: { required: ['description'], optional: MONEY },
};

const present = (v: unknown) => v !== undefined && v !== null && v !== '';
const year = (d: string) => d.slice(0, 4);

/** A part's share of a whole in percent, rounded down to two decimals; null without a whole. */
export function sharePercent(part: number, whole: number): number | null {
  if (!(whole > 0)) return null;
  return Number((BigInt(Math.round(part)) * 10_000n) / BigInt(Math.round(whole))) / 100;
}

/**
 * Everything wrong with a figure, as field errors at the request's paths: fields its kind does
 * not take or lacks, a part larger than its whole, a period ending before it starts or in
 * another year. `fields` is the figure after a change (the stored one with the patch over it);
 * a linked deal or order supplies the project's value (`totalMinor`) before this is called.
 */
export function entryProblems(
  kind: LocalValueKind,
  f: LocalValueFields,
  period: { start: string; end: string },
): FieldError[] {
  const errors: FieldError[] = [];
  if (period.end < period.start)
    errors.push(fieldError('/periodEnd', 'not_before_start', { start: period.start }));
  else if (year(period.end) !== year(period.start))
    errors.push(fieldError('/periodEnd', 'period_one_year', { year: year(period.start) }));
  const rule = KIND_FIELDS[kind];
  const allowed = new Set([...rule.required, ...rule.optional]);
  for (const name of Object.keys(f) as Field[])
    if (present(f[name]) && !allowed.has(name))
      errors.push(fieldError(`/${name}`, 'not_for_kind', { kind }));
  for (const name of rule.required)
    if (!present(f[name])) errors.push(fieldError(`/${name}`, 'required'));
  if (kind === 'revenue_share') {
    if (present(f.dealId) && present(f.orderId)) errors.push(fieldError('/orderId', 'one_link'));
    if (!present(f.dealId) && !present(f.orderId)) {
      if (!present(f.totalMinor)) errors.push(fieldError('/totalMinor', 'required'));
      if (!present(f.currency)) errors.push(fieldError('/currency', 'required'));
    }
  }
  const part = (path: Field, p: number | null | undefined, whole: number | null | undefined) => {
    if (present(p) && present(whole) && p! > whole!)
      errors.push(
        fieldError(`/${path}`, 'share_over_100', {
          percent: sharePercent(p!, whole!) ?? 'more than 100',
          whole: whole!,
        }),
      );
  };
  part('localNationals', f.localNationals, f.headcount);
  part('management', f.management, f.headcount);
  part('womenInManagement', f.womenInManagement, f.management ?? f.headcount);
  if (kind === 'local_purchasing' || kind === 'revenue_share')
    part('amountMinor', f.amountMinor, f.totalMinor);
  return errors;
}
