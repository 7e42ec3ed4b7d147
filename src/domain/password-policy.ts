import type { FieldErrorCode } from './field-errors.ts';

/** Names of the product a password must not contain (case-insensitive). */
export const PRODUCT_NAMES = ['chuhai', '出海'] as const;

/**
 * What is wrong with a new password beyond its length (the request schema checks 10–200
 * characters), or null. `common` is the list of the commonest passwords, lower case. Compared
 * case-insensitively and without surrounding spaces.
 */
export function passwordProblem(
  password: string,
  context: { email: string; common: ReadonlySet<string> },
): Extract<FieldErrorCode, `password_${string}`> | null {
  const p = password.trim().toLowerCase();
  const email = context.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  if (p === email || (local !== '' && p === local)) return 'password_email';
  if (PRODUCT_NAMES.some((name) => p.includes(name))) return 'password_product';
  if (context.common.has(p)) return 'password_common';
  return null;
}
