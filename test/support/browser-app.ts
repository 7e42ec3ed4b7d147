import type { Browser, Page } from 'playwright-core';
import { createContainer, type Container } from '../../src/app/container.ts';
import { buildApp } from '../../src/app/http-app.ts';
import type { Scope } from '../../src/domain/scope.ts';
import type { App } from '../../src/http/types.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspaces } from '../../src/modules/workspaces/workspaces.service.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { launchChromium, listenLocal } from './browser.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

/** The app's secret in browser tests (cookies, sealed mailbox passwords, link tokens). */
export const SECRET = 'e2e-secret-e2e-secret-e2e-secret';

export interface BrowserApp {
  database: TestDatabase;
  app: App;
  browser: Browser;
  page: Page;
  /** the address the browser opens */
  base: string;
  close(): Promise<void>;
}

/**
 * One user's fresh workspace served over loopback to headless chromium with the built web app:
 * what a browser test starts from. `seed` makes the records the test needs, as that user.
 */
export async function startBrowserApp(opts: {
  workspace: string;
  user: { email: string; name: string; role: 'admin' | 'manager' | 'rep'; password: string };
  seed?: (ctx: { db: TestDatabase['db']; scope: Scope; services: Container }) => Promise<void>;
  locale?: string;
  viewport?: { width: number; height: number };
  /**
   * mail settings for the app (e.g. private hosts for an in-process SMTP receiver); with them the
   * seed and the app share one container under the app's secret, so a seeded mailbox's sealed
   * password opens when the app sends
   */
  mail?: { allowPrivateHosts?: boolean; publicUrl?: string };
}): Promise<BrowserApp> {
  const webDist = await ensureWebBuilt(() => {});
  const database = await createTestDatabase('sqlite');
  // Built first: the container wires what a new workspace is set up with (its sales pipeline).
  const services = opts.mail
    ? createContainer(database.db, { secret: SECRET, mail: opts.mail })
    : createContainer(database.db);
  const ws = await workspaces.create(database.db, opts.workspace);
  const user = await insertUser(database.db, ws.id, null, opts.user);
  if (opts.seed) {
    const scope = await new AuthService(database.db).scopeFor(ws.id, user.id);
    if (!scope) throw new Error('no scope');
    await opts.seed({ db: database.db, scope, services });
  }
  const app = await buildApp({
    db: database.db,
    secret: SECRET,
    webDist,
    ...(opts.mail ? { container: services } : {}),
  });
  const base = await listenLocal(app);
  const browser = await launchChromium();
  const page = await browser.newPage({
    locale: opts.locale ?? 'en-US',
    viewport: opts.viewport ?? { width: 1440, height: 900 },
  });
  return {
    database,
    app,
    browser,
    page,
    base,
    close: async () => {
      await browser.close();
      await app.close();
      await database.drop();
    },
  };
}

/** Signs in through the English sign-in form and waits for Today. */
export async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(base);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
}
