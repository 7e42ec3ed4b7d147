import { readFileSync } from 'node:fs';

/**
 * Demo markets: company-name stems (Latin and, where the market writes another script, native),
 * legal forms, cities with their region, languages and people's names. Enough variety to make
 * lists, search and dedupe look like a real export book of business.
 */
export interface Market {
  country: string;
  languages: string[];
  /** city as written locally, its region code, and the Latin spelling used inside company names */
  cities: [city: string, region: string, latin?: string][];
  stems: [latin: string, native?: string][];
  legal: [latin: string, native?: string][];
  industries: string[];
  first: string[];
  last: string[];
  /** native-script person names, paired by index with first/last where given */
  nativePeople?: string[];
  /** where the market's time zone is not implied by the country */
  zoneByRegion?: Record<string, string>;
}

// One market per line in the JSON file: company-name stems, cities, legal forms, people's names.
export const MARKETS = JSON.parse(
  readFileSync(new URL('./demo-markets.json', import.meta.url), 'utf8'),
) as Market[];
