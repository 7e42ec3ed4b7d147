import { sql, type Kysely } from 'kysely';

/**
 * How each table would be placed on a distributed PostgreSQL (Citus), in one place for the
 * catalogue test, the cross-workspace join check and docs/scaling.md (which the test holds to
 * this list). Every table not listed here is a business table: distributed by `workspace_id`
 * and colocated with every other, so a workspace's rows of all tables live on one node.
 */
export const NOT_BY_WORKSPACE_ID: Record<string, { treatment: string; why: string }> = {
  // The tenant table itself: distributed first, by its own id (= every other table's
  // workspace_id); the others colocate with it, so the foreign keys to it stay on one node.
  workspaces: {
    treatment: "create_distributed_table('workspaces', 'id')",
    why: 'the tenant table: its id is the workspace id',
  },
  // Kysely's migration bookkeeping: read and written only by `migrate`, on the coordinator.
  kysely_migration: {
    treatment: 'local to the coordinator',
    why: 'migration bookkeeping, not data',
  },
  kysely_migration_lock: {
    treatment: 'local to the coordinator',
    why: 'the lock migrate takes, not data',
  },
  // Sign-in failures and lead-form posts per client address, counted before any workspace is
  // known; rows live a minute or an hour. Written on every failed sign-in by every process.
  rate_limit_hits: {
    treatment: 'local to the coordinator',
    why: 'rate-limit counts per client address: no workspace, short-lived rows',
  },
  // The platform job queue (migration 0024): jobs of many workspaces and of none (a nullable
  // workspace_id), claimed by every process with SKIP LOCKED and advisory locks. Small and hot,
  // so it stays on the coordinator rather than being spread over workers.
  jobs: {
    treatment: 'local to the coordinator',
    why: 'platform job queue: claimed by every process, workspace_id may be null',
  },
  job_schedules: {
    treatment: 'local to the coordinator',
    why: 'the named repeating schedules of the job queue: global, a handful of rows',
  },
};

/** Tables in the public schema with whether they carry a workspace_id column. */
export async function publicTables(
  db: Kysely<never>,
): Promise<{ name: string; hasWorkspaceId: boolean }[]> {
  const { rows } = await sql<{ name: string; has: boolean }>`
    select c.relname as name,
           exists (select 1 from pg_attribute a
                   where a.attrelid = c.oid and a.attname = 'workspace_id' and not a.attisdropped) as has
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`.execute(db);
  return rows.map((r) => ({ name: r.name, hasWorkspaceId: r.has }));
}

/**
 * Queries that read one table by a key that is not the workspace (so, on Citus, every node):
 * what a request knows before it knows its workspace. The join check allows exactly these.
 */
export const FAN_OUTS: { query: RegExp; why: string }[] = [
  { query: /^select .* from "users" where "email" = \$1$/, why: 'sign-in by email' },
  // Each request's sign-in: the credential by its global key joined to its user (tied by
  // workspace_id), the user's teams in correlated subqueries (`signedInRepository.read`).
  {
    query:
      /^select .* from "api_tokens" as "c" inner join "users" as "u" on .* where "c"\."token_hash" = \$\d+ and "c"\."revoked_at" is null and "u"\."active" = \$\d+$/,
    why: 'an API token by its hash, with its user and teams',
  },
  {
    query:
      /^select .* from "sessions" as "c" inner join "users" as "u" on .* where "c"\."id" = \$\d+ and "c"\."expires_at" > \$\d+ and "u"\."active" = \$\d+$/,
    why: 'a session by its cookie, with its user and teams',
  },
  { query: /^delete from "sessions" where "id" = \$1$/, why: 'sign-out' },
  {
    query: /^delete from "sessions" where "expires_at" <= \$1$/,
    why: 'the expired-session sweep at sign-in',
  },
];
