import { sql, type CompiledQuery, type ExpressionBuilder, type RawBuilder } from 'kysely';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import { prepared } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { Role } from '../../domain/enums.ts';

/** What names the caller: an API token's hash, a session's id, or a user picked by id. */
export type Credential =
  | { kind: 'token'; hash: string }
  | { kind: 'session'; id: string; now: string }
  | { kind: 'user'; workspaceId: string; userId: string };

/** Everything a caller's scope is made of, read in one statement. */
export interface SignedInRows {
  workspaceId: string;
  userId: string;
  role: Role;
  /** the API token's id and last use (a token credential only) */
  tokenId: string | null;
  tokenUsedAt: string | null;
  teamIds: string[];
  supportTeamIds: string[];
  /** a manager's: the members of their teams, and of their support teams */
  memberIds: string[];
  supportMemberIds: string[];
}

const NO_TEXT = sql<string | null>`null`;
type Ids = string[] | string | null;
/** The schema with the credential's user aliased `u`, as the correlated subqueries see it. */
type WithUser = DB & { u: DB['users'] };

/**
 * Every request is signed in by this one statement (one round trip on PostgreSQL, one prepared
 * statement on SQLite): the live credential — an unrevoked token by its hash or an unexpired
 * session by its id, read afresh each time so a revocation, sign-out or deactivation takes
 * effect on the next request — joined to its active user, with their teams, support teams and,
 * for a manager, those teams' members as JSON arrays from correlated subqueries. Reads the
 * users module's tables (owned and written there) only; every join is tied by workspace_id.
 */
export const signedInRepository = {
  async read(db: Executor, c: Credential): Promise<SignedInRows | null> {
    // Built and compiled once per database and kind: building this query with Kysely on every
    // request cost more than running it. Only the placeholders' values change.
    let compiled = cache.get(db);
    if (!compiled) cache.set(db, (compiled = new Map<Credential['kind'], CompiledQuery<Row>>()));
    let query = compiled.get(c.kind);
    if (!query) {
      const built = build(db, c.kind).compile() as CompiledQuery<Row>;
      // Planned once per connection on PostgreSQL (src/db/prepared.ts): its text never changes.
      compiled.set(c.kind, (query = { ...built, sql: prepared(built.sql) }));
    }
    const values = {
      [FIRST]: c.kind === 'token' ? c.hash : c.kind === 'session' ? c.id : c.workspaceId,
      [SECOND]: c.kind === 'session' ? c.now : c.kind === 'user' ? c.userId : null,
    };
    const parameters = query.parameters.map((p) => (p === FIRST || p === SECOND ? values[p] : p));
    const [row] = (await db.executeQuery<Row>({ ...query, parameters })).rows;
    if (!row) return null; // no live credential, or its user is gone or deactivated
    return {
      workspaceId: row.workspace_id,
      userId: row.id,
      role: row.role,
      tokenId: row.token_id,
      tokenUsedAt: row.last_used_at,
      teamIds: ids(row.team_ids),
      supportTeamIds: ids(row.support_team_ids),
      memberIds: ids(row.member_ids),
      supportMemberIds: ids(row.support_member_ids),
    };
  },
};

/** Placeholders compiled into the statement, replaced by each call's values. */
const FIRST = '\u0000signed-in:first';
const SECOND = '\u0000signed-in:second';
const cache = new WeakMap<Executor, Map<Credential['kind'], CompiledQuery<Row>>>();

interface Row {
  workspace_id: string;
  id: string;
  role: Role;
  token_id: string | null;
  last_used_at: string | null;
  team_ids: Ids;
  support_team_ids: Ids;
  member_ids: Ids;
  support_member_ids: Ids;
}

function build(db: Executor, kind: Credential['kind']) {
  const agg: (col: string) => RawBuilder<Ids> = isPostgres(db)
    ? (col) => sql<Ids>`coalesce(json_agg(${sql.ref(col)}), '[]')`
    : (col) => sql<Ids>`json_group_array(${sql.ref(col)})`;
  // Correlated on the user `u` of the credential.
  const groups = (eb: ExpressionBuilder<WithUser, 'u'>) => [
    eb
      .selectFrom('team_members as t')
      .select(agg('t.team_id').as('a'))
      .whereRef('t.workspace_id', '=', 'u.workspace_id')
      .whereRef('t.user_id', '=', 'u.id')
      .as('team_ids'),
    eb
      .selectFrom('support_team_members as t')
      .select(agg('t.team_id').as('a'))
      .whereRef('t.workspace_id', '=', 'u.workspace_id')
      .whereRef('t.user_id', '=', 'u.id')
      .as('support_team_ids'),
    eb
      .selectFrom('team_members as mine')
      .innerJoin('team_members as t', (j) =>
        j.onRef('t.workspace_id', '=', 'mine.workspace_id').onRef('t.team_id', '=', 'mine.team_id'),
      )
      .select(agg('t.user_id').as('a'))
      .whereRef('mine.workspace_id', '=', 'u.workspace_id')
      .whereRef('mine.user_id', '=', 'u.id')
      .where('u.role', '=', 'manager')
      .as('member_ids'),
    eb
      .selectFrom('support_team_members as mine')
      .innerJoin('support_team_members as t', (j) =>
        j.onRef('t.workspace_id', '=', 'mine.workspace_id').onRef('t.team_id', '=', 'mine.team_id'),
      )
      .select(agg('t.user_id').as('a'))
      .whereRef('mine.workspace_id', '=', 'u.workspace_id')
      .whereRef('mine.user_id', '=', 'u.id')
      .where('u.role', '=', 'manager')
      .as('support_member_ids'),
  ];
  if (kind === 'token')
    return db
      .selectFrom('api_tokens as c')
      .innerJoin('users as u', (j) =>
        j.onRef('u.workspace_id', '=', 'c.workspace_id').onRef('u.id', '=', 'c.user_id'),
      )
      .select(['u.workspace_id', 'u.id', 'u.role', 'c.id as token_id', 'c.last_used_at'])
      .select((eb) => groups(eb as unknown as ExpressionBuilder<WithUser, 'u'>))
      .where('c.token_hash', '=', FIRST)
      .where('c.revoked_at', 'is', null)
      .where('u.active', '=', 1);
  if (kind === 'session')
    return db
      .selectFrom('sessions as c')
      .innerJoin('users as u', (j) =>
        j.onRef('u.workspace_id', '=', 'c.workspace_id').onRef('u.id', '=', 'c.user_id'),
      )
      .select(['u.workspace_id', 'u.id', 'u.role'])
      .select([NO_TEXT.as('token_id'), NO_TEXT.as('last_used_at')])
      .select((eb) => groups(eb as unknown as ExpressionBuilder<WithUser, 'u'>))
      .where('c.id', '=', FIRST)
      .where('c.expires_at', '>', SECOND)
      .where('u.active', '=', 1);
  return db
    .selectFrom('users as u')
    .select(['u.workspace_id', 'u.id', 'u.role'])
    .select([NO_TEXT.as('token_id'), NO_TEXT.as('last_used_at')])
    .select(groups)
    .where('u.workspace_id', '=', FIRST)
    .where('u.id', '=', SECOND)
    .where('u.active', '=', 1);
}

/** A JSON array of ids: parsed by the PostgreSQL driver, text from SQLite; empty for none. */
function ids(v: Ids): string[] {
  const list = typeof v === 'string' ? (JSON.parse(v) as string[]) : (v ?? []);
  return [...new Set(list)];
}
