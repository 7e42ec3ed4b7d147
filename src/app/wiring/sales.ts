import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DealReportsService } from '../../modules/deals/deal-reports.service.ts';
import { dealRecords } from '../../modules/deals/deal-records.service.ts';
import { DealsService } from '../../modules/deals/deals.service.ts';
import { PipelinesService } from '../../modules/deals/pipelines.service.ts';
import { PdfBrowser } from '../../modules/pdf/browser.ts';
import { PriceListsService } from '../../modules/products/price-lists.service.ts';
import { productRecords } from '../../modules/products/product-records.service.ts';
import { ProductsService } from '../../modules/products/products.service.ts';
import { QuoteFlowService } from '../../modules/quotes/quote-flow.service.ts';
import { quoteRecords } from '../../modules/quotes/quote-records.ts';
import { QuoteSettingsService } from '../../modules/quotes/quote-settings.service.ts';
import { QuotesService } from '../../modules/quotes/quotes.service.ts';
import { TenderAnalysisService } from '../../modules/tenders/tender-analysis.service.ts';
import { TenderReasonsService } from '../../modules/tenders/tender-reasons.service.ts';
import { TendersService } from '../../modules/tenders/tenders.service.ts';
import type { Foundation } from './foundation.ts';

/** Selling: pipelines and deals, products and price lists, quotes and their PDFs, tenders. */
export function buildSales(db: Kysely<DB>, f: Foundation) {
  const { now } = f;
  const quotes = new QuotesService(db, { products: productRecords, deals: dealRecords, now });
  // One headless Chromium per process for PDFs (quotes, visa letters, reports), started by the
  // first one, closed on shutdown.
  const pdfBrowser = new PdfBrowser();
  return {
    pdfBrowser,
    quotes,
    quoteFlow: new QuoteFlowService(db, quotes, pdfBrowser, now),
    quoteSettings: new QuoteSettingsService(db),
    products: new ProductsService(db, quoteRecords.usingProduct),
    priceLists: new PriceListsService(db),
    pipelines: new PipelinesService(db),
    deals: new DealsService(db, f.activities),
    dealReports: new DealReportsService(db, f.exchangeRates),
    // Tenders read the clock the tests set, so deadline reminders are planned from a fixed day.
    tenders: new TendersService(db, f.calendars, now),
    tenderAnalysis: new TenderAnalysisService(db),
    tenderReasons: new TenderReasonsService(db),
  };
}

export type Sales = ReturnType<typeof buildSales>;
