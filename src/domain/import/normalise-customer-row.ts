import { isOneOf, STAGES } from '../enums.ts';
import { fieldProblem, type FieldProblem } from '../field-errors.ts';
import { toE164, type PhoneResult } from '../phones.ts';
import { companyKey } from '../identity/company-key.ts';
import { countryCodeOf } from '../identity/country-name.ts';
import { FREE_MAIL } from '../identity/free-mail.ts';
import { domainOf } from '../web-address.ts';
import { languagesOf } from './language-name.ts';

/** As long as a note a person writes on the timeline may be. */
export const NOTE_MAX = 4000;

const STAGE_WORDS: Record<string, string> = {
  线索: 'lead',
  潜在客户: 'prospect',
  意向客户: 'prospect',
  成交客户: 'customer',
  客户: 'customer',
  合作伙伴: 'partner',
  代理: 'partner',
  流失: 'churned',
};

export type { FieldProblem };

/** A refused phone as a row problem: its code, params and English, without the field. */
function phoneProblem(r: Extract<PhoneResult, { ok: false }>): Omit<FieldProblem, 'field'> {
  return r.params
    ? { code: r.code, params: r.params, message: r.message }
    : { code: r.code, message: r.message };
}

export interface NormalisedCustomerRow {
  customer: {
    name: string;
    nativeName: string | null;
    country: string;
    region: string | null;
    city: string | null;
    website: string | null;
    domain: string | null;
    industry: string | null;
    size: string | null;
    stage: string | null;
    tier: string | null;
    tags: string[];
    source: string | null;
    /** BCP 47 tags the row names, in its order */
    languages: string[];
  };
  contact: {
    firstName: string;
    lastName: string | null;
    title: string | null;
    email: string | null;
    phone: string | null;
    whatsapp: string | null;
    wechat: string | null;
    /** the first language the row names */
    language: string | null;
  } | null;
  /** the row's notes, to become a note on the customer's timeline */
  notes: string | null;
  /** what identifies the company for matching duplicates */
  keys: { domain: string | null; email: string | null; phone: string | null; name: string };
}

/** Trimmed, Unicode-normalised (NFC), inner whitespace collapsed; empty → null. */
export function cleanText(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const s = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/** Free text kept as written: lines kept, spaces inside a line collapsed; empty → null. */
export function cleanNote(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const s = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return s === '' ? null : s;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * One spreadsheet row (already keyed by mapping target) → the customer and contact to write, the
 * match keys, and every problem with the field it belongs to. `defaults.country` fills rows that
 * name none (an import "for Brazil").
 */
export function normaliseCustomerRow(
  raw: Partial<Record<string, string>>,
  defaults: { country?: string | null; source?: string | null; tags?: string[] } = {},
): { row: NormalisedCustomerRow | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const get = (k: string) => cleanText(raw[k]);

  const name = get('name');
  if (!name) problems.push(fieldProblem('name', 'empty'));
  else if (name.length > 200) problems.push(fieldProblem('name', 'too_long', { limit: 200 }));

  const countryText = get('country');
  let country: string | null = null;
  if (countryText) {
    country = countryCodeOf(countryText);
    if (!country) problems.push(fieldProblem('country', 'unknown_country', { value: countryText }));
  } else if (defaults.country) country = defaults.country;
  else problems.push(fieldProblem('country', 'empty'));

  const emailText = get('email')?.toLowerCase() ?? null;
  const email = emailText && EMAIL.test(emailText) ? emailText : null;
  if (emailText && !email) problems.push(fieldProblem('email', 'not_email', { value: emailText }));

  let phone: string | null = null;
  const phoneText = get('phone');
  if (phoneText) {
    const r = toE164(phoneText, country);
    if (r.ok) phone = r.e164;
    else problems.push({ field: 'phone', ...phoneProblem(r) });
  }
  let whatsapp: string | null = null;
  const waText = get('whatsapp');
  if (waText) {
    const r = toE164(waText, country);
    if (r.ok) whatsapp = r.e164;
    else problems.push({ field: 'whatsapp', ...phoneProblem(r) });
  }

  const website = get('website');
  const siteDomain = domainOf(website);
  if (website && !siteDomain)
    problems.push(fieldProblem('website', 'not_web_address', { value: website }));
  const mailDomain = email ? domainOf(email) : null;
  const domain = siteDomain ?? (mailDomain && !FREE_MAIL.has(mailDomain) ? mailDomain : null);

  let stage: string | null = null;
  const stageText = get('stage');
  if (stageText) {
    const s = stageText.toLowerCase();
    stage = isOneOf(STAGES, s) ? s : (STAGE_WORDS[stageText] ?? null);
    if (!stage) problems.push(fieldProblem('stage', 'one_of', { values: STAGES }));
  }
  let tier: string | null = null;
  const tierText = get('tier');
  if (tierText) {
    tier = tierText
      .toUpperCase()
      .replace(/^(TIER|等级|级)\s*/, '')
      .replace(/[类级]$/, '');
    if (!['A', 'B', 'C'].includes(tier)) {
      problems.push(fieldProblem('tier', 'one_of', { values: ['A', 'B', 'C'] }));
      tier = null;
    }
  }
  const tags = [
    ...new Set([
      ...(defaults.tags ?? []),
      ...(get('tags') ?? '')
        .split(/[,;，；、|]/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ]),
  ];

  const languageText = get('language');
  const languages = languageText ? languagesOf(languageText) : { codes: [], unknown: [] };
  for (const text of languages.unknown)
    problems.push(fieldProblem('language', 'unknown_language', { value: text }));

  const notes = cleanNote(raw.notes);
  if (notes && notes.length > NOTE_MAX)
    problems.push(fieldProblem('notes', 'too_long', { limit: NOTE_MAX }));

  if (problems.length || !name || !country) return { row: null, problems };

  let firstName = get('contactFirstName');
  let lastName = get('contactLastName');
  const fullName = get('contactName');
  if (!firstName && fullName) {
    const parts = fullName.split(' ');
    firstName = parts.length > 1 ? parts.slice(0, -1).join(' ') : fullName;
    lastName ??= parts.length > 1 ? (parts[parts.length - 1] ?? null) : null;
  }
  const wechat = get('wechat');
  const title = get('contactTitle');
  const hasContact = firstName || email || phone || whatsapp || wechat;
  return {
    row: {
      customer: {
        name,
        nativeName: get('nativeName'),
        country,
        region: get('region'),
        city: get('city'),
        website,
        domain,
        industry: get('industry'),
        size: get('size'),
        stage,
        tier,
        tags,
        source: get('source') ?? defaults.source ?? null,
        languages: languages.codes,
      },
      contact: hasContact
        ? {
            firstName: firstName ?? email?.split('@')[0] ?? phone ?? wechat ?? 'Contact',
            lastName,
            title,
            email,
            phone,
            whatsapp,
            wechat,
            language: languages.codes[0] ?? null,
          }
        : null,
      notes,
      keys: { domain, email, phone, name: `${country}:${companyKey(name)}` },
    },
    problems,
  };
}
