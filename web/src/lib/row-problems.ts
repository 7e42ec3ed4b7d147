import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';
import { sayCode } from './server-messages.ts';

// Import and rate-sheet problems now come with a code (translateRowError). Rows stored before
// codes existed have only their English with the offending value quoted; each known shape is
// re-said in the reader's language with that value kept.
const SHAPES: [RegExp, string][] = [
  [/^is empty$/, 'empty'],
  [/^the file is empty$/, 'fileEmpty'],
  [/^the workbook could not be read/, 'unreadableWorkbook'],
  [/^is longer than (\d+) characters$/, 'tooLong'],
  [/^"(.*)" is not a country we know$/, 'country'],
  [/^"(.*)" is not a language we know$/, 'language'],
  [/^"(.*)" is not an email address$/, 'email'],
  [/^"(.*)" is not a web address$/, 'website'],
  [/^"(.*)" is not a date/, 'date'],
  [/^"(.*)" is not a currency$/, 'currency'],
  [/^"(.*)" is not an ISO 4217 currency code$/, 'currency'],
  [/^"(.*)" is not an amount$/, 'amount'],
  [/^"(.*)" is not a positive number$/, 'rate'],
  [/^must be one of: (.*)$/, 'oneOf'],
  [/^must be A, B or C$/, 'tier'],
  [/^(\w+) is the reporting currency/, 'reporting'],
  [/^(\w+) from (\S+) is listed twice$/, 'twice'],
  [/^name the customer by its domain/, 'nameCustomer'],
  [/^no customer matches "(.*)"/, 'noCustomer'],
  [/^"(.*)" is outside your scope$/, 'outsideScope'],
  [/^matches a customer outside your scope \(same (\w+)\)/, 'duplicateOutsideScope'],
  [/^order (\S+) belongs to another customer$/, 'otherCustomer'],
];

export function translateRowProblem(message: string, t: TFunction): string {
  for (const [re, key] of SHAPES) {
    const m = re.exec(message);
    if (m) return t(`imports.problems.${key}`, { a: m[1], b: m[2] });
  }
  return message;
}

/** A row problem (import, rate sheet, holiday file) in the reader's language, by its code. */
export function translateRowError(
  e: {
    message: string;
    code?: string;
    params?: Record<string, string | number | readonly string[]>;
  },
  t: TFunction,
): string {
  if (!e.code || e.code === 'row_problem' || e.code === 'invalid')
    return translateRowProblem(e.message, t);
  return sayCode({ ...e, code: e.code }, t);
}

/** What went wrong with an upload as a whole (empty, unreadable), in the reader's language. */
export function uploadProblem(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return String(err);
  const first = err.errors[0];
  if (!first) return err.message;
  const said = translateRowError(first, t);
  return first.path && first.path !== '/file' ? `${first.path}: ${said}` : said;
}

/** A column or field name as the reader calls it. */
export function fieldLabel(field: string, t: TFunction): string {
  const key = `imports.targets.${field}`;
  return t(key, { defaultValue: field });
}
