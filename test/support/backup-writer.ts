// A separate process that creates customers through the app's services until SIGTERM: the write
// load a backup must stay consistent under. Prints the running count, one number per line.
// Usage: node --import tsx test/support/backup-writer.ts <workspaceId> <userId> (DATABASE_URL set)
import { createContainer } from '../../src/app/container.ts';
import { openDatabase } from '../../src/db/database.ts';

const [workspaceId = '', userId = ''] = process.argv.slice(2);
const database = openDatabase(process.env.DATABASE_URL ?? '');
const services = createContainer(database.db, { uploadsDir: null });
const scope = await services.auth.scopeFor(workspaceId, userId);
if (!scope) throw new Error('writer: no such user');
let stop = false;
process.once('SIGTERM', () => (stop = true));
let n = 0;
while (!stop) {
  await services.customers.create(scope, { name: `Load ${n}`, country: 'DE' });
  process.stdout.write(`${++n}\n`);
  // better-sqlite3 settles every query in microtasks; without a turn of the event loop the
  // SIGTERM handler (and the pipe) would never run.
  await new Promise((resolve) => setImmediate(resolve));
}
await database.destroy();
process.stdout.write(`done ${n}\n`);
