import { insertRows } from '../../db/bulk-insert.ts';
import type { Executor } from '../../db/dialect.ts';
import type { Survey, SurveyTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';

/** The only writer of `surveys`: one tokenised link each (a ticket's CSAT or a round's NPS). */
export const surveysRepository = {
  insertMany: (db: Executor, rows: SurveyTable[]) => insertRows(db, 'surveys', rows),

  /** A survey by its link's token hash, within the workspace the token names. */
  byTokenHash(db: Executor, workspaceId: string, tokenHash: string): Promise<Survey | undefined> {
    return db
      .selectFrom('surveys')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<Survey | undefined> {
    return db
      .selectFrom('surveys')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** The link's mail: its state, error and when it was sent. */
  async markMail(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Pick<SurveyTable, 'mail_status' | 'mail_error'> & { mailed_at?: string },
  ): Promise<void> {
    await db
      .updateTable('surveys')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** A round's mails per state (null: not mailed). */
  async mailCounts(db: Executor, workspaceId: string, roundIds: string[]) {
    if (!roundIds.length) return [];
    return db
      .selectFrom('surveys')
      .select((eb) => ['round_id', 'mail_status', eb.fn.countAll<number | string>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('round_id', 'in', roundIds)
      .groupBy(['round_id', 'mail_status'])
      .execute();
  },

  ofTicket(db: Executor, workspaceId: string, ticketId: string): Promise<Survey | undefined> {
    return db
      .selectFrom('surveys')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
  },

  /** A round's surveys in the caller's scope (the customer's current owner), by send instant. */
  ofRound(db: Executor, scope: Scope, roundId: string, limit: number) {
    return db
      .selectFrom('surveys')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'surveys.workspace_id')
          .onRef('customers.id', '=', 'surveys.customer_id'),
      )
      .leftJoin('survey_answers as a', (j) =>
        j
          .onRef('a.workspace_id', '=', 'surveys.workspace_id')
          .onRef('a.survey_id', '=', 'surveys.id'),
      )
      .select([
        'surveys.id',
        'surveys.customer_id',
        'surveys.contact_id',
        'surveys.language',
        'surveys.planned_at',
        'customers.name as customer_name',
        'customers.country',
        'customers.time_zone',
        'a.score',
        'surveys.mail_status',
        'surveys.mail_error',
        'surveys.mailed_at',
      ])
      .where('surveys.workspace_id', '=', scope.workspaceId)
      .where('surveys.round_id', '=', roundId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .orderBy('surveys.planned_at')
      .orderBy('surveys.id')
      .limit(limit)
      .execute();
  },

  allOfRound(db: Executor, workspaceId: string, roundId: string): Promise<Survey[]> {
    return db
      .selectFrom('surveys')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('round_id', '=', roundId)
      .orderBy('id')
      .execute();
  },

  /** How many surveys a round planned and how many of them were answered. */
  async roundCounts(db: Executor, workspaceId: string, roundIds: string[]) {
    if (!roundIds.length) return [];
    return db
      .selectFrom('surveys')
      .leftJoin('survey_answers as a', (j) =>
        j
          .onRef('a.workspace_id', '=', 'surveys.workspace_id')
          .onRef('a.survey_id', '=', 'surveys.id'),
      )
      .select((eb) => [
        'surveys.round_id',
        eb.fn.countAll<number | string>().as('planned'),
        eb.fn.count<number | string>('a.survey_id').as('answered'),
        eb.fn.min('surveys.planned_at').as('first_planned_at'),
        eb.fn.max('surveys.planned_at').as('last_planned_at'),
      ])
      .where('surveys.workspace_id', '=', workspaceId)
      .where('surveys.round_id', 'in', roundIds)
      .groupBy('surveys.round_id')
      .execute();
  },
};
