import {
  getExampleNumber,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Random } from './random.ts';

/** A valid local mobile number for the country, as a local person would write it. */
export function localMobile(country: string, rnd: Random): { national: string; e164: string } {
  const example = getExampleNumber(country as CountryCode, examples);
  if (!example) throw new Error(`no example phone number for ${country}`);
  const digits = example.nationalNumber;
  for (let attempt = 0; attempt < 20; attempt++) {
    const tail = String(rnd.int(0, 9999)).padStart(4, '0');
    const candidate = digits.slice(0, -4) + tail;
    const parsed = parsePhoneNumberFromString(candidate, country as CountryCode);
    if (parsed?.isValid()) return { national: parsed.formatNational(), e164: parsed.number };
  }
  return { national: example.formatNational(), e164: example.number };
}
