import type { Stage } from '../enums.ts';
import { fieldError, type FieldError } from '../field-errors.ts';
import { localDate } from '../calendar/zoned-time.ts';

export { POOL_HOLDER_EMAIL, POOL_HOLDER_ID, POOL_HOLDER_NAME } from './pool-holder.ts';

/** The claim limit counts a rep's claims over this many days (rolling). */
export const CLAIM_WINDOW_DAYS = 30;

export interface PoolSettings {
  /** the nightly rule returning idle customers; claims and releases by hand work regardless */
  enabled: boolean;
  stages: Stage[];
  idleDays: number;
  warningDays: number;
  /** claims per rep per CLAIM_WINDOW_DAYS; null: no limit */
  claimLimit: number | null;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = {
  enabled: false,
  stages: ['lead', 'prospect'],
  idleDays: 20,
  warningDays: 3,
  claimLimit: 20,
};

export const MAX_IDLE_DAYS = 250;

/** What the request schema cannot say: the warning comes before the idle limit. */
export function checkPoolSettings(s: PoolSettings): FieldError[] {
  const errors: FieldError[] = [];
  if (s.warningDays < 1 || s.warningDays >= s.idleDays)
    errors.push(
      fieldError('/warningDays', 'pool_warning_days', { max: Math.max(1, s.idleDays - 1) }),
    );
  return errors;
}

/**
 * The home office's date a customer's idle time counts from: the latest of its last touch, its
 * creation and its last claim or assignment from the pool (a claimed customer starts afresh).
 */
export function poolBasisDate(instants: (string | null | undefined)[], homeZone: string): string {
  const times = instants.filter((x): x is string => !!x).map((x) => Date.parse(x));
  return localDate(new Date(times.length ? Math.max(...times) : 0), homeZone);
}
