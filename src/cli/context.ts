import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createContainer, type Container } from '../app/container.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { upgradeDatabase } from '../db/upgrade.ts';
import type { DB } from '../db/schema.ts';
import type { Scope } from '../domain/scope.ts';
import { userRecords } from '../modules/users/user-records.service.ts';

/** The configured database with the app's services built on it (the composition root). */
export interface CliContext extends Database {
  services: Container;
}

/** Opens the configured database (migrated), runs the command, and always closes it. */
export async function withDatabase<T>(
  fn: (context: CliContext, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  try {
    // Stderr: a command's standard output may be the data itself (CSV export).
    await upgradeDatabase(database, { dataDir: config.dataDir, log: (l) => console.error(l) });
    const services = createContainer(database.db, {
      uploadsDir: join(config.dataDir, 'uploads'),
      secret: config.secret,
      // `chuhai jobs work` sends scheduled mail: the same rule for mail hosts as the server.
      mail: { allowPrivateHosts: config.mailAllowPrivateHosts },
    });
    try {
      return await fn(Object.assign(database, { services }), config);
    } finally {
      // A command that rendered a quote PDF started Chromium; it must not outlive the command.
      await services.pdfBrowser.close();
    }
  } finally {
    await database.destroy();
  }
}

export class CliError extends Error {}

/** The scope of the user with this email, or of the workspace's first admin when none is given. */
export async function scopeForEmail(
  db: Kysely<DB>,
  services: Container,
  email?: string,
): Promise<Scope> {
  const user = email
    ? (await userRecords.findByEmailAnyWorkspace(db, email))[0]
    : await userRecords.firstAdmin(db);
  if (!user)
    throw new CliError(
      email ? `no user with email ${email}` : 'no admin user exists yet (chuhai user create …)',
    );
  const scope = await services.auth.scopeFor(user.workspace_id, user.id);
  if (!scope) throw new CliError(`user ${user.email} is deactivated`);
  return scope;
}
