// A sync in its own process, for the kill test: prints each settled UID so the parent can
// SIGKILL it mid-sync. Env: DATABASE_URL, CHUHAI_SECRET, WORKSPACE_ID, MAILBOX_ID.
import { createContainer } from '../../src/app/container.ts';
import { openDatabase } from '../../src/db/database.ts';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const database = openDatabase(env('DATABASE_URL'));
// The test's Dovecot listens on 127.0.0.1.
const services = createContainer(database.db, {
  uploadsDir: null,
  secret: env('CHUHAI_SECRET'),
  mail: { allowPrivateHosts: true },
});
await services.mailSync.sync(env('WORKSPACE_ID'), env('MAILBOX_ID'), {
  afterMessage: (uid) => process.stdout.write(`${uid}\n`),
});
await database.destroy();
