import { createContainer } from '../src/app/container.ts';
import { createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { openDatabase } from '../src/db/database.ts';
import { importFloor } from './import-floor.ts';
import { importFloorPg } from './import-floor-pg.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import { insertUser } from '../src/modules/users/users.service.ts';
import { workspacesRepository } from '../src/modules/workspaces/workspaces.repository.ts';

const COUNTRIES = ['Germany', 'Brasil', 'Vietnam', 'Mexico', 'Saudi Arabia', 'Kazakhstan', 'Japan'];
const LEGAL = ['GmbH', 'Ltda', 'JSC', 'S.A. de C.V.', 'Co. Ltd', 'LLP', 'K.K.'];
const WORDS = ['Nord', 'Sol', 'Delta', 'Atlas', 'Vega', 'Orion', 'Terra', 'Aqua', 'Polar', 'Zenit'];

/** A trade-show style CSV: every tenth row repeats an earlier company under another spelling. */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('Company,Country,Contact Person,E-mail,Website,Tags\n');
  for (let i = 0; i < rows; i++) {
    const dup = i % 10 === 9;
    const n = dup ? i - 5 : i;
    const c = n % COUNTRIES.length;
    const stem = `${WORDS[n % 10]}${WORDS[Math.floor(n / 10) % 10]} ${n}`;
    const name = dup ? `${stem.toUpperCase()}` : `${stem} ${LEGAL[c]}`;
    const domain = `${stem.replace(/ /g, '').toLowerCase()}.example`;
    const line = `"${name}",${COUNTRIES[c]},Contact ${i},buyer${i}@${domain},${dup ? '' : `www.${domain}`},${dup ? 'repeat' : 'show'}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * Imports a generated customer CSV into a fresh workspace, on SQLite or (with `pgBase`, a
 * PostgreSQL URL) in a fresh PostgreSQL database beside it; returns rows/s, peak RSS and, with
 * `floor`, the same rows replayed with plain prepared statements.
 */
export async function importBench(
  dir: string,
  rows: number,
  opts: { floor?: boolean; pgBase?: string } = {},
) {
  const csv = join(dir, `import-${rows}.csv`);
  const file = join(dir, `import-${rows}.db`);
  rmSync(file, { force: true });
  await writeCsv(csv, rows);
  const url = opts.pgBase ? await freshPgDatabase(opts.pgBase, 'chuhai_import_bench') : file;
  const database = openDatabase(url);
  await migrateToLatest(database.db);
  const ws = await workspacesRepository.create(database.db, 'Import bench');
  const user = await insertUser(database.db, ws.id, null, {
    email: 'importer@bench.test',
    name: 'Importer',
    role: 'admin',
    password: 'bench-password-123',
  });
  const scope = await new AuthService(database.db).scopeFor(ws.id, user.id);
  if (!scope) throw new Error('no scope');
  const { imports } = createContainer(database.db, { uploadsDir: null });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const t0 = performance.now();
  const job = await imports.start(scope, {
    filePath: csv,
    fileName: 'bench.csv',
    entity: 'customers',
    country: null,
  });
  await imports.wait(job.id);
  const millis = performance.now() - t0;
  clearInterval(sampler);
  const done = await imports.get(scope, job.id);
  await database.destroy();
  // The replay holds every written row in memory: for the 100,000-row run only.
  const floor = !opts.floor
    ? null
    : opts.pgBase
      ? await importFloorPg(url, opts.pgBase)
      : await importFloor(file, join(dir, 'import-floor.db'));
  if (opts.pgBase) await dropPgDatabase(opts.pgBase, 'chuhai_import_bench');
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  rmSync(csv, { force: true });
  return { rows, millis, counts: done.counts, status: done.status, peakRss: peak, floor };
}
