import type { Executor } from '../../db/dialect.ts';
import type { Customer } from '../../db/schema.ts';
import { isCountryCode, isCurrency, isTimeZone } from '../../domain/countries.ts';
import { validateCustomValues } from '../../domain/custom-fields.ts';
import { canSeeOwner, type Scope } from '../../domain/scope.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { customFieldDefinitions } from '../custom-fields/custom-fields.service.ts';
import type { CustomerPatch } from './customers.schemas.ts';
import { userRecords } from '../users/user-records.service.ts';

export function checkLanguages(languages: string[], path: string, errors: FieldError[]): string[] {
  return languages.flatMap((tag, i) => {
    try {
      return Intl.getCanonicalLocales(tag);
    } catch {
      errors.push({ path: `${path}/${i}`, message: `"${tag}" is not a BCP 47 language tag` });
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
    errors.push({
      path: '/country',
      message: `"${input.country}" is not an ISO 3166-1 alpha-2 country code`,
    });
  }
  if (input.timeZone && !isTimeZone(input.timeZone)) {
    errors.push({ path: '/timeZone', message: `"${input.timeZone}" is not an IANA time zone` });
  }
  if (input.currency && !isCurrency(input.currency)) {
    errors.push({
      path: '/currency',
      message: `"${input.currency}" is not an ISO 4217 currency code`,
    });
  }
  const languages = input.languages
    ? checkLanguages(input.languages, '/languages', errors)
    : undefined;
  if (input.ownerId !== undefined && input.ownerId !== current?.owner_id) {
    const owner = await userRecords.findById(db, scope.workspaceId, input.ownerId);
    if (!owner || owner.active !== 1)
      errors.push({ path: '/ownerId', message: 'no active user with this id' });
    else if (!canSeeOwner(scope, owner.id)) {
      errors.push({
        path: '/ownerId',
        message: 'you can only assign customers to yourself or members of your teams',
      });
    }
  }
  if (input.teamId) {
    const team = await userRecords.findTeam(db, scope.workspaceId, input.teamId);
    if (!team) errors.push({ path: '/teamId', message: 'no team with this id' });
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
