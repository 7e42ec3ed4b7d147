import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
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

/**
 * Every request is signed in by this one statement (one round trip on PostgreSQL, one prepared
 * statement on SQLite): the live credential — an unrevoked token by its hash or an unexpired
 * session by its id, read afresh each time so a revocation, sign-out or deactivation takes
 * effect on the next request — joined to its active user, their teams and support teams and,
 * for a manager, those teams' members. Reads the users module's tables (owned and written
 * there) only; every join is tied by workspace_id.
 */
export const signedInRepository = {
  async read(db: Executor, c: Credential): Promise<SignedInRows | null> {
    const rows = await db
      .with('cred', (qb) =>
        c.kind === 'token'
          ? qb
              .selectFrom('api_tokens')
              .select(['workspace_id', 'user_id', 'id as token_id', 'last_used_at'])
              .where('token_hash', '=', c.hash)
              .where('revoked_at', 'is', null)
          : c.kind === 'session'
            ? qb
                .selectFrom('sessions')
                .select([
                  'workspace_id',
                  'user_id',
                  NO_TEXT.as('token_id'),
                  NO_TEXT.as('last_used_at'),
                ])
                .where('id', '=', c.id)
                .where('expires_at', '>', c.now)
            : qb
                .selectFrom('users')
                .select([
                  'workspace_id',
                  'id as user_id',
                  NO_TEXT.as('token_id'),
                  NO_TEXT.as('last_used_at'),
                ])
                .where('workspace_id', '=', c.workspaceId)
                .where('id', '=', c.userId),
      )
      // The user (active only): `v` is the role.
      .selectFrom('cred')
      .innerJoin('users as u', (j) =>
        j.onRef('u.workspace_id', '=', 'cred.workspace_id').onRef('u.id', '=', 'cred.user_id'),
      )
      .where('u.active', '=', 1)
      .select([
        sql.lit('user').as('k'),
        (eb) => eb.ref('u.role').$castTo<string>().as('v'),
        'cred.workspace_id',
        'cred.user_id',
        'cred.token_id',
        'cred.last_used_at',
      ])
      .unionAll((eb) =>
        eb
          .selectFrom('cred')
          .innerJoin('team_members as t', (j) =>
            j
              .onRef('t.workspace_id', '=', 'cred.workspace_id')
              .onRef('t.user_id', '=', 'cred.user_id'),
          )
          .select([
            sql.lit('team').as('k'),
            't.team_id as v',
            'cred.workspace_id',
            'cred.user_id',
            'cred.token_id',
            'cred.last_used_at',
          ]),
      )
      .unionAll((eb) =>
        eb
          .selectFrom('cred')
          .innerJoin('support_team_members as t', (j) =>
            j
              .onRef('t.workspace_id', '=', 'cred.workspace_id')
              .onRef('t.user_id', '=', 'cred.user_id'),
          )
          .select([
            sql.lit('support').as('k'),
            't.team_id as v',
            'cred.workspace_id',
            'cred.user_id',
            'cred.token_id',
            'cred.last_used_at',
          ]),
      )
      // A manager's team members (the manager's own row among them).
      .unionAll((eb) =>
        eb
          .selectFrom('cred')
          .innerJoin('users as u', (j) =>
            j.onRef('u.workspace_id', '=', 'cred.workspace_id').onRef('u.id', '=', 'cred.user_id'),
          )
          .innerJoin('team_members as mine', (j) =>
            j
              .onRef('mine.workspace_id', '=', 'cred.workspace_id')
              .onRef('mine.user_id', '=', 'cred.user_id'),
          )
          .innerJoin('team_members as t', (j) =>
            j
              .onRef('t.workspace_id', '=', 'cred.workspace_id')
              .onRef('t.team_id', '=', 'mine.team_id'),
          )
          .where('u.role', '=', 'manager')
          .select([
            sql.lit('member').as('k'),
            't.user_id as v',
            'cred.workspace_id',
            'cred.user_id',
            'cred.token_id',
            'cred.last_used_at',
          ]),
      )
      .unionAll((eb) =>
        eb
          .selectFrom('cred')
          .innerJoin('users as u', (j) =>
            j.onRef('u.workspace_id', '=', 'cred.workspace_id').onRef('u.id', '=', 'cred.user_id'),
          )
          .innerJoin('support_team_members as mine', (j) =>
            j
              .onRef('mine.workspace_id', '=', 'cred.workspace_id')
              .onRef('mine.user_id', '=', 'cred.user_id'),
          )
          .innerJoin('support_team_members as t', (j) =>
            j
              .onRef('t.workspace_id', '=', 'cred.workspace_id')
              .onRef('t.team_id', '=', 'mine.team_id'),
          )
          .where('u.role', '=', 'manager')
          .select([
            sql.lit('support-member').as('k'),
            't.user_id as v',
            'cred.workspace_id',
            'cred.user_id',
            'cred.token_id',
            'cred.last_used_at',
          ]),
      )
      .execute();
    const user = rows.find((r) => r.k === 'user');
    if (!user) return null; // no live credential, or its user is gone or deactivated
    const of = (k: string) => [...new Set(rows.filter((r) => r.k === k).map((r) => r.v))];
    return {
      workspaceId: user.workspace_id,
      userId: user.user_id,
      role: user.v as Role,
      tokenId: user.token_id,
      tokenUsedAt: user.last_used_at,
      teamIds: of('team'),
      supportTeamIds: of('support'),
      memberIds: of('member'),
      supportMemberIds: of('support-member'),
    };
  },
};
