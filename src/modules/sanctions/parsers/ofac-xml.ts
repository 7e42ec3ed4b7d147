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

const KINDS: Record<string, ParsedEntry['kind']> = {
  Individual: 'person',
  Entity: 'entity',
  Vessel: 'vessel',
  Aircraft: 'aircraft',
};

/**
 * OFAC's SDN list in its XML format (`sdn.xml`, root `sdnList`): one `sdnEntry` per listed
 * party with `firstName`/`lastName`, `akaList`, `nationalityList`, `citizenshipList`,
 * `addressList` and `dateOfBirthList`; the publication date in `publshInformation/Publish_Date`
 * (month first, as OFAC writes it).
 */
export async function parseOfacXml(path: string): Promise<ParsedList> {
  const entries: ParsedEntry[] = [];
  let publishedAt: string | null = null;
  let entry: ParsedEntry | null = null;
  // The entry's own name and each alias's name are both firstName/lastName, told apart by parent.
  const own = { first: '', last: '' };
  const aka = { first: '', last: '' };
  await readXml(path, 'sdnList', {
    open(name) {
      if (name === 'sdnEntry') {
        entry = emptyEntry('');
        own.first = own.last = '';
      }
      if (name === 'aka') aka.first = aka.last = '';
    },
    close(name, text, path) {
      const parent = path[path.length - 1];
      if (name === 'Publish_Date') publishedAt = parseListDate(text);
      if (!entry) return;
      const names = parent === 'aka' ? aka : own;
      if (name === 'uid' && parent === 'sdnEntry') entry.ref = text;
      else if (name === 'sdnType') entry.kind = KINDS[text] ?? 'other';
      else if (name === 'firstName') names.first = text;
      else if (name === 'lastName') names.last = text;
      else if (name === 'program') entry.programs.push(text);
      else if (name === 'country') addCountry(entry, text);
      else if (name === 'dateOfBirth') addBirthDate(entry, text);
      else if (name === 'aka') addName(entry, aka.first, aka.last);
      else if (name === 'sdnEntry') {
        const primary = [own.first, own.last].filter(Boolean).join(' ');
        entry.names = [primary, ...entry.names.filter((n) => n !== primary)].filter(Boolean);
        entries.push(entry);
        entry = null;
      }
    },
  });
  return { publishedAt, entries };
}
