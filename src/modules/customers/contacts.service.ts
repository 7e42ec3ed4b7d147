import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Contact, ContactUpdate, DB } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { formatInternational, toE164 } from '../../domain/phones.ts';
import { isValidDate } from '../../domain/calendar/dates.ts';
import { isYearlyDate } from '../../domain/greetings/greetings.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customersRepository } from './customers.repository.ts';
import { refreshCustomerIndex } from './customer-index.ts';
import { refreshCustomerZone } from './customer-zones.ts';
import { contactsChanged } from './country-followers.ts';
import { checkLanguages } from './customers.validation.ts';
import { contactsRepository } from './contacts.repository.ts';
import type { ContactBody, ContactOut, ContactPatch } from './contacts.schemas.ts';

export function toContactOut(row: Contact): ContactOut {
  return {
    id: row.id,
    customerId: row.customer_id,
    firstName: row.first_name,
    lastName: row.last_name,
    nativeName: row.native_name,
    title: row.title,
    emails: JSON.parse(row.emails) as string[],
    phones: (JSON.parse(row.phones) as string[]).map((e164) => ({
      e164,
      international: formatInternational(e164),
    })),
    handles: JSON.parse(row.handles) as ContactOut['handles'],
    preferredLanguage: row.preferred_language,
    preferredChannel: row.preferred_channel,
    birthday: row.birthday,
    primary: row.is_primary === 1,
    leftAt: row.left_at ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Phones are parsed as dialled in the customer's country, so `11 91234-5678` in Brazil is `+5511912345678`. */
function normalise(input: ContactPatch, country: string): ContactUpdate {
  const errors: FieldError[] = [];
  const out: ContactUpdate = {};
  if (input.firstName !== undefined) out.first_name = input.firstName.trim();
  if (input.lastName !== undefined) out.last_name = input.lastName?.trim() || null;
  if (input.nativeName !== undefined) out.native_name = input.nativeName?.trim() || null;
  if (input.title !== undefined) out.title = input.title?.trim() || null;
  if (input.birthday !== undefined) {
    if (input.birthday !== null && !isYearlyDate(input.birthday))
      errors.push(fieldError('/birthday', 'yearly_date'));
    out.birthday = input.birthday;
  }
  if (input.emails !== undefined)
    out.emails = JSON.stringify([...new Set(input.emails.map((e) => e.trim().toLowerCase()))]);
  if (input.phones !== undefined) {
    const phones = input.phones.flatMap((p, i) => {
      const r = toE164(p, country);
      if (r.ok) return [r.e164];
      errors.push(
        p.trim()
          ? fieldError(`/phones/${i}`, 'phone', { value: p.trim(), country })
          : fieldError(`/phones/${i}`, 'required'),
      );
      return [];
    });
    out.phones = JSON.stringify([...new Set(phones)]);
  }
  if (input.handles !== undefined) out.handles = JSON.stringify(input.handles);
  if (input.preferredLanguage !== undefined) {
    out.preferred_language = input.preferredLanguage
      ? (checkLanguages([input.preferredLanguage], '/preferredLanguage', errors)[0] ?? null)
      : null;
    const bad = errors.find((e) => e.path.startsWith('/preferredLanguage'));
    if (bad) bad.path = '/preferredLanguage';
  }
  if (input.preferredChannel !== undefined) out.preferred_channel = input.preferredChannel;
  if (input.primary !== undefined) out.is_primary = input.primary ? 1 : 0;
  if (input.leftAt !== undefined) {
    if (input.leftAt !== null && !isValidDate(input.leftAt))
      errors.push(fieldError('/leftAt', 'invalid_date'));
    else if (input.leftAt !== null && input.leftAt > nowIso().slice(0, 10))
      errors.push(fieldError('/leftAt', 'in_future'));
    out.left_at = input.leftAt;
  }
  if (errors.length) throw AppError.validation(errors);
  return out;
}

export class ContactsService {
  constructor(private readonly db: Kysely<DB>) {}

  async listForCustomer(scope: Scope, customerId: string): Promise<ContactOut[]> {
    const customer = await customersRepository.findVisible(this.db, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    return (await contactsRepository.listByCustomer(this.db, scope.workspaceId, customerId)).map(
      toContactOut,
    );
  }

  async get(scope: Scope, id: string): Promise<ContactOut> {
    const row = await contactsRepository.findVisible(this.db, scope, id);
    if (!row) throw AppError.notFound('Contact');
    return toContactOut(row);
  }

  async create(scope: Scope, customerId: string, input: ContactBody): Promise<ContactOut> {
    const id = await this.db
      .transaction()
      .execute((tx) => this.createIn(tx, scope, customerId, input));
    return this.get(scope, id);
  }

  /** Adds a contact inside the caller's transaction. */
  async createIn(
    tx: Executor,
    scope: Scope,
    customerId: string,
    input: ContactBody,
  ): Promise<string> {
    const id = newId();
    const customer = await customersRepository.findVisible(tx, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    const fields = normalise(input, customer.country);
    const existing = await contactsRepository.listByCustomer(tx, scope.workspaceId, customerId);
    const primary = input.primary ?? existing.length === 0;
    if (primary) await contactsRepository.clearPrimary(tx, scope.workspaceId, customerId);
    const now = nowIso();
    const row: Contact = {
      unsubscribed_at: null,
      workspace_id: scope.workspaceId,
      id,
      customer_id: customerId,
      first_name: fields.first_name ?? input.firstName,
      last_name: fields.last_name ?? null,
      native_name: fields.native_name ?? null,
      title: fields.title ?? null,
      emails: fields.emails ?? '[]',
      phones: fields.phones ?? '[]',
      handles: fields.handles ?? '{}',
      preferred_language: fields.preferred_language ?? null,
      birthday: fields.birthday ?? null,
      preferred_channel: fields.preferred_channel ?? null,
      is_primary: primary ? 1 : 0,
      left_at: fields.left_at ?? null,
      created_at: now,
      updated_at: now,
    };
    await contactsRepository.insert(tx, row);
    await refreshCustomerIndex(tx, scope.workspaceId, customer);
    await refreshCustomerZone(tx, customer);
    await contactsChanged(tx, scope.workspaceId, [customerId]);
    await recordAudit(tx, scope, {
      action: 'create',
      entityType: 'contact',
      entityId: id,
      changes: diff({}, toContactOut(row)),
    });
    return id;
  }

  async update(scope: Scope, id: string, input: ContactPatch): Promise<ContactOut> {
    await this.db.transaction().execute(async (tx) => {
      const current = await contactsRepository.findVisible(tx, scope, id);
      if (!current) throw AppError.notFound('Contact');
      const { customer_country, ...contact } = current;
      const patch = normalise(input, customer_country);
      if (patch.is_primary === 1)
        await contactsRepository.clearPrimary(tx, scope.workspaceId, contact.customer_id);
      const changes = diff(toContactOut(contact), toContactOut({ ...contact, ...patch }));
      delete changes.updatedAt;
      if (Object.keys(changes).length === 0) return;
      await contactsRepository.update(tx, scope.workspaceId, id, {
        ...patch,
        updated_at: nowIso(),
      });
      await this.refreshCustomer(tx, scope, contact.customer_id);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'contact',
        entityId: id,
        changes,
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const current = await contactsRepository.findVisible(tx, scope, id);
      if (!current) throw AppError.notFound('Contact');
      await contactsRepository.remove(tx, scope.workspaceId, id);
      await this.refreshCustomer(tx, scope, current.customer_id);
      const { customer_country: _country, ...contact } = current;
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'contact',
        entityId: id,
        changes: diff(toContactOut(contact), {}),
      });
    });
  }

  private async refreshCustomer(
    tx: Parameters<typeof refreshCustomerIndex>[0],
    scope: Scope,
    customerId: string,
  ): Promise<void> {
    const customer = await customersRepository.findVisible(tx, scope, customerId);
    if (!customer) return;
    await refreshCustomerIndex(tx, scope.workspaceId, customer);
    // A phone's area code may settle the zone of a customer whose state and city do not.
    await refreshCustomerZone(tx, customer);
    // Followers reading contacts (the stored churn score: a key contact gone).
    await contactsChanged(tx, scope.workspaceId, [customerId]);
  }
}
