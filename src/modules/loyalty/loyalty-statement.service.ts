import type { Kysely } from 'kysely';
import type { Contact, DB } from '../../db/schema.ts';
import { bonusOf } from '../../domain/loyalty/bonus.ts';
import { chooseStatementLanguage, statementFigures } from '../../domain/loyalty/statement.ts';
import { windowStart } from '../../domain/loyalty/tiers.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import type { PdfBrowser } from '../pdf/browser.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { toEntry } from './loyalty-ledger.ts';
import { loyaltyLedgerRepository } from './loyalty-ledger.repository.ts';
import { programmeOf, reportingOf } from './loyalty-programme.ts';
import type { StatementQuery } from './loyalty.schemas.ts';
import { renderStatementHtml, type StatementDocument } from './statement-html.ts';

const personName = (c: Contact) => {
  const latin = [c.first_name, c.last_name].filter(Boolean).join(' ');
  return c.native_name && c.native_name !== latin ? `${c.native_name} (${latin})` : latin;
};

/**
 * A customer's points statement for a contact, in the contact's language (not the user's):
 * balance, the period's movements with running balance, lots expiring within 90 days, the tier
 * and the way to the next. HTML, or PDF printed by the shared Chromium (src/modules/pdf).
 */
export class LoyaltyStatementService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly browser: PdfBrowser,
    private readonly now: () => Date,
  ) {}

  async document(scope: Scope, customerId: string, q: StatementQuery): Promise<StatementDocument> {
    const ws = scope.workspaceId;
    const customer = await customerRecords.findVisible(this.db, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    const today = this.now().toISOString().slice(0, 10);
    const from = q.from ?? windowStart(today);
    const to = q.to ?? today;
    if (from > to)
      throw AppError.validation([fieldError('/to', 'not_before_start', { start: from })]);
    let contact: Contact | undefined;
    if (q.contactId) {
      contact = await contactRecords.findVisible(this.db, scope, q.contactId);
      if (!contact)
        throw AppError.validation([
          fieldError('/contactId', 'not_in_scope', { entity: 'contact' }),
        ]);
      if (contact.customer_id !== customerId)
        throw AppError.validation([fieldError('/contactId', 'not_a_contact')]);
    } else contact = (await contactRecords.ofCustomer(this.db, ws, customerId))[0];
    const [programme, reporting, rows, workspace] = await Promise.all([
      programmeOf(this.db, ws),
      reportingOf(this.db, ws),
      loyaltyLedgerRepository.ofCustomer(this.db, ws, customerId),
      workspaces.find(this.db, ws),
    ]);
    const figures = statementFigures(
      rows.map(toEntry),
      programme,
      { from, to, today },
      reporting.digits,
    );
    const shown = new Set(figures.movements.map((m) => m.seq));
    const orderIds = [...new Set(figures.movements.flatMap((m) => (m.orderId ? [m.orderId] : [])))];
    const numbers = new Map(
      (orderIds.length ? await orderRecords.byIds(this.db, ws, orderIds) : []).map((o) => [
        o.id,
        o.number,
      ]),
    );
    const notes: StatementDocument['notes'] = new Map();
    for (const r of rows)
      if (shown.has(r.seq))
        notes.set(r.seq, {
          bonus: bonusOf(r.source) ?? undefined,
          orderNumber: r.order_id ? numbers.get(r.order_id) : undefined,
          reason: r.reason ?? undefined,
        });
    return {
      language: chooseStatementLanguage(contact?.preferred_language ?? null, customer.country),
      seller: workspace?.name ?? '',
      customer: { name: customer.name, nativeName: customer.native_name },
      attention: contact ? personName(contact) : null,
      from,
      to,
      today,
      reportingCurrency: reporting.currency,
      figures,
      notes,
    };
  }

  async html(scope: Scope, customerId: string, q: StatementQuery): Promise<string> {
    return renderStatementHtml(await this.document(scope, customerId, q));
  }

  async pdf(scope: Scope, customerId: string, q: StatementQuery): Promise<Buffer> {
    return this.browser.pdf(await this.html(scope, customerId, q));
  }
}
