import { chooseTemplateLanguage, matchVariant } from './language.ts';

export interface CampaignLanguages {
  /** a contact's preferred language → the variant that serves it (only those a variant serves) */
  byContactLanguage: Map<string, string>;
  /** a customer's country → the variant its contacts get otherwise (country, then default) */
  byCountry: Map<string, string>;
}

/**
 * The template language of every recipient of a campaign as two small tables, so the database
 * assigns it to a million rows in one statement: `byContactLanguage[contact's language] ??
 * byCountry[customer's country]`. The same choice `chooseTemplateLanguage` makes per recipient:
 * its first step depends only on the contact's language, the others only on the country.
 */
export function campaignLanguages(input: {
  available: string[];
  workspaceDefault: string;
  contactLanguages: Iterable<string>;
  countries: Iterable<string>;
}): CampaignLanguages {
  const byContactLanguage = new Map<string, string>();
  for (const tag of input.contactLanguages) {
    const hit = tag ? matchVariant(tag, input.available) : undefined;
    if (hit) byContactLanguage.set(tag, hit.language);
  }
  const byCountry = new Map<string, string>();
  for (const country of input.countries) {
    const choice = chooseTemplateLanguage({
      available: input.available,
      contactLanguage: null,
      country,
      workspaceDefault: input.workspaceDefault,
    });
    if (choice) byCountry.set(country, choice.language);
  }
  return { byContactLanguage, byCountry };
}
