import type { Executor } from '../../db/dialect.ts';
import { refreshStatistics } from '../../db/statistics.ts';
import type { SurveyAnswerTable, SurveyTable } from '../../db/schema.ts';
import { surveyAnswersRepository } from './survey-answers.repository.ts';
import { surveysRepository } from './surveys.repository.ts';
import { surveyRoundsRepository } from './survey-rounds.repository.ts';

/**
 * What other code may read of feedback. The feedback module is the only writer of
 * `survey_rounds`, `surveys` and `survey_answers`.
 */
export const feedbackRecords = {
  /** After a bulk write grew them: fresh planner statistics of the feedback tables. */
  refreshStatistics: (db: Executor) =>
    refreshStatistics(db, ['surveys', 'survey_answers', 'survey_answer_counts', 'survey_rounds']),

  /**
   * Surveys and answers written at once, for the demo seed's history and the bench: no timeline
   * entries, follow-ups or scores (the caller wants figures, not a replay of every answer).
   */
  async insertHistory(
    db: Executor,
    surveys: SurveyTable[],
    answers: SurveyAnswerTable[],
    o: { counts?: 'later' } = {},
  ) {
    await surveysRepository.insertMany(db, surveys);
    await surveyAnswersRepository.insertMany(db, answers, o);
  },

  /** After histories inserted with `counts: 'later'`: the workspace's answers counted again. */
  recountAnswers: (db: Executor, workspaceId: string) =>
    surveyAnswersRepository.recount(db, workspaceId),

  /**
   * A customer's CSAT: the latest answer (score, comment in its language, the ticket) and the
   * count and sum of all, for the customer page's service card. The caller checked the scope.
   */
  csatOf: (db: Executor, workspaceId: string, customerId: string) =>
    surveyAnswersRepository.csatOf(db, workspaceId, customerId),

  /** Poor answers of these customers since an instant, latest first (churn risk; scope checked). */
  poorOf: (db: Executor, workspaceId: string, customerIds: string[], since: string) =>
    surveyAnswersRepository.poorOf(db, workspaceId, customerIds, since),

  /** A round's surveys (the seed answers some of them). */
  roundSurveys: (db: Executor, workspaceId: string, roundId: string) =>
    surveysRepository.allOfRound(db, workspaceId, roundId),

  /** NPS rounds' names by id (the audit log names its records). */
  roundNamesOf: async (db: Executor, workspaceId: string, ids: string[]) =>
    new Map(
      (await surveyRoundsRepository.namesOf(db, workspaceId, [...new Set(ids)])).map((r) => [
        r.id,
        r.name,
      ]),
    ),
};
