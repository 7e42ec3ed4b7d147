import { checkCredit } from '../orders/credit-check.ts';
import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Quote, QuoteTable } from '../../db/schema.ts';
import type { QuoteKind } from '../../domain/enums.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError } from '../../domain/field-errors.ts';
import { newId } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { chooseQuoteLanguage, localeFor } from '../../domain/sales/quote-language.ts';
import {
  effectiveStatus,
  renderNumber,
  revisionIndex,
  revisionLetter,
  sequenceKey,
} from '../../domain/sales/quote-rules.ts';
import { quoteTotals } from '../../domain/sales/quote-totals.ts';
import { addDays, daysBetween } from '../../domain/calendar/dates.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import {
  assertMaySell,
  contactRecords,
  customerRecords,
} from '../customers/customer-records.service.ts';
import type { DealLookup, ProductLookup } from './lookups.ts';
import { bodyProblems, buildLines } from './quote-input.ts';
import { settingsOf } from './quote-settings.service.ts';
import { quoteOut, summaryOut } from './quotes.mapper.ts';
import {
  quotesRepository as repo,
  type QuoteFilter,
  type QuoteWithCustomer,
} from './quotes.repository.ts';
import type { LineIn, QuoteCreate, QuotePatch } from './quotes.schemas.ts';

export interface QuoteDeps {
  products: ProductLookup;
  deals: DealLookup;
  /** the clock: expiry is read against it (tests move it) */
  now: () => Date;
}

/** Quotes and proforma invoices: drafts, revisions, lists; access follows the customer's scope. */
export class QuotesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: QuoteDeps,
  ) {}

  private today(): string {
    return this.deps.now().toISOString().slice(0, 10);
  }

  async create(scope: Scope, body: QuoteCreate) {
    const quoteDate = body.quoteDate ?? this.today();
    const errors = bodyProblems(body, quoteDate);
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      const customer = await customerRecords.findVisible(tx, scope, body.customerId);
      if (!customer)
        throw AppError.validation([
          fieldError('/customerId', 'not_in_scope', { entity: 'customer' }),
        ]);
      await assertMaySell(tx, scope.workspaceId, customer.id);
      await this.checkRefs(tx, scope, body.customerId, body);
      const contacts = await contactRecords.ofCustomer(tx, scope.workspaceId, customer.id);
      const primary = contacts.find((c) => c.is_primary) ?? null;
      const language = body.language
        ? localeFor(body.language, customer.country)
        : chooseQuoteLanguage({
            contactLanguage: primary?.preferred_language,
            country: customer.country,
          });
      const kind: QuoteKind = body.kind ?? 'quote';
      const settings = await settingsOf(tx, scope.workspaceId);
      const pattern = kind === 'proforma' ? settings.proforma_pattern : settings.quote_pattern;
      const seq = await repo.nextSequence(tx, scope.workspaceId, sequenceKey(pattern, quoteDate));
      const id = newId();
      const lines = await buildLines(
        tx,
        this.deps.products,
        scope.workspaceId,
        id,
        language,
        body.lines,
      );
      const totals = quoteTotals(body.lines);
      const at = this.deps.now().toISOString();
      const row: QuoteTable = {
        workspace_id: scope.workspaceId,
        id,
        number: renderNumber(pattern, quoteDate, seq),
        revision: revisionLetter(0),
        kind,
        status: 'draft',
        customer_id: customer.id,
        deal_id: body.dealId ?? null,
        contact_id: body.contactId ?? primary?.id ?? null,
        language,
        currency: body.currency.toUpperCase(),
        quote_date: quoteDate,
        valid_until: body.validUntil ?? null,
        incoterm_rule: body.incoterm?.rule ?? null,
        incoterm_place: body.incoterm?.place?.trim() || null,
        payment_terms: JSON.stringify(body.paymentTerms ?? []),
        lead_time: body.leadTime ?? null,
        packing: body.packing ?? null,
        bank_details: body.bankDetails ?? null,
        notes: body.notes ?? null,
        subtotal_minor: totals.subtotalMinor,
        discount_minor: totals.discountMinor,
        total_minor: totals.totalMinor,
        expires_at: null,
        sent_at: null,
        closed_at: null,
        order_id: null,
        created_by: scope.userId || null,
        created_at: at,
        updated_at: at,
      };
      if (await repo.revisions(tx, scope.workspaceId, row.number).then((r) => r.length))
        throw AppError.conflict(`Quote ${row.number} already exists`, [
          fieldError('/number', 'taken'),
        ]);
      await repo.insert(tx, row, lines);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'quote',
        entityId: id,
        changes: { number: { before: null, after: `${row.number} ${row.revision}` } },
      });
      const credit = await this.creditOf(tx, scope, row);
      return { ...(await this.read(tx, scope, id)), credit };
    });
  }

  /** The credit check of a new quote (docs/risk.md): over the limit it needs an approval. */
  private creditOf(tx: Executor, scope: Scope, q: QuoteTable) {
    return checkCredit(tx, scope, {
      entityType: 'quote',
      entityId: q.id,
      customerId: q.customer_id,
      amountMinor: Number(q.total_minor),
      currency: q.currency,
      date: q.quote_date,
    });
  }

  /** A draft's fields; lines, when given, replace the lines. Anything else is a new revision. */
  async update(scope: Scope, id: string, patch: QuotePatch) {
    return this.db.transaction().execute(async (tx) => {
      const q = await this.editable(tx, scope, id);
      const quoteDate = patch.quoteDate ?? q.quote_date;
      const errors = bodyProblems(patch, quoteDate);
      if (errors.length) throw AppError.validation(errors);
      await this.checkRefs(tx, scope, q.customer_id, patch);
      const next: Partial<QuoteTable> = {};
      if (patch.dealId !== undefined) next.deal_id = patch.dealId;
      if (patch.contactId !== undefined) next.contact_id = patch.contactId;
      if (patch.language !== undefined) {
        const customer = await customerRecords.findMany(tx, scope.workspaceId, [q.customer_id]);
        next.language = localeFor(patch.language, customer[0]?.country ?? '');
      }
      if (patch.currency !== undefined) next.currency = patch.currency.toUpperCase();
      if (patch.quoteDate !== undefined) next.quote_date = patch.quoteDate;
      if (patch.validUntil !== undefined) next.valid_until = patch.validUntil;
      if (patch.incoterm !== undefined) {
        next.incoterm_rule = patch.incoterm?.rule ?? null;
        next.incoterm_place = patch.incoterm?.place?.trim() || null;
      }
      if (patch.paymentTerms !== undefined) next.payment_terms = JSON.stringify(patch.paymentTerms);
      if (patch.leadTime !== undefined) next.lead_time = patch.leadTime;
      if (patch.packing !== undefined) next.packing = patch.packing;
      if (patch.bankDetails !== undefined) next.bank_details = patch.bankDetails;
      if (patch.notes !== undefined) next.notes = patch.notes;
      // A validity date kept from before must still not precede a moved quote date.
      if (
        patch.quoteDate &&
        patch.validUntil === undefined &&
        q.valid_until &&
        q.valid_until < patch.quoteDate
      )
        throw AppError.validation([
          fieldError('/validUntil', 'validity_before_date', { date: patch.quoteDate }),
        ]);
      if (patch.lines) {
        const language = next.language ?? q.language;
        const lines = await buildLines(
          tx,
          this.deps.products,
          scope.workspaceId,
          id,
          language,
          patch.lines,
        );
        const totals = quoteTotals(patch.lines);
        await repo.replaceLines(tx, scope.workspaceId, id, lines);
        next.subtotal_minor = totals.subtotalMinor;
        next.discount_minor = totals.discountMinor;
        next.total_minor = totals.totalMinor;
      }
      const before = Object.fromEntries(Object.keys(next).map((k) => [k, q[k as keyof Quote]]));
      const changes = diff(before, next);
      if (patch.lines) changes.lines = { before: null, after: patch.lines.length };
      next.updated_at = this.deps.now().toISOString();
      await repo.update(tx, scope.workspaceId, id, next);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'quote',
        entityId: id,
        changes,
      });
      return this.read(tx, scope, id);
    });
  }

  /**
   * A new draft revision copying the latest one of its number (sent, declined or expired): a
   * sent quote is never edited in place. Dated today, valid for as many days as the one copied.
   */
  async revise(scope: Scope, id: string) {
    return this.db.transaction().execute(async (tx) => {
      const q = await this.visible(tx, scope, id);
      const all = await repo.revisions(tx, scope.workspaceId, q.number);
      const latest = all.reduce((a, b) =>
        revisionIndex(b.revision) > revisionIndex(a.revision) ? b : a,
      );
      if (latest.id !== q.id)
        throw AppError.conflict('A newer revision exists', [
          fieldError('/id', 'quote_latest_revision', { revision: latest.revision }),
        ]);
      const status = effectiveStatus(q.status, q.expires_at, this.deps.now());
      if (status === 'draft')
        throw AppError.conflict('This revision is still a draft', [
          fieldError('/id', 'quote_revision_open', { revision: q.revision }),
        ]);
      if (status === 'accepted' || status === 'superseded')
        throw AppError.conflict(`The quote is ${status}`, [
          fieldError('/id', 'quote_status', { status, needed: 'sent, declined or expired' }),
        ]);
      const today = this.today();
      const newId_ = newId();
      const at = this.deps.now().toISOString();
      const copy: QuoteTable = {
        ...stripJoin(q),
        id: newId_,
        revision: revisionLetter(revisionIndex(q.revision) + 1),
        status: 'draft',
        quote_date: today,
        valid_until: q.valid_until
          ? addDays(today, Math.max(0, daysBetween(q.quote_date, q.valid_until)))
          : null,
        expires_at: null,
        sent_at: null,
        closed_at: null,
        order_id: null,
        created_by: scope.userId || null,
        created_at: at,
        updated_at: at,
      };
      const lines = (await repo.lines(tx, scope.workspaceId, q.id)).map((l) => ({
        ...l,
        quote_id: newId_,
      }));
      await repo.insert(tx, copy, lines);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'quote',
        entityId: newId_,
        changes: { revision: { before: q.revision, after: copy.revision } },
      });
      return this.read(tx, scope, newId_);
    });
  }

  get(scope: Scope, id: string) {
    return this.read(this.db, scope, id);
  }

  async list(scope: Scope, filter: Omit<QuoteFilter, 'limit'> & { limit?: number }) {
    const limit = filter.limit ?? 50;
    const now = this.deps.now();
    const rows = await repo.list(this.db, scope, { ...filter, limit }, now.toISOString());
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((q) => summaryOut(q, now)),
      nextCursor: rows.length > limit && last ? `${last.quote_date}|${last.id}` : null,
    };
  }

  /** The quote with its lines and revisions, as the API answers it. */
  async read(db: Executor, scope: Scope, id: string) {
    const q = await this.visible(db, scope, id);
    const [lines, revisions, doc] = await Promise.all([
      repo.lines(db, scope.workspaceId, id),
      repo.revisions(db, scope.workspaceId, q.number),
      repo.document(db, scope.workspaceId, id),
    ]);
    return quoteOut(q, lines, revisions, !!doc, this.deps.now());
  }

  async visible(db: Executor, scope: Scope, id: string): Promise<QuoteWithCustomer> {
    const q = await repo.findVisible(db, scope, id);
    if (!q) throw AppError.notFound('Quote');
    return q;
  }

  private async editable(db: Executor, scope: Scope, id: string) {
    const q = await this.visible(db, scope, id);
    const status = effectiveStatus(q.status, q.expires_at, this.deps.now());
    if (status !== 'draft')
      throw AppError.conflict(
        `Quote ${q.number} rev ${q.revision} is ${status}; make a new revision`,
        [fieldError('/id', 'quote_status', { status, needed: 'draft' })],
      );
    return q;
  }

  /** The deal and contact a body names: in scope, and of this customer. */
  private async checkRefs(
    tx: Executor,
    scope: Scope,
    customerId: string,
    body: { dealId?: string | null; contactId?: string | null; lines?: LineIn[] },
  ) {
    if (body.dealId) {
      const deal = await this.deps.deals.dealVisible(tx, scope, body.dealId);
      if (!deal)
        throw AppError.validation([fieldError('/dealId', 'not_in_scope', { entity: 'deal' })]);
      if (deal.customerId !== customerId)
        throw AppError.validation([fieldError('/dealId', 'deal_customer')]);
    }
    if (body.contactId) {
      const contact = await contactRecords.findVisible(tx, scope, body.contactId);
      if (!contact || contact.customer_id !== customerId)
        throw AppError.validation([fieldError('/contactId', 'not_a_contact')]);
    }
  }
}

/** The quote row without the customer columns its scoped read joined in. */
export function stripJoin(q: QuoteWithCustomer): QuoteTable {
  const { customer_name: _n, customer_native_name: _nn, customer_owner_id: _o, ...row } = q;
  return row;
}
