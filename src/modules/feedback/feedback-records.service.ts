import type { Executor } from '../../db/dialect.ts';
import { surveyRoundsRepository } from './survey-rounds.repository.ts';

/**
 * What other code may read of feedback. The feedback module is the only writer of
 * `survey_rounds`, `surveys` and `survey_answers`.
 */
export const feedbackRecords = {
  /** NPS rounds' names by id (the audit log names its records). */
  roundNamesOf: async (db: Executor, workspaceId: string, ids: string[]) =>
    new Map(
      (await surveyRoundsRepository.namesOf(db, workspaceId, [...new Set(ids)])).map((r) => [
        r.id,
        r.name,
      ]),
    ),
};
