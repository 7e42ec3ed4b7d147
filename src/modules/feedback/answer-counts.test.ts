import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import type { SurveyAnswerTable, SurveyTable } from '../../db/schema.ts';
import { SUMMARY_GROUPS } from '../../domain/service/feedback.ts';
import { Random } from '../../seed/random.ts';
import { feedbackRecords } from './feedback-records.service.ts';
import { periodsOf, type ScoreCount } from './survey-answer-counts.repository.ts';
import { surveyAnswersRepository as answers } from './survey-answers.repository.ts';

const sorted = (rows: ScoreCount[]) =>
  rows
    .filter((r) => r.answers > 0)
    .map((r) => `${r.key}|${r.score}|${r.answers}`)
    .sort();

// [from, to) in days: whole months, partial months on both sides, one day, open ends.
const PERIODS: [string | undefined, string | undefined][] = [
  [undefined, undefined],
  ['2025-12-01', '2026-02-01'],
  ['2025-11-20', '2026-02-11'],
  ['2026-01-15', '2026-01-16'],
  ['2026-01-03', '2026-01-29'],
  ['2025-12-31', '2026-01-02'],
  ['2026-01-10', undefined],
  [undefined, '2026-01-10'],
  ['2026-03-01', '2026-04-01'],
  ['2024-01-01', '2024-02-01'],
];

describe('the day ranges the counts are read over', () => {
  it.each([
    [undefined, undefined, [['month', undefined, undefined]]],
    ['2025-12-01', '2026-02-01', [['month', '2025-12', '2026-02']]],
    [
      '2025-11-20',
      '2026-02-11',
      [
        ['month', '2025-12', '2026-02'],
        ['day', '2025-11-20', '2025-12-01'],
        ['day', '2026-02-01', '2026-02-11'],
      ],
    ],
    ['2026-01-15', '2026-01-16', [['day', '2026-01-15', '2026-01-16']]],
    ['2025-12-31', '2026-01-02', [['day', '2025-12-31', '2026-01-02']]],
    ['2025-12-01', '2026-01-01', [['month', '2025-12', '2026-01']]],
  ] as const)('%s to %s: %j', (from, to, want) => expect(periodsOf(from, to)).toEqual(want));
});

describe.each(testDialects())('answer counts on %s', (dialect) => {
  let ctx: TestContext;
  let ws: string;
  const admin = () => ({
    workspaceId: ws,
    userId: '',
    role: 'admin' as const,
    teamIds: [],
    visibleOwnerIds: 'all' as const,
  });
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    const org = await salesOrg(ctx);
    ws = org.admin.scope.workspaceId;
    const customers = [];
    for (const [owner, country, tier] of [
      [org.eastRep, 'DE', 'A'],
      [org.eastRep, 'FR', ''],
      [org.westRep, 'SA', 'B'],
      [org.westRep, 'DE', 'C'],
    ] as const)
      customers.push({ ...(await ctx.newCustomer(owner, { country })), owner, tier });
    const rnd = new Random(90);
    const surveys: SurveyTable[] = [];
    const rows: SurveyAnswerTable[] = [];
    for (let i = 0; i < 240; i++) {
      const c = customers[i % customers.length]!;
      const kind = i % 3 === 0 ? 'csat' : 'nps';
      // 2025-11-01 … 2026-03-31, at any hour
      const at = new Date(Date.UTC(2025, 10, 1 + rnd.int(0, 150), rnd.int(0, 23), 30));
      const iso = at.toISOString();
      const id = `s${i}`;
      surveys.push({
        workspace_id: ws,
        id,
        kind,
        round_id: null,
        ticket_id: null,
        customer_id: c.id,
        contact_id: null,
        token_hash: id,
        language: 'en',
        subject: null,
        planned_at: iso,
        created_at: iso,
      });
      rows.push({
        workspace_id: ws,
        survey_id: id,
        kind,
        customer_id: c.id,
        owner_id: c.owner.user.id,
        country: c.country,
        tier: c.tier,
        product_id: i % 5 === 0 ? 'P1' : '',
        score: kind === 'nps' ? rnd.int(0, 10) : rnd.int(1, 5),
        comment: null,
        language: 'en',
        month: iso.slice(0, 7),
        answered_at: iso,
        first_answered_at: iso,
        follow_up_id: null,
      });
    }
    // Most as a history (counted in bulk), the rest one by one as the survey page writes them.
    await ctx.db
      .transaction()
      .execute((tx) => feedbackRecords.insertHistory(tx, surveys, rows.slice(0, 200)));
    for (const r of rows.slice(200))
      await ctx.db.transaction().execute((tx) => answers.insert(tx, r));
    // Changed answers: a new score on a new day, a new score on the same day, and only a
    // follow-up (nothing moves).
    const change = (r: SurveyAnswerTable, score: number, at: string, followUp?: string) =>
      ctx.db.transaction().execute((tx) =>
        answers.change(tx, ws, r.survey_id, {
          score,
          comment: 'changed',
          language: 'en',
          answered_at: at,
          month: at.slice(0, 7),
          ...(followUp ? { follow_up_id: followUp } : {}),
        }),
      );
    const nps = rows.filter((r) => r.kind === 'nps');
    await change(nps[0]!, nps[0]!.score === 10 ? 0 : 10, '2026-01-15T08:00:00.000Z');
    await change(nps[1]!, nps[1]!.score === 3 ? 4 : 3, nps[1]!.answered_at);
    await change(nps[2]!, nps[2]!.score, nps[2]!.answered_at, 'f1');
    await change(rows[201]!, rows[201]!.kind === 'nps' ? 9 : 5, '2026-03-31T23:59:59.000Z');
  });
  afterAll(() => ctx.close());

  const cases = SUMMARY_GROUPS.flatMap((group) =>
    (['nps', 'csat'] as const).flatMap((kind) =>
      PERIODS.map(([from, to]) => [group, kind, from ?? '…', to ?? '…'] as const),
    ),
  );

  it.each(cases)('by %s, %s, %s to %s: the counts equal the answers', async (group, kind, a, b) => {
    const from = a === '…' ? undefined : a;
    const to = b === '…' ? undefined : b;
    const f = {
      group,
      kind,
      from: from && `${from}T00:00:00.000Z`,
      to: to && `${to}T00:00:00.000Z`,
    };
    const raw = await answers.summaryOfAnswers(ctx.db, admin(), f);
    const counted = await answers.summary(ctx.db, admin(), f);
    expect(sorted(counted)).toEqual(sorted(raw));
    if (!from && !to)
      expect(raw.reduce((n, r) => n + r.answers, 0)).toBe(kind === 'nps' ? 160 : 80);
  });

  it('counts again from the answers what it kept on write', async () => {
    const before = await ctx.db
      .selectFrom('survey_answer_counts')
      .select(['kind', 'dim', 'grain', 'period', 'key', 'score', 'answers'])
      .where('answers', '>', 0)
      .execute();
    await ctx.db.transaction().execute((tx) => feedbackRecords.recountAnswers(tx, ws));
    const after = await ctx.db
      .selectFrom('survey_answer_counts')
      .select(['kind', 'dim', 'grain', 'period', 'key', 'score', 'answers'])
      .execute();
    const norm = (rows: typeof after) =>
      rows.map((r) => JSON.stringify({ ...r, answers: Number(r.answers) })).sort();
    expect(norm(after)).toEqual(norm(before));
  });
});
