import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fieldErrorMessage, type FieldErrorCode, type FieldErrorParams } from './field-errors.ts';

export type PhoneResult =
  | { ok: true; e164: string }
  | { ok: false; code: FieldErrorCode; params?: FieldErrorParams; message: string };

// Each refusal is a catalogue code (the web says it in the reader's language), with its English.
function refuse(code: FieldErrorCode, params?: FieldErrorParams): PhoneResult {
  return {
    ok: false,
    code,
    ...(params ? { params } : {}),
    message: fieldErrorMessage(code, params),
  };
}

/** Parses a phone as dialled in the customer's country (or with a leading +) into E.164. */
export function toE164(input: string, country: string | null): PhoneResult {
  const trimmed = input.trim();
  if (!trimmed) return refuse('empty');
  const parsed = parsePhoneNumberFromString(
    trimmed,
    (country ?? undefined) as CountryCode | undefined,
  );
  if (!parsed) {
    return country
      ? refuse('not_phone_for', { value: trimmed, country })
      : refuse('not_phone', { value: trimmed });
  }
  if (!parsed.isValid()) {
    const where = parsed.country ?? country;
    return where
      ? refuse('phone', { value: trimmed, country: where })
      : refuse('phone_invalid', { value: trimmed });
  }
  return { ok: true, e164: parsed.number };
}

export function formatInternational(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

export function nationalDigits(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.nationalNumber ?? null;
}
