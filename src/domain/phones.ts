import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type PhoneResult = { ok: true; e164: string } | { ok: false; message: string };

/** Parses a phone as dialled in the customer's country (or with a leading +) into E.164. */
export function toE164(input: string, country: string | null): PhoneResult {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: 'is empty' };
  const parsed = parsePhoneNumberFromString(
    trimmed,
    (country ?? undefined) as CountryCode | undefined,
  );
  if (!parsed) {
    return {
      ok: false,
      message: `"${trimmed}" is not a phone number${country ? ` for ${country}` : ''}`,
    };
  }
  if (!parsed.isValid()) {
    return {
      ok: false,
      message:
        `"${trimmed}" is not a valid ${parsed.country ?? country ?? ''} phone number`.replace(
          '  ',
          ' ',
        ),
    };
  }
  return { ok: true, e164: parsed.number };
}

export function formatInternational(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

export function nationalDigits(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.nationalNumber ?? null;
}
