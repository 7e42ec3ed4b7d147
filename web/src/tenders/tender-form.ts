import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../api/client.ts';
import { currencyDigits, toMinor } from '../lib/format.ts';
import type { Tender, TenderBody, TenderResult } from './types.ts';

type MoneyValue = { amount?: number | null; currency?: string };

/** The editor's values: amounts in major units ("12500.00"), deadlines as the buyer's wall clock. */
export interface TenderForm {
  customerId?: string;
  reference: string;
  title: string;
  country?: string;
  issuingBody?: string | null;
  submissionDeadline?: Dayjs;
  clarificationDeadline?: Dayjs | null;
  deadlineTimeZone?: string;
  reminderBusinessDays?: number;
  bid?: MoneyValue;
  bidBond?: MoneyValue;
  localContent?: {
    requiredPercent?: number | null;
    notes?: string | null;
    declared?: { value?: number | null; localTaxes?: number | null; imported?: number | null };
  };
  pricePreferencePercent?: number | null;
  requiresLocalPartner?: boolean;
  requiresJointVenture?: boolean;
  requiresLocalBranch?: boolean;
  evaluationCriteria?: { name: string; weight: number }[];
  requiredDocuments?: { name: string; done?: boolean }[];
  competitors?: {
    name: string;
    amount?: number | null;
    currency?: string | null;
    localPresence?: boolean;
    awarded?: boolean;
  }[];
  result?: TenderResult | null;
  resultDate?: Dayjs | null;
  resultNote?: string | null;
  reasonIds?: string[];
}

const LOCAL = 'YYYY-MM-DDTHH:mm';
const major = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);
const has = (n: number | null | undefined): n is number => typeof n === 'number';

function money(m: MoneyValue | undefined) {
  return has(m?.amount) && m.currency
    ? { amountMinor: toMinor(m.amount, m.currency), currency: m.currency }
    : null;
}

/** The values as the API takes them (a create without `customerId`, or a whole patch). */
export function toBody(v: TenderForm): Omit<TenderBody, 'customerId'> {
  const bid = money(v.bid);
  const d = v.localContent?.declared;
  const lcCurrency = bid?.currency;
  return {
    reference: v.reference,
    title: v.title,
    country: v.country,
    issuingBody: v.issuingBody || null,
    submissionDeadline: v.submissionDeadline?.format(LOCAL) ?? '',
    clarificationDeadline: v.clarificationDeadline?.format(LOCAL) ?? null,
    deadlineTimeZone: v.deadlineTimeZone,
    reminderBusinessDays: v.reminderBusinessDays,
    bid,
    bidBond: money(v.bidBond),
    localContent: {
      requiredPercent: v.localContent?.requiredPercent ?? null,
      notes: v.localContent?.notes || null,
      // Declared local content is counted in the bid's currency.
      declared:
        d && has(d.value) && lcCurrency
          ? {
              currency: lcCurrency,
              valueMinor: toMinor(d.value, lcCurrency),
              localTaxesMinor: toMinor(d.localTaxes ?? 0, lcCurrency),
              importedMinor: toMinor(d.imported ?? 0, lcCurrency),
            }
          : null,
    },
    pricePreferencePercent: v.pricePreferencePercent ?? null,
    requiresLocalPartner: !!v.requiresLocalPartner,
    requiresJointVenture: !!v.requiresJointVenture,
    requiresLocalBranch: !!v.requiresLocalBranch,
    evaluationCriteria: (v.evaluationCriteria ?? []).filter((c) => c?.name),
    requiredDocuments: (v.requiredDocuments ?? [])
      .filter((x) => x?.name)
      .map((x) => ({ name: x.name, done: !!x.done })),
    competitors: (v.competitors ?? [])
      .filter((c) => c?.name)
      .map((c) => ({
        name: c.name,
        amountMinor: has(c.amount) && c.currency ? toMinor(c.amount, c.currency) : null,
        currency: has(c.amount) ? (c.currency ?? null) : null,
        localPresence: !!c.localPresence,
        awarded: !!c.awarded,
      })),
    result: v.result ?? null,
    resultDate: v.result ? (v.resultDate?.format('YYYY-MM-DD') ?? null) : null,
    resultNote: v.resultNote || null,
    reasonIds: v.result ? (v.reasonIds ?? []) : [],
  };
}

/** A stored tender as the editor's values. */
export function fromTender(t: Tender): TenderForm {
  const declared = t.localContent.declared;
  return {
    reference: t.reference,
    title: t.title,
    country: t.country,
    issuingBody: t.issuingBody,
    submissionDeadline: dayjs(t.submissionDeadline),
    clarificationDeadline: t.clarificationDeadline ? dayjs(t.clarificationDeadline) : null,
    deadlineTimeZone: t.deadlineTimeZone,
    reminderBusinessDays: t.reminderBusinessDays,
    bid: t.bid
      ? { amount: major(t.bid.amountMinor, t.bid.currency), currency: t.bid.currency }
      : {},
    bidBond: t.bidBond
      ? { amount: major(t.bidBond.amountMinor, t.bidBond.currency), currency: t.bidBond.currency }
      : {},
    localContent: {
      requiredPercent: t.localContent.requiredPercent,
      notes: t.localContent.notes,
      declared: declared
        ? {
            value: major(declared.valueMinor, declared.currency),
            localTaxes: major(declared.localTaxesMinor, declared.currency),
            imported: major(declared.importedMinor, declared.currency),
          }
        : {},
    },
    pricePreferencePercent: t.pricePreferencePercent,
    requiresLocalPartner: t.requiresLocalPartner,
    requiresJointVenture: t.requiresJointVenture,
    requiresLocalBranch: t.requiresLocalBranch,
    evaluationCriteria: t.evaluationCriteria,
    requiredDocuments: t.requiredDocuments,
    competitors: t.competitors.map((c) => ({
      name: c.name,
      amount: c.amountMinor !== null && c.currency ? major(c.amountMinor, c.currency) : null,
      currency: c.currency,
      localPresence: c.localPresence,
      awarded: c.awarded,
    })),
    result: t.result,
    resultDate: t.resultDate ? dayjs(t.resultDate) : null,
    resultNote: t.resultNote,
    reasonIds: t.reasons.map((r) => r.id),
  };
}

// The API names amounts in minor units; the editor's fields hold major units under other names.
const RENAMES: [RegExp, string][] = [
  [/\/amountMinor$/, '/amount'],
  [/^\/localContent\/declared\/valueMinor$/, '/localContent/declared/value'],
  [/^\/localContent\/declared\/localTaxesMinor$/, '/localContent/declared/localTaxes'],
  [/^\/localContent\/declared\/importedMinor$/, '/localContent/declared/imported'],
];

/** The API's field errors pointed at the editor's fields. */
export function toFormErrors(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const errors = err.errors.map((e) => {
    const hit = RENAMES.find(([re]) => re.test(e.path));
    return hit ? { ...e, path: e.path.replace(hit[0], hit[1]) } : e;
  });
  return new ApiError(err.status, err.title, err.detail, errors);
}

/** Sum of the evaluation weights, in whole hundredths so 33.33 + 33.33 + 33.34 is exactly 100. */
export function weightSum(criteria: TenderForm['evaluationCriteria']): number {
  return (criteria ?? []).reduce((s, c) => s + Math.round((c?.weight ?? 0) * 100), 0) / 100;
}
