import type { TenderResult } from '../enums.ts';

/**
 * Why tenders are won and lost: win rate and lost value per reason, per country and per
 * competitor, and the losses to a competitor with local presence as a figure of its own. Lost
 * value is our bid on the tenders we lost, converted to the reporting currency at the rate of the
 * tender's value date; a bid no rate covers is named, never added raw.
 */

export interface AnalysedTender {
  id: string;
  reference: string;
  country: string;
  result: TenderResult | null;
  reasonIds: string[];
  bid: { amountMinor: number; currency: string } | null;
  /** the date whose rate converts the bid: the result date, else the deadline's */
  valueDate: string;
  competitors: { name: string; localPresence: boolean; awarded: boolean }[];
}

/** What converting needs (the orders module's RateTable fits). */
export interface Converter {
  readonly reporting: string;
  convert(amountMinor: number, currency: string, date: string): number | null;
}

export interface Unconverted {
  id: string;
  reference: string;
  currency: string;
  date: string;
}

export interface Figure {
  won: number;
  lost: number;
  cancelled: number;
  noBid: number;
  /** no result yet */
  open: number;
  /** won / (won + lost), null when neither */
  winRate: number | null;
  /** our bids on the lost tenders, in minor units of the reporting currency */
  lostValueMinor: number;
  /** lost tenders left out of lostValueMinor: no rate for their currency on their date */
  unconverted: Unconverted[];
  /** lost tenders with no bid amount recorded */
  lostWithoutAmount: number;
}

export interface CompetitorFigure extends Figure {
  name: string;
  /** tenders they bid in */
  tenders: number;
  /** of those, how many with a local presence (branch, partner, plant) */
  withLocalPresence: number;
  /** lost tenders they were awarded; lostValueMinor counts only these */
  lostTo: number;
}

export interface TenderAnalysis {
  reportingCurrency: string;
  total: Figure;
  byReason: (Figure & { reasonId: string })[];
  byCountry: (Figure & { country: string })[];
  byCompetitor: CompetitorFigure[];
  lostToLocalPresence: {
    tenders: number;
    /** of all lost tenders; null when none was lost */
    shareOfLosses: number | null;
    lostValueMinor: number;
    unconverted: Unconverted[];
    /** lost tenders whose winner is not recorded: the share is at least what it says */
    winnerUnknown: number;
  };
}

const emptyFigure = (): Figure => ({
  won: 0,
  lost: 0,
  cancelled: 0,
  noBid: 0,
  open: 0,
  winRate: null,
  lostValueMinor: 0,
  unconverted: [],
  lostWithoutAmount: 0,
});

/** Counts the tender's result; a loss also adds its value (or names why it cannot). */
function count(f: Figure, t: AnalysedTender, rates: Converter, countValue = true): void {
  if (t.result === 'won') f.won++;
  else if (t.result === 'cancelled') f.cancelled++;
  else if (t.result === 'no_bid') f.noBid++;
  else if (t.result === null) f.open++;
  else {
    f.lost++;
    if (countValue) addLoss(f, t, rates);
  }
}

function addLoss(
  f: Pick<Figure, 'lostValueMinor' | 'unconverted'> & { lostWithoutAmount?: number },
  t: AnalysedTender,
  rates: Converter,
): void {
  if (!t.bid) {
    if (f.lostWithoutAmount !== undefined) f.lostWithoutAmount++;
    return;
  }
  const v = rates.convert(t.bid.amountMinor, t.bid.currency, t.valueDate);
  if (v === null)
    f.unconverted.push({
      id: t.id,
      reference: t.reference,
      currency: t.bid.currency,
      date: t.valueDate,
    });
  else f.lostValueMinor += v;
}

function finish<F extends Figure>(f: F): F {
  f.winRate = f.won + f.lost ? f.won / (f.won + f.lost) : null;
  return f;
}

function grouped<K extends string>(
  tenders: AnalysedTender[],
  keysOf: (t: AnalysedTender) => string[],
  rates: Converter,
  key: K,
): (Figure & Record<K, string>)[] {
  const groups = new Map<string, Figure>();
  for (const t of tenders)
    for (const k of new Set(keysOf(t))) {
      const f = groups.get(k) ?? emptyFigure();
      count(f, t, rates);
      groups.set(k, f);
    }
  return [...groups.entries()]
    .map(([k, f]) => ({ [key]: k, ...finish(f) }) as Figure & Record<K, string>)
    .sort((a, b) => b.lost - a.lost || b.won - a.won || (a[key] < b[key] ? -1 : 1));
}

/** Competitors by name as typed, case and spacing aside ("ACME Ltd" and "acme  ltd" are one). */
const competitorKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function byCompetitor(tenders: AnalysedTender[], rates: Converter): CompetitorFigure[] {
  const rows = new Map<string, CompetitorFigure>();
  for (const t of tenders) {
    const seen = new Set<string>();
    for (const c of t.competitors) {
      const key = competitorKey(c.name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const row = rows.get(key) ?? {
        ...emptyFigure(),
        name: c.name.trim(),
        tenders: 0,
        withLocalPresence: 0,
        lostTo: 0,
      };
      row.tenders++;
      if (c.localPresence) row.withLocalPresence++;
      // Value lost counts only where they took the tender; a loss to someone else is not theirs.
      count(row, t, rates, false);
      if (t.result === 'lost' && c.awarded) {
        row.lostTo++;
        addLoss(row, t, rates);
      }
      rows.set(key, row);
    }
  }
  return [...rows.values()]
    .map(finish)
    .sort((a, b) => b.lostTo - a.lostTo || b.tenders - a.tenders || a.name.localeCompare(b.name));
}

export function analyseTenders(tenders: AnalysedTender[], rates: Converter): TenderAnalysis {
  const total = emptyFigure();
  for (const t of tenders) count(total, t, rates);
  const local = {
    tenders: 0,
    shareOfLosses: null as number | null,
    lostValueMinor: 0,
    unconverted: [] as Unconverted[],
    winnerUnknown: 0,
  };
  for (const t of tenders) {
    if (t.result !== 'lost') continue;
    const winner = t.competitors.find((c) => c.awarded);
    if (!winner) local.winnerUnknown++;
    else if (winner.localPresence) {
      local.tenders++;
      addLoss(local, t, rates);
    }
  }
  local.shareOfLosses = total.lost ? local.tenders / total.lost : null;
  return {
    reportingCurrency: rates.reporting,
    total: finish(total),
    byReason: grouped(tenders, (t) => t.reasonIds, rates, 'reasonId'),
    byCountry: grouped(tenders, (t) => [t.country], rates, 'country'),
    byCompetitor: byCompetitor(tenders, rates),
    lostToLocalPresence: local,
  };
}
