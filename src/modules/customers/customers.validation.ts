import type { Executor } from '../../db/dialect.ts';
import type { Customer } from '../../db/schema.ts';
import { isCountryCode, isCurrency, isTimeZone } from '../../domain/countries.ts';
import { validateCustomValues } from '../../domain/custom-fields.ts';
import { canSeeOwner, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { customFieldDefinitions } from '../custom-fields/custom-fields.service.ts';
import type { CustomerPatch } from './customers.schemas.ts';
import { userRecords } from '../users/user-records.service.ts';

export function checkLanguages(languages: string[], path: string, errors: FieldError[]): string[] {
  return languages.flatMap((tag, i) => {
    try {
      return Intl.getCanonicalLocales(tag);
    } catch {
      errors.push(fieldError(`${path}/${i}`, 'language', { value: tag }));
      return [];
    }
  });
}

/**
 * Checks the semantic rules JSON Schema cannot: real country, zone and currency codes, owners
 * and teams that exist and are within the caller's reach, and custom fields defined here.
 * Collects every problem so the form can mark all fields at once.
 */
export async function checkCustomerInput(
  db: Executor,
  scope: Scope,
  input: CustomerPatch,
  current?: Customer,
): Promise<{ customFields?: Record<string, string | number | null>; languages?: string[] }> {
  const errors: FieldError[] = [];
  if (input.country !== undefined && !isCountryCode(input.country)) {
    errors.push(fieldError('/country', 'country', { value: input.country }));
  }
  // "" is not a time zone; null asks for the country's (see the service).
  if (typeof input.timeZone === 'string' && !isTimeZone(input.timeZone)) {
    errors.push(fieldError('/timeZone', 'time_zone', { value: input.timeZone }));
  }
  if (input.currency && !isCurrency(input.currency)) {
    errors.push(fieldError('/currency', 'currency', { value: input.currency }));
  }
  // Dates of the past only: greetings count the years since them.
  const today = new Date().toISOString().slice(0, 10);
  for (const f of ['foundedOn', 'customerSince'] as const) {
    const v = input[f];
    if (v && v > today) errors.push(fieldError(`/${f}`, 'in_future'));
  }
  const languages = input.languages
    ? checkLanguages(input.languages, '/languages', errors)
    : undefined;
  if (input.ownerId !== undefined && input.ownerId !== current?.owner_id) {
    const owner = await userRecords.findById(db, scope.workspaceId, input.ownerId);
    if (!owner || owner.active !== 1) errors.push(fieldError('/ownerId', 'no_active_user'));
    else if (!canSeeOwner(scope, owner.id)) {
      errors.push(fieldError('/ownerId', 'owner_not_allowed', { entities: 'customers' }));
    }
  }
  if (input.teamId) {
    const team = await userRecords.findTeam(db, scope.workspaceId, input.teamId);
    if (!team) errors.push(fieldError('/teamId', 'no_such', { entity: 'team' }));
  }
  let customFields: Record<string, string | number | null> | undefined;
  if (input.customFields) {
    const checked = validateCustomValues(
      input.customFields,
      await customFieldDefinitions(db, scope.workspaceId),
    );
    errors.push(...checked.errors);
    const existing = current
      ? (JSON.parse(current.custom_fields) as Record<string, string | number | null>)
      : {};
    customFields = Object.fromEntries(
      Object.entries({ ...existing, ...checked.values }).filter(([, v]) => v !== null),
    );
  }
  if (errors.length) throw AppError.validation(errors);
  return { customFields, languages };
}

export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().normalize('NFC')).filter(Boolean))].sort();
}
