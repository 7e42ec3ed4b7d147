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

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

/**
 * The UN Security Council Consolidated List (root `CONSOLIDATED_LIST`, `dateGenerated` on the
 * root): `INDIVIDUAL` and `ENTITY` elements with `DATAID`, the name in up to four parts,
 * `NAME_ORIGINAL_SCRIPT`, `*_ALIAS/ALIAS_NAME`, `NATIONALITY/VALUE`, `*_ADDRESS/COUNTRY` and
 * `INDIVIDUAL_DATE_OF_BIRTH` with a `DATE` or a `YEAR`.
 */
export async function parseUnXml(path: string): Promise<ParsedList> {
  const entries: ParsedEntry[] = [];
  let publishedAt: string | null = null;
  let entry: ParsedEntry | null = null;
  let parts: Record<string, string> = {};
  await readXml(path, 'CONSOLIDATED_LIST', {
    open(name, a) {
      if (name === 'CONSOLIDATED_LIST')
        publishedAt = a.dateGenerated ? parseListDate(a.dateGenerated) : null;
      else if (name === 'INDIVIDUAL' || name === 'ENTITY') {
        entry = emptyEntry('', name === 'INDIVIDUAL' ? 'person' : 'entity');
        parts = {};
      }
    },
    close(name, text, path) {
      if (!entry) return;
      const parent = path[path.length - 1] ?? '';
      if (name === 'DATAID') entry.ref = text;
      else if (NAME_PARTS.includes(name) && (parent === 'INDIVIDUAL' || parent === 'ENTITY'))
        parts[name] = text;
      else if (name === 'NAME_ORIGINAL_SCRIPT') addName(entry, text);
      else if (name === 'ALIAS_NAME') addName(entry, text);
      else if (name === 'UN_LIST_TYPE') entry.programs.push(text);
      else if (name === 'VALUE' && parent === 'NATIONALITY') addCountry(entry, text);
      else if (name === 'COUNTRY' && parent.endsWith('_ADDRESS')) addCountry(entry, text);
      else if ((name === 'DATE' || name === 'YEAR') && parent === 'INDIVIDUAL_DATE_OF_BIRTH')
        addBirthDate(entry, text);
      else if (name === 'INDIVIDUAL' || name === 'ENTITY') {
        const primary = NAME_PARTS.map((p) => parts[p])
          .filter(Boolean)
          .join(' ');
        entry.names = [primary, ...entry.names.filter((n) => n !== primary)].filter(Boolean);
        entries.push(entry);
        entry = null;
      }
    },
  });
  return { publishedAt, entries };
}
