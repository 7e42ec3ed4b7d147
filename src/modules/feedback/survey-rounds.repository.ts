import type { Executor } from '../../db/dialect.ts';
import type { SurveyRound, SurveyRoundTable } from '../../db/schema.ts';

/** The only writer of `survey_rounds`: NPS rounds, shared in the workspace. */
export const surveyRoundsRepository = {
  async insert(db: Executor, row: SurveyRoundTable): Promise<void> {
    await db.insertInto('survey_rounds').values(row).execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<SurveyRound | undefined> {
    return db
      .selectFrom('survey_rounds')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  list(db: Executor, workspaceId: string): Promise<SurveyRound[]> {
    return db
      .selectFrom('survey_rounds')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(200)
      .execute();
  },

  namesOf(db: Executor, workspaceId: string, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('survey_rounds')
      .select(['id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  },
};
