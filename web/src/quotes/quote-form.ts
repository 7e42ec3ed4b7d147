import dayjs, { type Dayjs } from 'dayjs';
import { toMinor } from '../lib/format.ts';
import type { InstalmentValues } from './PaymentTerms.tsx';
import type { LineValues } from './QuoteLines.tsx';
import type { Quote, QuoteBody, QuoteKind } from './types.ts';

/** The editor's form: money in major units as people type it, dates as Dayjs. */
export interface QuoteValues {
  customerId?: string;
  dealId?: string;
  kind: QuoteKind;
  currency: string;
  language?: string;
  quoteDate: Dayjs;
  validUntil?: Dayjs | null;
  incoterm: { rule?: NonNullable<QuoteBody['incoterm']>['rule']; place?: string };
  paymentTerms: InstalmentValues[];
  lines: LineValues[];
  leadTime?: string;
  packing?: string;
  bankDetails?: string;
  notes?: string;
}

const digits = (currency: string) => {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
};

export function valuesOf(q: Quote): QuoteValues {
  const scale = 10 ** digits(q.currency);
  return {
    customerId: q.customerId,
    dealId: q.dealId ?? undefined,
    kind: q.kind,
    currency: q.currency,
    language: q.language,
    quoteDate: dayjs(q.quoteDate),
    validUntil: q.validUntil ? dayjs(q.validUntil) : null,
    incoterm: { rule: q.incoterm?.rule, place: q.incoterm?.place ?? undefined },
    paymentTerms: q.paymentTerms.map((p) => ({ percent: p.percent, event: p.event, days: p.days })),
    lines: q.lines.map((l) => ({
      productId: l.productId ?? undefined,
      description: l.description,
      quantity: l.quantity,
      unit: l.unit ?? undefined,
      unitPrice: l.unitPriceMinor / scale,
      discountPercent: l.discountPercent || undefined,
      hsCode: l.hsCode ?? undefined,
    })),
    leadTime: q.leadTime ?? undefined,
    packing: q.packing ?? undefined,
    bankDetails: q.bankDetails ?? undefined,
    notes: q.notes ?? undefined,
  };
}

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** The request body; values the server checks (quantities, codes, sums) are sent as typed. */
export function bodyOf(v: QuoteValues): Omit<QuoteBody, 'customerId'> {
  return {
    ...(v.dealId ? { dealId: v.dealId } : {}),
    currency: v.currency,
    ...(v.language ? { language: v.language } : {}),
    quoteDate: v.quoteDate.format('YYYY-MM-DD'),
    validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : null,
    incoterm: v.incoterm.rule ? { rule: v.incoterm.rule, place: text(v.incoterm.place) } : null,
    paymentTerms: v.paymentTerms
      .filter((p) => p.event)
      .map((p) => ({ percent: p.percent ?? 0, event: p.event!, days: p.days ?? null })),
    lines: v.lines.map((l) => ({
      productId: l.productId ?? null,
      description: text(l.description),
      quantity: l.quantity ?? 0,
      unit: text(l.unit),
      unitPriceMinor: toMinor(l.unitPrice ?? 0, v.currency),
      discountPercent: l.discountPercent ?? null,
      hsCode: text(l.hsCode),
    })),
    leadTime: text(v.leadTime),
    packing: text(v.packing),
    bankDetails: text(v.bankDetails),
    notes: text(v.notes),
  };
}
