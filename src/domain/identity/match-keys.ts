import type { MatchKind } from '../enums.ts';
import { companyKey } from './company-key.ts';

export interface MatchKey {
  kind: MatchKind;
  key: string;
}

/** `DE:mueller maschinenbau`: company names only match within one country. */
export function nameKey(country: string, name: string): string | null {
  const k = companyKey(name);
  return k ? `${country}:${k}` : null;
}

/** Every key that identifies the company: its domain, its names, its contacts' emails and phones. */
export function matchKeysOf(
  customer: { name: string; nativeName: string | null; country: string; domain: string | null },
  contacts: { emails: string[]; phones: string[] }[],
): MatchKey[] {
  const keys = new Map<string, MatchKey>();
  const add = (kind: MatchKind, key: string | null) => {
    if (key) keys.set(`${kind}|${key}`, { kind, key });
  };
  add('domain', customer.domain?.toLowerCase() ?? null);
  add('name', nameKey(customer.country, customer.name));
  if (customer.nativeName) add('name', nameKey(customer.country, customer.nativeName));
  for (const c of contacts) {
    for (const e of c.emails) add('email', e.trim().toLowerCase());
    for (const p of c.phones) add('phone', p);
  }
  return [...keys.values()];
}
