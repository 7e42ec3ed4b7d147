import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import type { DB } from '../../db/schema.ts';

// The app's clock: real time (answers are logged as activities, which refuse the future), moved
// past the seven days to try a late change.
const clock = { now: new Date() };

describe.each(testDialects())('CSAT through the public survey link on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let customer: { id: string };
  let ticket: { id: string; subject: string };
  let token: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    customer = await ctx.newCustomer(org.eastRep, { name: 'Bombas Secretas SL', country: 'ES' });
    await ctx.newContact(org.eastRep, customer.id, {
      firstName: 'Lucía',
      preferredLanguage: 'es',
      primary: true,
    });
    const rep = ctx.client(org.eastRep);
    const res = await rep.post('/tickets', {
      customerId: customer.id,
      subject: 'La bomba pierde agua',
      description: 'Internal-only description',
      channel: 'email',
      type: 'defect',
    });
    ticket = res.json();
    expect((await rep.patch(`/tickets/${ticket.id}`, { status: 'solved' })).statusCode).toBe(200);
    const csat = (await rep.get(`/tickets/${ticket.id}/csat`)).json();
    token = csat.survey.link.replace('/survey/', '');
  });
  afterAll(() => ctx.close());

  const count = async (table: keyof DB) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const anon = () => ctx.client();

  it('plans one survey when the ticket is solved, in the contact’s language, with a token stored only hashed', async () => {
    const rows = await ctx.db.selectFrom('surveys').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'csat', ticket_id: ticket.id, language: 'es' });
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token.split('.')[1]);
  });

  it('shows the question in Spanish and nothing but the ticket’s subject', async () => {
    const res = await anon().get(`/public/surveys/${token}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      kind: 'csat',
      language: 'es',
      rtl: false,
      scale: { min: 1, max: 5 },
      subject: 'La bomba pierde agua',
      answer: null,
    });
    expect(body.labels.csatQuestion).toContain('solicitud');
    for (const secret of ['Bombas Secretas', 'Internal-only', 'Lucía', customer.id, ticket.id])
      expect(res.body).not.toContain(secret);
  });

  it.each([
    ['an unknown token of the right shape', () => `${org.ws.id}.${'A'.repeat(32)}`],
    ['a token of another workspace', () => `${'0'.repeat(8)}.${token.split('.')[1]}`],
    ['garbage', () => 'not-a-token'],
  ])('answers 404 for %s, reading and answering', async (_what, bad) => {
    expect((await anon().get(`/public/surveys/${bad()}`)).statusCode).toBe(404);
    expect((await anon().post(`/public/surveys/${bad()}`, { score: 5 })).statusCode).toBe(404);
  });

  it.each([
    [{ score: 6 }, '/score'],
    [{ score: 0 }, '/score'],
    [{ score: 11 }, 'score'],
    [{ score: 3.5 }, 'score'],
    [{ score: 4, comment: 'x'.repeat(2001) }, 'comment'],
  ])('refuses %j with 400 at its field and writes nothing', async (body, path) => {
    const before = [
      await count('survey_answers'),
      await count('activities'),
      await count('follow_ups'),
    ];
    const res = await anon().post(`/public/surveys/${token}`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toContain(path);
    expect([
      await count('survey_answers'),
      await count('activities'),
      await count('follow_ups'),
    ]).toEqual(before);
  });

  it('takes a poor answer: an activity in the customer’s words, a follow-up within two business days, a lower health score', async () => {
    const followUps = await count('follow_ups');
    const res = await anon().post(`/public/surveys/${token}`, {
      score: 2,
      comment: 'Tardaron demasiado en responder',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().answer).toMatchObject({ score: 2, locked: false });
    const activities = (
      await ctx.client(org.eastRep).get(`/activities?customerId=${customer.id}`)
    ).json().items as { summary: string; source: string; direction: string }[];
    const logged = activities.find((a) => a.source === 'survey');
    expect(logged?.direction).toBe('inbound');
    expect(logged?.summary).toContain('CSAT 2/5');
    expect(logged?.summary).toContain('“Tardaron demasiado en responder” [Spanish (es)]');
    expect(await count('follow_ups')).toBe(followUps + 1);
    const answer = await ctx.db.selectFrom('survey_answers').selectAll().executeTakeFirstOrThrow();
    const fu = await ctx.db
      .selectFrom('follow_ups')
      .selectAll()
      .where('id', '=', answer.follow_up_id!)
      .executeTakeFirstOrThrow();
    expect(fu.assignee_id).toBe(org.eastRep.user.id);
    const today = new Date().toISOString().slice(0, 10);
    const days = (Date.parse(fu.due_date) - Date.parse(today)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(1);
    expect(days).toBeLessThanOrEqual(6); // two business days, across a weekend and holidays at most
    const health = (await ctx.client(org.eastRep).get(`/customers/${customer.id}/health`)).json();
    const part = health.parts.find((p: { key: string }) => p.key === 'feedback');
    expect(part.weight).toBeLessThan(0);
    expect(part.detail.en).toContain('CSAT 2/5');
  });

  it('lets the contact change the answer within seven days: one answer, no second follow-up', async () => {
    const followUps = await count('follow_ups');
    const res = await anon().post(`/public/surveys/${token}`, { score: 1, comment: null });
    expect(res.statusCode).toBe(200);
    const rows = await ctx.db.selectFrom('survey_answers').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ score: 1, comment: null });
    expect(await count('follow_ups')).toBe(followUps);
    const csat = (await ctx.client(org.eastRep).get(`/tickets/${ticket.id}/csat`)).json();
    expect(csat.survey.answer).toMatchObject({ score: 1, language: 'es' });
  });

  it('refuses a change after seven days with 409 survey_answer_locked and keeps the answer', async () => {
    clock.now = new Date(Date.now() + 8 * 86_400_000);
    try {
      const res = await anon().post(`/public/surveys/${token}`, { score: 5 });
      expect(res.statusCode).toBe(409);
      expect(res.json().errors[0].code).toBe('survey_answer_locked');
      expect((await anon().get(`/public/surveys/${token}`)).json().answer).toMatchObject({
        score: 1,
        locked: true,
      });
    } finally {
      clock.now = new Date();
    }
  });

  it('keeps one survey when the ticket is reopened and solved again', async () => {
    const rep = ctx.client(org.eastRep);
    expect((await rep.patch(`/tickets/${ticket.id}`, { status: 'open' })).statusCode).toBe(200);
    expect((await rep.patch(`/tickets/${ticket.id}`, { status: 'solved' })).statusCode).toBe(200);
    expect(await count('surveys')).toBe(1);
  });

  it('shows a ticket’s CSAT only to those who may see the ticket', async () => {
    expect((await ctx.client(org.westRep).get(`/tickets/${ticket.id}/csat`)).statusCode).toBe(404);
    expect((await ctx.client(org.eastManager).get(`/tickets/${ticket.id}/csat`)).statusCode).toBe(
      200,
    );
    expect((await ctx.client().get(`/tickets/${ticket.id}/csat`)).statusCode).toBe(401);
  });
});
