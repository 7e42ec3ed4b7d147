import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Scope } from '../domain/scope.ts';
import { AuthService } from '../modules/auth/auth.service.ts';
import { userRecords } from '../modules/users/user-records.service.ts';

/** Opens the configured database (migrated), runs the command, and always closes it. */
export async function withDatabase<T>(
  fn: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    return await fn(database, config);
  } finally {
    await database.destroy();
  }
}

export class CliError extends Error {}

/** The scope of the user with this email, or of the workspace's first admin when none is given. */
export async function scopeForEmail(db: Kysely<DB>, email?: string): Promise<Scope> {
  const candidates = email
    ? await userRecords.findByEmailAnyWorkspace(db, email)
    : await db
        .selectFrom('users')
        .selectAll()
        .where('role', '=', 'admin')
        .where('active', '=', 1)
        .orderBy('created_at')
        .limit(1)
        .execute();
  const user = candidates[0];
  if (!user)
    throw new CliError(
      email ? `no user with email ${email}` : 'no admin user exists yet (chuhai user create …)',
    );
  const scope = await new AuthService(db).scopeFor(user.workspace_id, user.id);
  if (!scope) throw new CliError(`user ${user.email} is deactivated`);
  return scope;
}
