import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { upgradeDatabase } from '../db/upgrade.ts';
import { join } from 'node:path';
import { createContainer } from '../app/container.ts';
import { buildApp } from '../app/http-app.ts';
import { userRecords } from '../modules/users/user-records.service.ts';
import { workspaces } from '../modules/workspaces/workspaces.service.ts';
import { DEMO_ADMIN, DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { loggerOptions } from '../http/logging.ts';
import { closeHttp, Shutdown } from './shutdown.ts';
import { ensureWebBuilt } from './web-build.ts';

/** How long requests in flight get to finish on shutdown; under the 30 s stop timeout that
 * docs/deploy.md gives systemd and compose, so the process still closes the database itself. */
const SHUTDOWN_GRACE_MS = 25_000;

export async function serve(opts: { buildWeb: boolean; seed: boolean }): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.log(line);
  const webDist = opts.buildWeb ? await ensureWebBuilt(log) : undefined;
  const database = openDatabase(config.databaseUrl);
  try {
    // Pending migrations are named before and after; a failure refuses to start (see upgrade.ts).
    await upgradeDatabase(database, { dataDir: config.dataDir, log });
  } catch (err) {
    await database.destroy();
    throw err;
  }
  const services = createContainer(database.db, {
    uploadsDir: join(config.dataDir, 'uploads'),
    attachments: config.attachments,
    jobs: { log: (line) => console.error(line) },
    pool: database.pool,
    backups: config.backups,
    secret: config.secret,
    mail: { allowPrivateHosts: config.mailAllowPrivateHosts, publicUrl: config.publicUrl },
  });
  let seeded = false;
  if (opts.seed && (await workspaces.count(database.db)) === 0) {
    log('Empty database: seeding the demo workspace…');
    await seedDemo(database.db, { services });
    seeded = true;
  }
  const app = await buildApp({
    db: database.db,
    container: services,
    secret: config.secret,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    webDist,
    metricsToken: config.metricsToken,
    logger: loggerOptions(config.logLevel),
  });
  const shutdownLog = (line: string) => app.log.info(line);
  // Closed in this order; the database last, since every step before may still use it.
  const shutdown = new Shutdown({
    last: { name: 'database', close: () => database.destroy() },
    log: shutdownLog,
    exit: (code) => process.exit(code),
  });
  shutdown.add('http', () => closeHttp(app, SHUTDOWN_GRACE_MS, shutdownLog));
  // The jobs running now finish (up to 20 s); the rest are taken over by the next process.
  shutdown.add('job runner', () => services.jobs.runner.stop());
  shutdown.add('pdf browser', () => services.pdfBrowser.close());
  shutdown.listen();
  await app.listen({ port: config.port, host: config.host });
  // Background work (imports, the hourly upload sweep, nightly tiers) runs as durable jobs.
  await services.jobs.runner.start();
  const resumed = await services.imports.resumeUnfinished();
  if (resumed.length) log(`Resuming ${resumed.length} interrupted import(s) from their last batch`);
  const url = `http://localhost:${config.port}`;
  log('');
  log(`Chuhai 出海 is running at ${url}  (database: ${database.dialect} ${database.location})`);
  log(`API docs: ${url}/api/docs`);
  if (seeded || (await demoExists(database))) {
    log(
      `Demo login: ${DEMO_ADMIN} / ${DEMO_PASSWORD}   (managers: manager.west@… manager.east@…, reps: rep1@… to rep4@demo.chuhai.dev, same password)`,
    );
  }
}

async function demoExists(database: ReturnType<typeof openDatabase>): Promise<boolean> {
  return (await userRecords.findByEmailAnyWorkspace(database.db, DEMO_ADMIN)).length > 0;
}
