import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { reportLanguage } from '../../domain/reputation/local-value-labels.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { PdfBrowser } from '../pdf/browser.ts';
import { tenderRecords } from '../tenders/tender-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { ReportQuery } from './local-value.schemas.ts';
import { figureOf, type LocalValueService } from './local-value.service.ts';
import { renderReportHtml, type ReportDocument } from './report-html.ts';

const languageName = (tag: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/**
 * The transparency report per country and year (HTML, or PDF printed by the shared Chromium)
 * and a tender's pull of its country's figures. Built from the ledger alone, with no clock: the
 * same figures give the same HTML, byte for byte (the "as of" date is the last change's).
 */
export class LocalValueReportService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly ledger: LocalValueService,
    private readonly browser: PdfBrowser,
  ) {}

  async document(scope: Scope, q: ReportQuery): Promise<ReportDocument> {
    const country = q.country.toUpperCase();
    const summary = await this.ledger.summary(scope, country, q.year);
    const lang = reportLanguage(q.lang ?? 'en', country);
    const [rows, ws] = await Promise.all([
      this.ledger.rowsOf(scope, country, summary.year),
      workspaces.find(this.db, scope.workspaceId),
    ]);
    const names = await userRecords.namesOf(
      this.db,
      scope.workspaceId,
      rows.map((r) => r.entered_by),
    );
    const asOf = rows.reduce((m, r) => (r.updated_at > m ? r.updated_at : m), '').slice(0, 10);
    return {
      locale: lang.locale,
      labels: lang.labels,
      fallbackFrom: lang.fallbackFrom ? languageName(lang.fallbackFrom) : null,
      seller: ws?.name ?? '',
      summary,
      figures: rows.map((r) => ({
        ...figureOf(r),
        sourceDocument: r.source_document,
        enteredBy: names.get(r.entered_by) ?? 'System',
      })),
      asOf: asOf || null,
    };
  }

  async html(scope: Scope, q: ReportQuery): Promise<string> {
    return renderReportHtml(await this.document(scope, q));
  }

  async pdf(scope: Scope, q: ReportQuery): Promise<Buffer> {
    return this.browser.pdf(await this.html(scope, q));
  }

  /**
   * A tender's bid file pulls its country's local value: for whoever may see the tender (404
   * otherwise), the summed figures the transparency report publishes, not the ledger's rows,
   * sources or who entered them. The year asked for, else the latest with figures.
   */
  async forTender(scope: Scope, tenderId: string, year?: number) {
    const country = await tenderRecords.countryOfVisible(this.db, scope, tenderId);
    if (!country) throw AppError.notFound('Tender');
    if (year !== undefined && (year < 2000 || year > 2100))
      throw AppError.validation([fieldError('/querystring/year', 'invalid')]);
    const y = year ?? (await this.ledger.latestYear(this.db, scope.workspaceId, country));
    if (y === undefined) return { tenderId, country, year: null, summary: null };
    const summary = await this.ledger.summaryOf(this.db, scope.workspaceId, country, y);
    return { tenderId, country, year: y, summary: summary.entries ? summary : null };
  }
}
