import type { RateTable } from '../value/money.ts';
import { sharePercent, type LocalValueKind } from './local-value.ts';

/** A ledger figure as the summary reads it (amounts in minor units of `currency`). */
export interface LedgerFigure {
  id: string;
  kind: LocalValueKind;
  periodStart: string;
  periodEnd: string;
  headcount: number | null;
  localNationals: number | null;
  management: number | null;
  womenInManagement: number | null;
  quantity: number | null;
  method: string | null;
  amountMinor: number | null;
  totalMinor: number | null;
  currency: string | null;
  partnerName: string | null;
  description: string;
}

/** Amounts per currency (never added across currencies) and their sum in the reporting currency. */
export interface MoneyTotals {
  byCurrency: { currency: string; amountMinor: number }[];
  /** each figure at the rate on its period's last day */
  converted: { currency: string; amountMinor: number };
  /** currencies left out of `converted`: no rate on the day */
  unconverted: string[];
}

export interface LocalValueSummary {
  reportingCurrency: string;
  entries: number;
  /** headcount is a stock: the figures of the latest period end in the year, summed (sites) */
  directJobs: {
    asOf: string;
    headcount: number;
    localNationals: number | null;
    localNationalsPercent: number | null;
    management: number | null;
    womenInManagement: number | null;
    womenInManagementPercent: number | null;
  } | null;
  indirectJobs: { asOf: string; jobs: number; methods: string[] } | null;
  training: { hours: number; people: number | null };
  /** GRI 204-1 */
  localPurchasing: { local: MoneyTotals; total: MoneyTotals; sharePercent: number | null };
  revenueShare: {
    projects: {
      partnerName: string;
      currency: string;
      projectValueMinor: number;
      partnerMinor: number;
      sharePercent: number | null;
    }[];
    partner: MoneyTotals;
    projectValue: MoneyTotals;
    sharePercent: number | null;
  };
  taxesPaid: MoneyTotals;
  communityInvestment: MoneyTotals;
  technologyTransfer: { spend: MoneyTotals; items: string[] };
}

type Priced = { amount: number; currency: string; date: string };

/**
 * Sums amounts per currency and converts each at its date's rate. A currency with any amount
 * lacking a rate is left out of `converted` entirely (and named), so a converted total and a
 * share computed from two of them never mix a partial currency in.
 */
export function moneyTotals(items: Priced[], rates: RateTable): MoneyTotals {
  const raw = new Map<string, number>();
  const converted = new Map<string, number>();
  const missing = new Set<string>();
  for (const i of items) {
    raw.set(i.currency, (raw.get(i.currency) ?? 0) + i.amount);
    const c = rates.convert(i.amount, i.currency, i.date);
    if (c === null) missing.add(i.currency);
    else converted.set(i.currency, (converted.get(i.currency) ?? 0) + c);
  }
  let sum = 0;
  for (const [cur, v] of converted) if (!missing.has(cur)) sum += v;
  return {
    byCurrency: [...raw.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amountMinor]) => ({ currency, amountMinor })),
    converted: { currency: rates.reporting, amountMinor: sum },
    unconverted: [...missing].sort(),
  };
}

/** Share of two converted totals, only when both convert fully. */
function convertedShare(part: MoneyTotals, whole: MoneyTotals): number | null {
  if (part.unconverted.length || whole.unconverted.length) return null;
  return sharePercent(part.converted.amountMinor, whole.converted.amountMinor);
}

const sumOrNull = (xs: (number | null)[]) =>
  xs.some((x) => x !== null) ? xs.reduce<number>((s, x) => s + (x ?? 0), 0) : null;

/** The figures of the latest period end among these (stocks such as headcount). */
function latest(figures: LedgerFigure[]): LedgerFigure[] {
  const last = figures.reduce((m, f) => (f.periodEnd > m ? f.periodEnd : m), '');
  return figures.filter((f) => f.periodEnd === last);
}

/** One country's year of the ledger, summed as docs/reputation.md defines each measure. */
export function summarise(figures: LedgerFigure[], rates: RateTable): LocalValueSummary {
  const of = (k: LocalValueKind) => figures.filter((f) => f.kind === k);
  const priced = (fs: LedgerFigure[], pick: (f: LedgerFigure) => number | null) =>
    fs.flatMap((f) =>
      pick(f) !== null && f.currency
        ? [{ amount: pick(f)!, currency: f.currency, date: f.periodEnd }]
        : [],
    );
  const jobs = latest(of('direct_jobs'));
  const head = jobs.reduce((s, f) => s + (f.headcount ?? 0), 0);
  const nationals = sumOrNull(jobs.map((f) => f.localNationals));
  const management = sumOrNull(jobs.map((f) => f.management));
  const women = sumOrNull(jobs.map((f) => f.womenInManagement));
  const indirect = latest(of('indirect_jobs'));
  const purchasing = of('local_purchasing');
  const local = moneyTotals(
    priced(purchasing, (f) => f.amountMinor),
    rates,
  );
  const total = moneyTotals(
    priced(purchasing, (f) => f.totalMinor),
    rates,
  );
  const shares = of('revenue_share');
  const partner = moneyTotals(
    priced(shares, (f) => f.amountMinor),
    rates,
  );
  const projectValue = moneyTotals(
    priced(shares, (f) => f.totalMinor),
    rates,
  );
  const training = of('training_hours');
  const tech = of('technology_transfer');
  return {
    reportingCurrency: rates.reporting,
    entries: figures.length,
    directJobs: jobs.length
      ? {
          asOf: jobs[0]!.periodEnd,
          headcount: head,
          localNationals: nationals,
          localNationalsPercent: nationals === null ? null : sharePercent(nationals, head),
          management,
          womenInManagement: women,
          womenInManagementPercent: women === null ? null : sharePercent(women, management ?? head),
        }
      : null,
    indirectJobs: indirect.length
      ? {
          asOf: indirect[0]!.periodEnd,
          jobs: indirect.reduce((s, f) => s + (f.quantity ?? 0), 0),
          methods: [...new Set(indirect.map((f) => f.method ?? ''))].filter(Boolean).sort(),
        }
      : null,
    training: {
      hours: training.reduce((s, f) => s + (f.quantity ?? 0), 0),
      people: sumOrNull(training.map((f) => f.headcount)),
    },
    localPurchasing: { local, total, sharePercent: convertedShare(local, total) },
    revenueShare: {
      projects: shares.map((f) => ({
        partnerName: f.partnerName ?? '',
        currency: f.currency ?? '',
        projectValueMinor: f.totalMinor ?? 0,
        partnerMinor: f.amountMinor ?? 0,
        sharePercent: sharePercent(f.amountMinor ?? 0, f.totalMinor ?? 0),
      })),
      partner,
      projectValue,
      sharePercent: convertedShare(partner, projectValue),
    },
    taxesPaid: moneyTotals(
      priced(of('taxes_paid'), (f) => f.amountMinor),
      rates,
    ),
    communityInvestment: moneyTotals(
      priced(of('community_investment'), (f) => f.amountMinor),
      rates,
    ),
    technologyTransfer: {
      spend: moneyTotals(
        priced(tech, (f) => f.amountMinor),
        rates,
      ),
      items: tech.map((f) => f.description).filter(Boolean),
    },
  };
}
