import { AppError, fieldError } from '../../../http/errors.ts';
import { parseOfacCsv, parseOwnCsv } from './csv-lists.ts';
import { parseEuXml } from './eu-xml.ts';
import type { ParsedList } from './list-entry.ts';
import { parseOfacXml } from './ofac-xml.ts';
import { parseUnXml } from './un-xml.ts';

export type { ParsedEntry, ParsedList } from './list-entry.ts';

export const LIST_FORMATS = ['ofac-sdn-csv', 'ofac-sdn-xml', 'eu-xml', 'un-xml', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

const PARSERS: Record<ListFormat, (path: string) => Promise<ParsedList>> = {
  'ofac-sdn-csv': parseOfacCsv,
  'ofac-sdn-xml': parseOfacXml,
  'eu-xml': parseEuXml,
  'un-xml': parseUnXml,
  csv: parseOwnCsv,
};

/** Reads a list file in the given format; a file with no entries is refused like a broken one. */
export async function parseList(format: ListFormat, path: string): Promise<ParsedList> {
  const list = await PARSERS[format](path);
  if (!list.entries.length)
    throw AppError.validation([fieldError('/file', 'sanctions_no_entries')]);
  const refs = new Set<string>();
  for (const e of list.entries) {
    if (refs.has(e.ref))
      throw AppError.validation([fieldError('/file', 'sanctions_duplicate_ref', { ref: e.ref })]);
    refs.add(e.ref);
  }
  return list;
}
