import type { Contact, Customer } from '../../db/schema.ts';
import { chooseTemplateLanguage } from '../../domain/communication/language.ts';
import { SURVEY_LANGUAGES } from '../../domain/service/survey-labels.ts';

/**
 * The language a contact is asked in: their preferred language, else the main language of the
 * customer's country, else the customer's first language, else English — whichever the survey
 * labels have (the same rule that picks a template's variant).
 */
export function surveyLanguage(
  contact: Pick<Contact, 'preferred_language'> | null,
  customer: Pick<Customer, 'country' | 'languages'>,
): string {
  const spoken = (JSON.parse(customer.languages || '[]') as string[])[0];
  return (
    chooseTemplateLanguage({
      available: SURVEY_LANGUAGES,
      contactLanguage: contact?.preferred_language ?? null,
      country: customer.country,
      workspaceDefault: spoken ?? 'en',
    })?.language ??
    chooseTemplateLanguage({
      available: SURVEY_LANGUAGES,
      country: customer.country,
      workspaceDefault: 'en',
    })?.language ??
    'en'
  );
}

/** Each customer's primary contact (the first one added when none is marked primary). */
export function primaryContacts(contacts: Contact[]): Map<string, Contact> {
  const out = new Map<string, Contact>();
  const sorted = [...contacts].sort(
    (a, b) => b.is_primary - a.is_primary || a.created_at.localeCompare(b.created_at),
  );
  for (const c of sorted) if (!out.has(c.customer_id)) out.set(c.customer_id, c);
  return out;
}
