import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from '../api/client.ts';

// Server messages are English; the common ones get the reader's language, the rest pass through.
const PATTERNS: [RegExp, string][] = [
  [/is required/, 'errors.required'],
  [/ISO 3166-1/, 'errors.country'],
  [/valid email/, 'errors.email'],
  [/phone number/, 'errors.phone'],
  [/IANA time zone/, 'errors.timeZone'],
  [/ISO 4217/, 'errors.currency'],
  [/not a known field|unknown custom field/, 'errors.unknownField'],
  [/already taken/, 'errors.taken'],
  [/fewer than|at least/, 'errors.tooShort'],
  [/assign customers to yourself/, 'errors.notAllowedOwner'],
  [/is incorrect/, 'errors.incorrectPassword'],
];

export function translateFieldError(message: string, t: TFunction): string {
  const hit = PATTERNS.find(([re]) => re.test(message));
  return hit ? t(hit[1]) : message;
}

/** `/phones/0` → ['phones', 0]; `/customFields/incoterm` → ['customFields', 'incoterm']. */
function toNamePath(path: string): (string | number)[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts the API's field errors on the form fields they name. List inputs (emails, phones) are one
 * field holding an array, so `/phones/1` marks `phones`. Returns the errors that match no field,
 * so the caller shows them in a message instead of losing them.
 */
export function applyFieldErrors(
  form: FormInstance,
  err: unknown,
  t: TFunction,
  opts: { known: string[]; lists?: string[] },
): FieldError[] {
  if (!(err instanceof ApiError)) return [];
  const unplaced: FieldError[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const e of err.errors) {
    let name = toNamePath(e.path);
    const head = name[0];
    if (typeof head !== 'string' || !opts.known.includes(head)) {
      unplaced.push(e);
      continue;
    }
    if (opts.lists?.includes(head)) name = [head];
    fields.push({ name, errors: [translateFieldError(e.message, t)] });
  }
  form.setFields(fields as never);
  return unplaced;
}
