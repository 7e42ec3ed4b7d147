import { countryLanguage, matchVariant } from '../communication/language.ts';
import { PORTAL_LANGUAGES, RTL_LANGUAGES, type PortalLanguage } from './portal-labels.ts';
import type { TicketStatus } from './tickets.ts';

/** What a customer reads for a ticket's status: staff's finer states are nobody else's business. */
export const PUBLIC_STATUSES = [
  'received',
  'in_progress',
  'waiting_for_you',
  'solved',
  'closed',
] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

const PUBLIC_OF: Record<TicketStatus, PublicStatus> = {
  new: 'received',
  open: 'in_progress',
  pending_customer: 'waiting_for_you',
  // Waiting for a supplier or parked: still being handled, as far as the customer is concerned.
  pending_third_party: 'in_progress',
  on_hold: 'in_progress',
  solved: 'solved',
  closed: 'closed',
};

export const publicStatus = (status: TicketStatus): PublicStatus => PUBLIC_OF[status];

/**
 * The portal language for a list of wishes, best first (a language asked for in the address,
 * the one given on the form, the contact's preferred language, the customer's country): the
 * first that the portal speaks, matched like template variants (pt-BR → pt, zh-Hans → zh-CN,
 * never zh-TW → zh-CN); English when none is.
 */
export function portalLanguage(wishes: (string | null | undefined)[]): PortalLanguage {
  for (const wish of wishes) {
    if (!wish) continue;
    const hit = matchVariant(wish, [...PORTAL_LANGUAGES]);
    if (hit) return hit.language as PortalLanguage;
  }
  return 'en';
}

/** The main language of a country, as a wish for `portalLanguage`. */
export const countryWish = (country: string | null | undefined) =>
  country ? countryLanguage(country) : undefined;

/** The tags of an Accept-Language header by weight, best first (`es-MX,es;q=0.9,en;q=0.5`). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((t) => t.tag && t.tag !== '*' && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((t) => t.tag);
}

export const directionOf = (language: PortalLanguage): 'rtl' | 'ltr' =>
  RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';

// Country-code domains that are sold worldwide as generic ones, so say nothing of a country.
const GENERIC_CC = new Set([
  'io',
  'ai',
  'co',
  'me',
  'tv',
  'cc',
  'ws',
  'fm',
  'am',
  'ly',
  'to',
  'gg',
]);

/**
 * A first guess of an unknown sender's country for the lead the public form creates: the email's
 * country-code domain (`.es`, `.com.br`), else the likely region of the language they chose
 * (es → ES). The rep corrects it on the customer; null when neither says anything.
 */
export function guessCountry(email: string, language: string | null | undefined): string | null {
  const tld = email.trim().toLowerCase().split('.').pop() ?? '';
  if (/^[a-z]{2}$/.test(tld) && !GENERIC_CC.has(tld))
    return tld === 'uk' ? 'GB' : tld.toUpperCase();
  if (!language) return null;
  try {
    return new Intl.Locale(language).maximize().region ?? null;
  } catch {
    return null;
  }
}
