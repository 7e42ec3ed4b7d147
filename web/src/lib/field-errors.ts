import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { FieldErrorCode } from '../../../src/domain/field-errors.ts';
import { ApiError } from '../api/client.ts';
import type { Messages } from '../i18n/en.ts';
import { translateRowProblem } from './row-problems.ts';
import { sayCode } from './server-messages.ts';

/** A field error as the server sends it: a stable code, the values it names, English words. */
export interface FieldError {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, string | number | readonly string[]>;
}

// Every code the server can send has a sentence in `errors.<code>` (en.errors.ts, and so
// zh-CN.errors.ts); a new server code without one fails the web's type check here. Two codes carry
// their own words: `invalid` keeps the server's English, `row_problem` is re-said by the
// row-problem shapes.
type Untranslated = Exclude<FieldErrorCode, keyof Messages['errors'] | 'invalid' | 'row_problem'>;
const _everyCodeTranslated: [Untranslated] extends [never] ? true : Untranslated = true;

/** The error in the reader's language; a code this web does not know keeps the server's English. */
export function translateFieldError(e: FieldError, t: TFunction): string {
  if (!e.code || e.code === 'invalid') return e.message;
  if (e.code === 'row_problem') return translateRowProblem(e.message, t);
  return sayCode({ ...e, code: e.code }, t);
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
 * their messages in the reader's language, so the caller shows them instead of losing them.
 */
export function applyFieldErrors(
  form: FormInstance,
  err: unknown,
  t: TFunction,
  opts: { known: string[]; lists?: string[] },
): FieldError[] {
  if (!(err instanceof ApiError)) return [];
  const errors: FieldError[] = err.errors;
  const unplaced: FieldError[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const e of errors) {
    let name = toNamePath(e.path);
    const head = name[0];
    if (typeof head !== 'string' || !opts.known.includes(head)) {
      unplaced.push({ ...e, message: translateFieldError(e, t) });
      continue;
    }
    if (opts.lists?.includes(head)) name = [head];
    fields.push({ name, errors: [translateFieldError(e, t)] });
  }
  form.setFields(fields as never);
  return unplaced;
}
