import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Survey, SurveyAnswer } from '../../db/schema.ts';
import { shiftInstant } from '../../domain/calendar/dates.ts';
import { ANSWER_CHANGE_DAYS, canChangeAnswer, isPoor } from '../../domain/service/feedback.ts';
import { surveyLabels } from '../../domain/service/survey-labels.ts';
import { systemScope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { RateLimit } from '../rate-limits/rate-limits.service.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import { logAnswer, planDetractorFollowUp, type Answered } from './answer-effects.ts';
import type { PublicAnswerBody, PublicSurveyOut } from './feedback.schemas.ts';
import { surveyAnswersRepository as answers } from './survey-answers.repository.ts';
import { readLinkToken } from '../../domain/link-token.ts';
import { surveysRepository } from './surveys.repository.ts';

const SCALE = { csat: { min: 1, max: 5 }, nps: { min: 0, max: 10 } } as const;

/** A comment's language as the page says it was written (a BCP 47 tag), if it is one. */
function tagOf(tag: string | undefined): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

const until = (a: SurveyAnswer) =>
  shiftInstant(new Date(a.first_answered_at), ANSWER_CHANGE_DAYS).toISOString();

/**
 * Told, in the answer's transaction, of every answer and every change of one (`changed`): the
 * composition root wires it to the loyalty programme's NPS bonus (granted once per survey), so
 * this module imports no loyalty.
 */
export type SurveyAnswered = (
  db: Executor,
  workspaceId: string,
  answer: { surveyId: string; kind: Survey['kind']; customerId: string; changed: boolean },
) => Promise<unknown>;

/**
 * The survey page a contact opens from their link, without signing in. It shows that survey's
 * question in the contact's language and, for CSAT, the ticket's subject — nothing else of the
 * customer, the ticket or the workspace. A wrong token and an unknown one get the same 404.
 */
export class PublicSurveysService {
  // Thirty posts an hour per link and address: a person changing their mind stays well under.
  private readonly throttle: RateLimit;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: {
      activities: ActivitiesService;
      calendars: CalendarProvider;
      now: () => Date;
      answered?: SurveyAnswered;
    },
  ) {
    this.throttle = new RateLimit(db, 'survey', { maxAttempts: 30, windowMs: 3_600_000 });
  }

  private async find(token: string): Promise<Survey> {
    const t = readLinkToken(token);
    const survey = t && (await surveysRepository.byTokenHash(this.db, t.workspaceId, t.hash));
    if (!survey) throw AppError.notFound('Survey');
    return survey;
  }

  private out(survey: Survey, answer: SurveyAnswer | undefined): PublicSurveyOut {
    const { language, rtl, labels } = surveyLabels(survey.language);
    return {
      kind: survey.kind,
      language,
      rtl,
      labels,
      scale: SCALE[survey.kind],
      subject: survey.kind === 'csat' ? survey.subject : null,
      answer: answer
        ? {
            score: answer.score,
            comment: answer.comment,
            answeredAt: answer.answered_at,
            changeableUntil: until(answer),
            locked: !canChangeAnswer(new Date(answer.first_answered_at), this.deps.now()),
          }
        : null,
    };
  }

  async view(token: string): Promise<PublicSurveyOut> {
    const survey = await this.find(token);
    return this.out(survey, await answers.find(this.db, survey.workspace_id, survey.id));
  }

  /**
   * Takes an answer, or a change of it within seven days of the first. Every answer goes on the
   * customer's timeline; a poor one lowers the health score and (once per survey) plans a
   * follow-up for the owner. Out-of-range scores are refused with nothing written.
   */
  async answer(token: string, body: PublicAnswerBody, address: string): Promise<PublicSurveyOut> {
    const survey = await this.find(token);
    const key = `${survey.id}|${address}`;
    const wait = await this.throttle.retryAfter(key);
    if (wait) throw new AppError(429, 'Too many answers', `Try again in ${wait} s`);
    await this.throttle.record(key);
    const { min, max } = SCALE[survey.kind];
    if (!Number.isInteger(body.score) || body.score < min || body.score > max)
      throw AppError.validation([fieldError('/score', 'survey_score', { min, max })]);
    const now = this.deps.now();
    const at = now.toISOString();
    const comment = body.comment?.trim() || null;
    await this.db.transaction().execute(async (tx) => {
      const ws = survey.workspace_id;
      const before = await answers.find(tx, ws, survey.id);
      if (before && !canChangeAnswer(new Date(before.first_answered_at), now))
        throw AppError.conflict(
          `An answer can be changed for ${ANSWER_CHANGE_DAYS} days after it was first given`,
          [fieldError('/score', 'survey_answer_locked', { days: ANSWER_CHANGE_DAYS })],
        );
      const [customer] = await customerRecords.findMany(tx, ws, [survey.customer_id]);
      if (!customer) throw AppError.notFound('Survey');
      const language = tagOf(body.language) ?? survey.language;
      const row = { score: body.score, comment, language, answered_at: at, month: at.slice(0, 7) };
      if (before) await answers.change(tx, ws, survey.id, row);
      else
        await answers.insert(tx, {
          workspace_id: ws,
          survey_id: survey.id,
          kind: survey.kind,
          customer_id: customer.id,
          owner_id: customer.owner_id,
          country: customer.country,
          tier: customer.tier ?? '',
          product_id: survey.product_id ?? '',
          first_answered_at: at,
          follow_up_id: null,
          ...row,
        });
      // The system acts for the owner: the customer's words reach their timeline and inbox.
      const owner = systemScope(ws, customer.owner_id);
      const answered: Answered = {
        survey,
        score: body.score,
        comment,
        language,
        changed: !!before,
        at: now,
      };
      await logAnswer(tx, owner, this.deps.activities, answered);
      await this.deps.answered?.(tx, ws, {
        surveyId: survey.id,
        kind: survey.kind,
        customerId: customer.id,
        changed: !!before,
      });
      if (isPoor(survey.kind, body.score) && !before?.follow_up_id) {
        const followUpId = await planDetractorFollowUp(
          tx,
          owner,
          this.deps.calendars,
          customer,
          answered,
        );
        await answers.change(tx, ws, survey.id, { ...row, follow_up_id: followUpId });
      }
    });
    return this.view(token);
  }
}
