import type { Browser } from 'playwright-core';
import { AppError } from '../../../domain/errors.ts';

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

  constructor(private readonly executablePath: () => string = chromiumPath) {}

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const started = import('playwright-core').then(({ chromium }) =>
        chromium.launch({ executablePath: this.executablePath(), args: ARGS }),
      );
      this.browser = started;
      // A browser that failed to start or died is started afresh by the next PDF.
      started.then(
        (b) =>
          b.on('disconnected', () => {
            if (this.browser === started) this.browser = null;
          }),
        () => {
          if (this.browser === started) this.browser = null;
        },
      );
    }
    return this.browser;
  }

  /** The HTML as an A4 PDF with its fonts embedded. */
  async pdf(html: string): Promise<Buffer> {
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
    const page = await browser.newPage();
    try {
      // The document carries everything inline (styles, no images): nothing is fetched.
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' },
      });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b.catch(() => null))?.close();
  }
}
