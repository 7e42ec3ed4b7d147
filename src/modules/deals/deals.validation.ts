import type { Executor } from '../../db/dialect.ts';
import type { Customer } from '../../db/schema.ts';
import { isCurrency } from '../../domain/countries.ts';
import { isIsoDate } from '../../domain/custom-fields.ts';
import { canSeeOwner, type Scope } from '../../domain/scope.ts';
import { isAmountMinor, MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { fieldError, type FieldError } from '../../http/errors.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import type { DealPatchBody } from './deals.schemas.ts';

/**
 * What can be said about a deal's fields without the database: the request schema already
 * checked shapes; these are the rules a schema cannot hold (a real currency, a real date, no
 * contact or reason twice, a competitor's price with its currency).
 */
export function dealFieldProblems(body: DealPatchBody): FieldError[] {
  const errors: FieldError[] = [];
  if (body.currency !== undefined && !isCurrency(body.currency.toUpperCase()))
    errors.push(fieldError('/currency', 'currency', { value: body.currency }));
  if (body.expectedCloseDate !== undefined && !isIsoDate(body.expectedCloseDate))
    errors.push(fieldError('/expectedCloseDate', 'invalid_date'));
  if (body.amountMinor !== undefined && !isAmountMinor(body.amountMinor))
    errors.push(fieldError('/amountMinor', 'amount_minor', { max: MAX_AMOUNT_MINOR }));
  const twice = (path: string, values: string[]) =>
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i)
        errors.push(fieldError(`${path}/${i}`, 'duplicate_value', { value: v }));
    });
  twice('/contacts', body.contacts?.map((c) => c.contactId) ?? []);
  twice('/reasons', body.reasons?.map((r) => r.reason) ?? []);
  body.competitors?.forEach((c, i) => {
    const currency = c.currency?.toUpperCase();
    if (currency && !isCurrency(currency))
      errors.push(fieldError(`/competitors/${i}/currency`, 'currency', { value: currency }));
    if (c.amountMinor !== undefined && c.amountMinor !== null && !currency)
      errors.push(fieldError(`/competitors/${i}/currency`, 'currency_with_amount'));
  });
  return errors;
}

/** The owner must be an active user the caller may hand records to (self, or their teams). */
export async function ownerProblems(
  db: Executor,
  scope: Scope,
  ownerId: string,
): Promise<FieldError[]> {
  const owner = await userRecords.findById(db, scope.workspaceId, ownerId);
  if (!owner || owner.active !== 1) return [fieldError('/ownerId', 'no_active_user')];
  if (!canSeeOwner(scope, owner.id))
    return [fieldError('/ownerId', 'owner_not_allowed', { entities: 'deals' })];
  return [];
}

/** Every contact named must be a contact of the deal's customer. */
export async function contactProblems(
  db: Executor,
  customer: Customer,
  contacts: { contactId: string }[],
): Promise<FieldError[]> {
  if (!contacts.length) return [];
  const own = new Set(
    (await contactRecords.ofCustomer(db, customer.workspace_id, customer.id)).map((c) => c.id),
  );
  return contacts.flatMap((c, i) =>
    own.has(c.contactId) ? [] : [fieldError(`/contacts/${i}/contactId`, 'not_a_contact')],
  );
}
