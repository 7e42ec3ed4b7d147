import {
  addBirthDate,
  addCountry,
  addName,
  emptyEntry,
  parseListDate,
  type ParsedEntry,
  type ParsedList,
} from './list-entry.ts';
import { readXml } from './xml-stream.ts';

const KINDS: Record<string, ParsedEntry['kind']> = { P: 'person', E: 'entity' };

/**
 * The EU's consolidated list of persons, groups and entities subject to financial sanctions
 * (the Financial Sanctions Files' XML, root `export`, generation date on the root): one
 * `sanctionEntity` (its `logicalId`) with `subjectType`, one `nameAlias` per spelling
 * (`wholeName`, or first/middle/last), `citizenship`, `birthdate` and `address` carrying
 * `countryIso2Code`.
 */
export async function parseEuXml(path: string): Promise<ParsedList> {
  const entries: ParsedEntry[] = [];
  let publishedAt: string | null = null;
  let entry: ParsedEntry | null = null;
  await readXml(path, 'export', {
    open(name, a) {
      if (name === 'export')
        publishedAt = a.generationDate ? parseListDate(a.generationDate) : null;
      else if (name === 'sanctionEntity')
        entry = emptyEntry(a.logicalId ?? a.euReferenceNumber ?? '');
      if (!entry) return;
      if (name === 'sanctionEntity' && a.euReferenceNumber)
        entry.programs.push(a.euReferenceNumber);
      else if (name === 'subjectType') entry.kind = KINDS[a.classificationCode ?? ''] ?? 'other';
      else if (name === 'nameAlias')
        addName(entry, a.wholeName || [a.firstName, a.middleName, a.lastName].join(' '));
      else if (name === 'citizenship' || name === 'address') addCountry(entry, a.countryIso2Code);
      else if (name === 'birthdate') {
        addBirthDate(entry, a.birthdate || a.year);
        addCountry(entry, a.countryIso2Code);
      }
    },
    close(name) {
      if (name === 'sanctionEntity' && entry) {
        entries.push(entry);
        entry = null;
      }
    },
  });
  return { publishedAt, entries };
}
