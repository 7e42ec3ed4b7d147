import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { App } from '../../src/http/types.ts';
import { DEMO_ADMIN, DEMO_PASSWORD } from '../../src/seed/demo.ts';
import { watchBrowser } from './browser-log.ts';

/** Debian's chromium; CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without a browser a developer's `npm test` skips the browser files; CI installs chromium and
// must run them.
export const browserRunnable = existsSync(CHROMIUM) || process.env.CI === 'true';

/** Headless chromium as this machine allows it: no sandbox, no GPU, nothing fetched. */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  return watchBrowser(browser);
}

/** Listens on a free loopback port and answers the address the browser opens. */
export async function listenLocal(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/**
 * Signs in on the demo workspace's sign-in page (either language) and waits for the home page's
 * heading, matched exactly: Today's lists have headings that start with "Today" too.
 */
export async function signInDemo(
  page: Page,
  base: string,
  home: string,
  email: string = DEMO_ADMIN,
): Promise<void> {
  await page.goto(base);
  await page.getByLabel(/Email|邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /Sign in|登\s?录/ }).click();
  await page.getByRole('heading', { name: home, exact: true }).waitFor();
}

/**
 * Runs `step` until it passes, at most `times` times; the last failure is thrown. For a click on
 * a dropdown that is still opening, which can land on nothing on a loaded machine.
 */
export async function attempt(times: number, step: () => Promise<void>): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await step();
    } catch (err) {
      if (i >= times) throw err;
    }
  }
}

/**
 * Picks `option` in the antd select that a click on `open` opens, again until `shown` (the
 * select itself unless given) shows `text` (the option unless given): a pick in a dropdown still
 * opening can land on nothing, and an optional field then saves without it.
 */
export async function pickOption(
  page: Page,
  open: Locator,
  option: string,
  { shown = open, text = option }: { shown?: Locator; text?: string | RegExp } = {},
): Promise<void> {
  await attempt(3, async () => {
    await open.click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: option })
      .click({ timeout: 10_000 });
    await shown.getByText(text).waitFor({ timeout: 10_000 });
  });
}
