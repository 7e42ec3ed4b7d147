import { readFileSync } from 'node:fs';
import { passwordProblem } from '../../domain/password-policy.ts';
import { AppError, fieldError } from '../../http/errors.ts';

let common: ReadonlySet<string> | null = null;

/** The 10,000 commonest passwords (data/PROVENANCE.md), read once. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(new URL('./data/common-passwords.txt', import.meta.url), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

/** Refuses a new password that is common, the user's email, or names the product. */
export function checkNewPassword(path: string, password: string, email: string): void {
  const problem = passwordProblem(password, { email, common: commonPasswords() });
  if (problem) throw AppError.validation([fieldError(path, problem)]);
}
