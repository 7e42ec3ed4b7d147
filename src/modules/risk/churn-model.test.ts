import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantChurnHistory } from '../../../test/support/churn-history.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';

const today = new Date().toISOString().slice(0, 10);

type Status = {
  eligibility: null | {
    eligible: boolean;
    customersWithHistory: number;
    churned: number;
    needed: number;
    checkedOn: string;
  };
  checking: boolean;
  model: null | {
    auc: number;
    enabled: boolean;
    holdoutCount: number;
    coefficients: { feature: string; coefficient: number }[];
  };
};

// The churn model (docs/risk.md, “The churn model”): offered only with enough history, trained by
// an admin on the workspace's own orders, shown beside the rule-based score only when switched on.
describe.each(testDialects())('churn model on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let planted: { id: string; churned: boolean }[];
  const admin = () => ctx.client(org.admin);
  /** "Count now" as `who`, then the background count to its end: the status after it. */
  const countNow = async (who = org.admin) => {
    const res = await ctx.client(who).post('/risk/churn-model/check', {});
    expect(res.statusCode, res.body).toBe(202);
    await ctx.services.jobs.runner.drain();
    return (await ctx.client(who).get('/risk/churn-model')).json<Status>();
  };
  const checkJobs = () =>
    ctx.db
      .selectFrom('jobs')
      .select(['id', 'status'])
      .where('kind', '=', 'risk.churn-model-check')
      .where('workspace_id', '=', org.ws.id)
      .execute();

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx?.close());

  it('says why it is not offered without enough history, and trains nothing', async () => {
    await ctx.newCustomer(org.eastRep, { name: 'Only One Ltd' });
    const res = await ctx.client(org.eastManager).get('/risk/churn-model');
    expect(res.statusCode, res.body).toBe(200);
    // Never counted: the page says so instead of reading every customer's orders.
    expect(res.json<Status>()).toMatchObject({ eligibility: null, checking: false, model: null });
    const s = await countNow(org.eastManager);
    expect(s.eligibility).toMatchObject({
      eligible: false,
      customersWithHistory: 0,
      needed: 200,
      checkedOn: today,
    });
    expect(s.checking).toBe(false);
    expect(s.model).toBeNull();
    const train = await admin().post('/risk/churn-model/train', {});
    expect(train.statusCode).toBe(409);
    expect(train.json().errors[0]).toMatchObject({
      code: 'churn_model_not_eligible',
      params: { have: 0, need: 200 },
    });
    const on = await admin().put('/risk/churn-model', { enabled: true });
    expect(on.statusCode).toBe(409);
    expect(on.json().errors[0]).toMatchObject({ path: '/enabled', code: 'churn_model_missing' });
  });

  it('refuses reps, managers’ training and bad input', async () => {
    expect((await ctx.client(org.eastRep).get('/risk/churn-model')).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).post('/risk/churn-model/train', {})).statusCode).toBe(
      403,
    );
    expect(
      (await ctx.client(org.eastRep).put('/risk/churn-model', { enabled: true })).statusCode,
    ).toBe(403);
    const jobs = (await checkJobs()).length;
    expect((await ctx.client(org.eastRep).post('/risk/churn-model/check', {})).statusCode).toBe(
      403,
    );
    expect(await checkJobs()).toHaveLength(jobs);
    expect((await ctx.client(org.eastManager).post('/risk/churn-model/train', {})).statusCode).toBe(
      403,
    );
    expect(
      (await ctx.client(org.eastManager).put('/risk/churn-model', { enabled: false })).statusCode,
    ).toBe(403);
    for (const body of [{}, { enabled: 'yes' }, { enabled: true, extra: 1 }]) {
      const res = await admin().put('/risk/churn-model', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('trains on a book with a planted signal: AUC on held-out customers well above 0.5', async () => {
    const template = await ctx.db
      .selectFrom('customers')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('owner_id', '=', org.eastRep.scope.userId)
      .executeTakeFirstOrThrow();
    // The planted ids (and so the hold-out split) come from the template's first 8 characters:
    // fixed here, so the AUC below is the same on every run, not one split in many.
    planted = await plantChurnHistory(
      ctx.db,
      { ...template, id: `planted-${template.id}` },
      320,
      today,
    );
    // The kept count is as of its last run until counted again.
    const stale = (await admin().get('/risk/churn-model')).json<Status>();
    expect(stale.eligibility).toMatchObject({ eligible: false, customersWithHistory: 0 });
    const before = await countNow();
    expect(before.eligibility).toMatchObject({
      eligible: true,
      customersWithHistory: 320,
      churned: planted.filter((p) => p.churned).length,
    });

    const res = await admin().post('/risk/churn-model/train', {});
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json<NonNullable<Status['model']>>();
    expect(m.auc).toBeGreaterThan(0.75);
    expect(m.enabled).toBe(false);
    expect(m.holdoutCount).toBeGreaterThan(50);
    // lateness against the customer's own rhythm is the planted signal
    const overdue = m.coefficients.find((c) => c.feature === 'overdue_ratio')!;
    expect(overdue.coefficient).toBeGreaterThan(0);
    const audit = (await admin().get(`/audit-log?entityId=${org.ws.id}`)).json().items;
    expect(audit.some((a: { entityType: string }) => a.entityType === 'churn_model')).toBe(true);
  });

  it('shows the model beside the rule-based score only once an admin switches it on', async () => {
    const id = planted[0]!.id;
    const off = (await ctx.client(org.eastRep).get(`/customers/${id}/risk`)).json();
    expect(off.modelChurn).toBeNull();
    expect(off.churn.score).toBeTypeOf('number');
    const on = await admin().put('/risk/churn-model', { enabled: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().enabled).toBe(true);
    const card = (await ctx.client(org.eastRep).get(`/customers/${id}/risk`)).json();
    expect(card.churn.score).toBe(off.churn.score);
    expect(card.modelChurn.probability).toBeGreaterThanOrEqual(0);
    expect(card.modelChurn.probability).toBeLessThanOrEqual(1);
    expect(card.modelChurn.contributions).toHaveLength(6);
    // another rep's customers stay out of reach, model or not
    expect((await ctx.client(org.westRep).get(`/customers/${id}/risk`)).statusCode).toBe(404);
    // a retrain replaces the model and leaves it off until switched on again
    expect((await admin().post('/risk/churn-model/train', {})).json().enabled).toBe(false);
    expect(
      (await ctx.client(org.eastRep).get(`/customers/${id}/risk`)).json().modelChurn,
    ).toBeNull();
  });

  it('keeps each workspace’s model to itself', async () => {
    const ws = await ctx.newWorkspace();
    const other = await ctx.newUser(ws.id, 'admin');
    const s = (await ctx.client(other).get('/risk/churn-model')).json<Status>();
    expect(s.model).toBeNull();
    expect(s.eligibility).toBeNull();
    const counted = await countNow(other);
    expect(counted.eligibility?.customersWithHistory).toBe(0);
    // the first workspace's count is its own
    const mine = (await admin().get('/risk/churn-model')).json<Status>();
    expect(mine.eligibility?.customersWithHistory).toBe(320);
  });

  it('counts once at a time, and every workspace nightly', async () => {
    // A count already queued: asking again adds none and says it is counting.
    const queued = await enqueueJob(
      ctx.db,
      'risk.churn-model-check',
      {},
      {
        workspaceId: org.ws.id,
        dedupKey: org.ws.id,
      },
    );
    expect(queued).not.toBeNull();
    const again = await admin().post('/risk/churn-model/check', {});
    expect(again.statusCode).toBe(202);
    expect(again.json<Status>().checking).toBe(true);
    expect((await checkJobs()).filter((j) => j.status === 'queued')).toHaveLength(1);
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
    expect((await admin().get('/risk/churn-model')).json<Status>().checking).toBe(false);

    // The nightly schedule counts every workspace, this one's new history included.
    const west = await ctx.newCustomer(org.westRep, { name: 'West Template Ltd' });
    const template = await ctx.db
      .selectFrom('customers')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('id', '=', west.id)
      .executeTakeFirstOrThrow();
    // ids are made from the template's first 8 characters: a prefix of its own
    await plantChurnHistory(ctx.db, { ...template, id: `nightly-${template.id}` }, 10, today);
    await enqueueJob(ctx.db, 'risk.churn-model-check.all', {});
    while ((await runner.tick()).length) await runner.drain();
    const s = (await admin().get('/risk/churn-model')).json<Status>();
    expect(s.eligibility?.customersWithHistory).toBe(330);
    expect(runner.scheduleNames()).toContain('risk.churn-model-check.all');
  });
});
