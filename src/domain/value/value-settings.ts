import { fieldError, type FieldError } from '../field-errors.ts';

/** How value classification runs: the period it reads and the ABC cumulative-revenue cut-offs. */
export interface ValueSettings {
  months: number;
  /** share of revenue made by A customers */
  a: number;
  /** cumulative share up to which customers are B */
  b: number;
  /** when classification last ran, ISO instant; null before the first run */
  classifiedAt: string | null;
}

export const DEFAULT_VALUE_SETTINGS: ValueSettings = {
  months: 12,
  a: 0.8,
  b: 0.95,
  classifiedAt: null,
};

/** The stored JSON read leniently: anything missing or malformed takes the default. */
export function parseValueSettings(json: string | null | undefined): ValueSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // a damaged value falls back to the defaults below
  }
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  const s: ValueSettings = {
    months: num(raw.months, DEFAULT_VALUE_SETTINGS.months),
    a: num(raw.a, DEFAULT_VALUE_SETTINGS.a),
    b: num(raw.b, DEFAULT_VALUE_SETTINGS.b),
    classifiedAt: typeof raw.classifiedAt === 'string' ? raw.classifiedAt : null,
  };
  return settingsProblems(s).length
    ? { ...DEFAULT_VALUE_SETTINGS, classifiedAt: s.classifiedAt }
    : s;
}

export function settingsProblems(s: Pick<ValueSettings, 'months' | 'a' | 'b'>): FieldError[] {
  const out: FieldError[] = [];
  if (!Number.isInteger(s.months) || s.months < 1 || s.months > 120)
    out.push(fieldError('/months', 'value_months', { min: 1, max: 120 }));
  if (!(s.a > 0 && s.a < 1)) out.push(fieldError('/a', 'value_share', { example: 0.8 }));
  if (!(s.b > 0 && s.b < 1)) out.push(fieldError('/b', 'value_share', { example: 0.95 }));
  else if (s.a >= s.b) out.push(fieldError('/b', 'value_b_above_a'));
  return out;
}

/** The first day of the period that ends `now`, as a date. */
export function periodStart(now: Date, months: number): string {
  // The 31st of a month without one is that month's last day, not the 1st or 3rd of the next.
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 0));
  const day = Math.min(now.getUTCDate(), lastDay.getUTCDate());
  const d = new Date(Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth(), day));
  return d.toISOString().slice(0, 10);
}
