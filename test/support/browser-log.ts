import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * What the pages said while a test ran: console errors, uncaught exceptions and every API answer
 * of 400 or more. A browser test that fails on a slow CI machine otherwise reports only the
 * locator it waited for; this says why the page never got there (browser-failures.setup.ts).
 */
const lines: string[] = [];
const MAX = 200;

function note(line: string): void {
  lines.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
  if (lines.length > MAX) lines.shift();
}

function watch(page: Page): void {
  page.on('console', (m) => {
    // "Failed to load resource" repeats a response the 'response' handler already wrote.
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (!m.text().startsWith('Failed to load resource')) note(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => note(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) =>
    note(`failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`),
  );
  page.on('response', (r) => {
    if (r.status() < 400) return;
    const what = `${r.status()} ${r.request().method()} ${r.url()}`;
    r.text().then(
      (body) => note(`${what} ${body.slice(0, 300)}`),
      () => note(what),
    );
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) note(`at ${f.url()}`);
  });
}

function watchContext(context: BrowserContext): BrowserContext {
  context.pages().forEach(watch);
  context.on('page', watch);
  return context;
}

/** Makes every page the browser opens report into the log. */
export function watchBrowser(browser: Browser): Browser {
  // newPage opens its page through newContext, so this one wrapper sees every page.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => watchContext(await newContext(...args));
  return browser;
}

/** The lines since the last call, emptied. */
export function takeBrowserLog(): string[] {
  return lines.splice(0, lines.length);
}
