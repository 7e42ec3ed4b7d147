import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { AppError } from '../../domain/errors.ts';

/** Debian's chromium unless CHUHAI_CHROMIUM names another build. */
export const chromiumPath = (): string =>
  process.env.CHUHAI_CHROMIUM?.trim() || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * One headless Chromium per process, started by the first PDF and kept for the next ones
 * (a launch costs ~300 ms, a page ~20 ms); closed on shutdown. Chromium lays the quote out and
 * shapes it: Arabic joins and runs right to left, and its per-character font fallback picks a
 * Noto font for every script, so a document that mixes scripts never shows empty boxes.
 */
export class PdfBrowser {
  private browser: Promise<Browser> | null = null;
  private page: Promise<Page> | null = null;
  /** PDFs are printed one at a time on one page: a new page costs a renderer process. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * The last PDFs printed, by a hash of their HTML, least recently used first: a draft previewed
   * again unchanged is answered without printing. Keyed by the document itself, so any change
   * (a line, the letterhead, a product's name, the language) prints afresh.
   */
  private readonly cache = new Map<string, Buffer>();
  private cachedBytes = 0;

  constructor(
    private readonly executablePath: () => string = chromiumPath,
    /** bytes of PDFs kept in memory; 0 turns the cache off */
    private readonly cacheBytes = 16 * 1024 * 1024,
  ) {}

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const started = import('playwright-core').then(({ chromium }) =>
        chromium.launch({ executablePath: this.executablePath(), args: ARGS }),
      );
      this.browser = started;
      this.page = null;
      // A browser that failed to start or died is started afresh by the next PDF.
      started.then(
        (b) =>
          b.on('disconnected', () => {
            if (this.browser === started) this.browser = this.page = null;
          }),
        () => {
          if (this.browser === started) this.browser = this.page = null;
        },
      );
    }
    return this.browser;
  }

  /** The HTML as an A4 PDF with its fonts embedded. */
  pdf(html: string): Promise<Buffer> {
    const key = createHash('sha256').update(html).digest('base64url');
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return Promise.resolve(Buffer.from(hit));
    }
    const run = this.queue.then(() => this.print(html));
    this.queue = run.catch(() => undefined);
    return run.then((pdf) => {
      this.remember(key, pdf);
      return pdf;
    });
  }

  private remember(key: string, pdf: Buffer): void {
    if (pdf.length > this.cacheBytes || this.cache.has(key)) return;
    this.cache.set(key, Buffer.from(pdf));
    this.cachedBytes += pdf.length;
    for (const [k, v] of this.cache) {
      if (this.cachedBytes <= this.cacheBytes) break;
      this.cache.delete(k);
      this.cachedBytes -= v.length;
    }
  }

  private async print(html: string): Promise<Buffer> {
    let browser: Browser;
    try {
      browser = await this.launch();
    } catch (err) {
      throw new AppError(
        503,
        'PDF rendering unavailable',
        `Chromium could not start (${this.executablePath()}; set CHUHAI_CHROMIUM): ${String(err).split('\n')[0]}`,
      );
    }
    this.page ??= browser.newPage();
    const page = await this.page;
    try {
      // The document carries everything inline (styles, no images): nothing is fetched.
      await page.setContent(html, { waitUntil: 'load' });
      // Fonts named by @font-face (local files) are in before printing.
      await page.evaluate('document.fonts.ready.then(() => true)');
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
      });
    } catch (err) {
      // A page that failed is not reused.
      this.page = null;
      await page.close().catch(() => undefined);
      throw err;
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = this.page = null;
    this.cache.clear();
    this.cachedBytes = 0;
    if (b) await (await b.catch(() => null))?.close();
  }
}
