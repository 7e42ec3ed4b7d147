import { requireCreditCleared } from '../orders/credit-check.ts';
import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { defaultTimeZone } from '../../domain/countries.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError } from '../../domain/field-errors.ts';
import type { Scope } from '../../domain/scope.ts';
import { systemScope } from '../../domain/scope.ts';
import { labelLanguage, QUOTE_LANGUAGES } from '../../domain/sales/quote-labels/index.ts';
import { canonicalTag, localeFor } from '../../domain/sales/quote-language.ts';
import { effectiveStatus, expiryInstant } from '../../domain/sales/quote-rules.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { createOrder, orderOut } from '../orders/order-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { PdfBrowser } from '../pdf/browser.ts';
import { renderQuotePdf } from './quote-pdf.service.ts';
import { settingsOf } from './quote-settings.service.ts';
import type { QuoteWithCustomer } from './quotes.repository.ts';
import { quotesRepository as repo } from './quotes.repository.ts';
import type { QuotesService } from './quotes.service.ts';

const EXPIRE_PAGE = 200;

/**
 * A quote's way from draft to a decision: send (freezes it and keeps the PDF as sent), accept
 * (becomes an order in the same transaction), decline, expire; and its PDF.
 */
export class QuoteFlowService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly quotes: QuotesService,
    private readonly browser: PdfBrowser,
    private readonly now: () => Date,
  ) {}

  private status(q: QuoteWithCustomer) {
    return effectiveStatus(q.status, q.expires_at, this.now());
  }

  private refuse(q: QuoteWithCustomer, needed: string): never {
    const status = this.status(q);
    if (status === 'expired' && needed === 'sent')
      throw AppError.conflict('The quote has expired', [
        fieldError('/id', 'quote_expired', { date: q.valid_until ?? '' }),
      ]);
    throw AppError.conflict(`Quote ${q.number} rev ${q.revision} is ${status}`, [
      fieldError('/id', 'quote_status', { status, needed }),
    ]);
  }

  /**
   * Sends a draft: the PDF is rendered first (outside the transaction, so no lock waits on the
   * browser), then the quote is frozen with it, earlier sent revisions are superseded, and the
   * expiry is fixed at the end of the validity date in the customer's zone. A quote changed
   * meanwhile is refused rather than sent with a PDF that no longer matches it.
   */
  async send(scope: Scope, id: string) {
    const q = await this.quotes.visible(this.db, scope, id);
    if (this.status(q) !== 'draft') this.refuse(q, 'draft');
    if (!q.valid_until) throw AppError.validation([fieldError('/validUntil', 'required')]);
    const settings = await settingsOf(this.db, scope.workspaceId);
    const frozen = { ...q, bank_details: q.bank_details ?? (settings.bank_details || null) };
    const pdf = await renderQuotePdf(this.browser, this.db, scope, frozen, q.language);
    return this.db.transaction().execute(async (tx) => {
      const current = await this.quotes.visible(tx, scope, id);
      if (current.updated_at !== q.updated_at || current.status !== 'draft')
        throw AppError.conflict('The quote changed while it was being sent; send it again');
      await requireCreditCleared(tx, scope.workspaceId, 'quote', id, '/status');
      const zone = await this.customerZone(tx, scope, q);
      const at = this.now().toISOString();
      for (const r of await repo.revisions(tx, scope.workspaceId, q.number))
        if (
          r.id !== id &&
          r.status === 'sent' &&
          (await repo.transition(tx, scope.workspaceId, r.id, 'sent', {
            status: 'superseded',
            updated_at: at,
          }))
        )
          await recordAudit(tx, scope, {
            action: 'update',
            entityType: 'quote',
            entityId: r.id,
            changes: { status: { before: 'sent', after: 'superseded' } },
          });
      await repo.transition(tx, scope.workspaceId, id, 'draft', {
        status: 'sent',
        sent_at: at,
        expires_at: expiryInstant(q.valid_until!, zone),
        bank_details: frozen.bank_details,
        updated_at: at,
      });
      await repo.saveDocument(tx, {
        workspace_id: scope.workspaceId,
        quote_id: id,
        language: q.language,
        pdf,
        created_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'quote',
        entityId: id,
        changes: { status: { before: 'draft', after: 'sent' } },
      });
      return this.quotes.read(tx, scope, id);
    });
  }

  /** The buyer accepts: an order for the quote's total, made and linked in one transaction. */
  async accept(scope: Scope, id: string) {
    return this.db.transaction().execute(async (tx) => {
      const q = await this.quotes.visible(tx, scope, id);
      if (this.status(q) !== 'sent') this.refuse(q, 'sent');
      const order = await createOrder(tx, scope, {
        customerId: q.customer_id,
        number: q.number,
        orderDate: this.now().toISOString().slice(0, 10),
        amountMinor: Number(q.total_minor),
        currency: q.currency,
      });
      const at = this.now().toISOString();
      if (
        !(await repo.transition(tx, scope.workspaceId, id, 'sent', {
          status: 'accepted',
          order_id: order.id,
          closed_at: at,
          updated_at: at,
        }))
      )
        this.refuse(q, 'sent');
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'quote',
        entityId: id,
        changes: {
          status: { before: 'sent', after: 'accepted' },
          orderId: { before: null, after: order.id },
        },
      });
      return orderOut(order);
    });
  }

  async decline(scope: Scope, id: string) {
    return this.db.transaction().execute(async (tx) => {
      const q = await this.quotes.visible(tx, scope, id);
      if (this.status(q) !== 'sent') this.refuse(q, 'sent');
      const at = this.now().toISOString();
      await repo.transition(tx, scope.workspaceId, id, 'sent', {
        status: 'declined',
        closed_at: at,
        updated_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'quote',
        entityId: id,
        changes: { status: { before: 'sent', after: 'declined' } },
      });
      return this.quotes.read(tx, scope, id);
    });
  }

  /**
   * The PDF: as it was sent when the quote was sent in that language, else rendered now (a
   * draft's preview, or another language asked for with `lang`).
   */
  async pdf(scope: Scope, id: string, lang?: string): Promise<{ pdf: Buffer; filename: string }> {
    const q = await this.quotes.visible(this.db, scope, id);
    let language = q.language;
    if (lang) {
      const tag = canonicalTag(lang);
      if (!tag || !labelLanguage(tag))
        throw AppError.validation([
          fieldError('/lang', 'quote_language', { value: lang, values: QUOTE_LANGUAGES }),
        ]);
      const customer = (
        await customerRecords.findMany(this.db, scope.workspaceId, [q.customer_id])
      )[0];
      language = localeFor(tag, customer?.country ?? '');
    }
    const filename = `${q.number}-${q.revision}${language === q.language ? '' : `-${language}`}.pdf`;
    const stored = await repo.document(this.db, scope.workspaceId, id);
    if (stored && stored.language === language) return { pdf: Buffer.from(stored.pdf), filename };
    return { pdf: await renderQuotePdf(this.browser, this.db, scope, q, language), filename };
  }

  /** The hourly job: sent quotes past their expiry become expired, each audited, per workspace. */
  async expireDue(): Promise<number> {
    let n = 0;
    const now = this.now().toISOString();
    for (const w of await workspaces.list(this.db)) {
      const scope = systemScope(w.id);
      for (;;) {
        const due = await repo.dueToExpire(this.db, w.id, now, EXPIRE_PAGE);
        if (!due.length) break;
        await this.db.transaction().execute(async (tx) => {
          for (const d of due)
            if (
              await repo.transition(tx, w.id, d.id, 'sent', {
                status: 'expired',
                closed_at: d.expires_at,
                updated_at: now,
              })
            ) {
              n++;
              await recordAudit(tx, scope, {
                action: 'update',
                entityType: 'quote',
                entityId: d.id,
                changes: { status: { before: 'sent', after: 'expired' } },
              });
            }
        });
        if (due.length < EXPIRE_PAGE) break;
      }
    }
    return n;
  }

  private async customerZone(tx: Executor, scope: Scope, q: QuoteWithCustomer): Promise<string> {
    const customer = (await customerRecords.findMany(tx, scope.workspaceId, [q.customer_id]))[0];
    if (customer?.time_zone) return customer.time_zone;
    const byCountry = customer ? defaultTimeZone(customer.country) : null;
    if (byCountry) return byCountry;
    return (await workspaces.find(tx, scope.workspaceId))?.home_time_zone ?? 'UTC';
  }
}
