import { addDays, isValidDate } from '../calendar/dates.ts';
import { isCountryCode } from '../countries.ts';
import { fieldError, type FieldError } from '../field-errors.ts';

/** Passport data as entered for a visa invitation letter. */
export interface PassportInput {
  fullName: string;
  nationality: string;
  passportNumber: string;
  dateOfBirth: string;
  issueDate: string;
  expiryDate: string;
  gender?: 'F' | 'M' | 'X' | null;
}

/**
 * Consulates (the Schengen code, China's, most others) ask for a passport valid at least six
 * months beyond the end of the stay; a letter for a passport expiring sooner gets the visa refused.
 */
export const PASSPORT_VALID_MONTHS_AFTER_VISIT = 6;
export const PASSPORT_NUMBER = /^[A-Z0-9]{5,20}$/;

/** How passport numbers are kept: upper case, without the spaces people type between groups. */
export const normalisePassportNumber = (n: string): string => n.replace(/[\s-]/g, '').toUpperCase();

/** The date `months` after `date`, clamped to the month's last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first expiry date a consulate accepts for a visit ending on `visitEnd` (a local date). */
export const earliestExpiry = (visitEnd: string): string =>
  addMonths(visitEnd, PASSPORT_VALID_MONTHS_AFTER_VISIT);

/**
 * Everything wrong with passport data for a visit ending on `visitEnd` (the event's last day on
 * the venue's clock), entered on `today`: valid dates in order (born, issued, today, expires),
 * a known nationality, the number's pattern and six months' validity after the visit.
 */
export function passportProblems(p: PassportInput, visitEnd: string, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!p.fullName.trim()) errors.push(fieldError('/fullName', 'required'));
  const nationality = p.nationality.toUpperCase();
  if (!isCountryCode(nationality))
    errors.push(fieldError('/nationality', 'country', { value: p.nationality }));
  if (!PASSPORT_NUMBER.test(normalisePassportNumber(p.passportNumber)))
    errors.push(fieldError('/passportNumber', 'passport_number'));
  const valid = (path: string, date: string) => {
    if (isValidDate(date)) return true;
    errors.push(fieldError(path, 'invalid_date'));
    return false;
  };
  const born = valid('/dateOfBirth', p.dateOfBirth);
  const issued = valid('/issueDate', p.issueDate);
  const expires = valid('/expiryDate', p.expiryDate);
  if (born && p.dateOfBirth > today) errors.push(fieldError('/dateOfBirth', 'in_future'));
  if (issued && p.issueDate > today) errors.push(fieldError('/issueDate', 'in_future'));
  if (born && issued && p.issueDate <= p.dateOfBirth)
    errors.push(fieldError('/issueDate', 'passport_after_birth'));
  if (issued && expires && p.expiryDate <= p.issueDate)
    errors.push(fieldError('/expiryDate', 'passport_after_issue'));
  const minimum = earliestExpiry(visitEnd);
  if (expires && p.expiryDate < minimum)
    errors.push(fieldError('/expiryDate', 'passport_expiry_too_soon', { minimum }));
  return errors;
}

/** Kept until this day (inclusive): the event's last day plus the retention days. */
export const retainedUntil = (eventEndDate: string, retentionDays: number): string =>
  addDays(eventEndDate, retentionDays);
