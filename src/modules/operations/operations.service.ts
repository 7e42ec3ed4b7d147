import type { Kysely } from 'kysely';
import { ping } from '../../db/database.ts';
import { pendingMigrations } from '../../db/migrate.ts';
import type { DB } from '../../db/schema.ts';

export type Readiness =
  | { ready: true }
  | { ready: false; reason: 'database_unreachable'; error: string }
  | { ready: false; reason: 'migrations_pending'; pending: string[] };

/** How long readiness waits for the database: a probe must answer even when the network hangs. */
const PING_TIMEOUT_MS = 3000;

/** Liveness and readiness for load balancers and orchestrators. */
export class OperationsService {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Ready to serve: the database answers and its schema is the code's. A pending migration means
   * this process runs against a schema older than its code (another instance is migrating, or a
   * migration failed), so it should get no traffic yet.
   */
  async readiness(): Promise<Readiness> {
    try {
      await withTimeout(ping(this.db), PING_TIMEOUT_MS);
    } catch (err) {
      return { ready: false, reason: 'database_unreachable', error: (err as Error).message };
    }
    const pending = await pendingMigrations(this.db);
    return pending.length
      ? { ready: false, reason: 'migrations_pending', pending }
      : { ready: true };
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
