import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { enqueueJob } from './job-records.service.ts';

interface JobBody {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
}

describe.each(testDialects())('the jobs admin API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let other: Awaited<ReturnType<typeof salesOrg>>;
  let failing = 0;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    other = await salesOrg(ctx);
    ctx.services.jobs.runner.define({
      kind: 'test.fails',
      maxAttempts: 1,
      run: async () => {
        failing++;
        throw new Error('the receiver said no');
      },
    });
  });
  afterAll(() => ctx.close());

  /** Runs every due job, kind limits and all, until none is left. */
  const runAll = async () => {
    const runner = ctx.services.jobs.runner;
    for (let i = 0; i < 50; i++) {
      const claimed = await runner.tick();
      await runner.drain();
      if (!claimed.length) return;
    }
  };

  it('lists the workspace’s jobs with counts; a dead job shows its error and runs again', async () => {
    const admin = ctx.client(org.admin);
    const id = await enqueueJob(ctx.db, 'test.fails', {}, { workspaceId: org.ws.id });
    await enqueueJob(ctx.db, 'test.fails', {}, { workspaceId: other.ws.id });
    await runAll();
    expect(failing).toBe(2);

    const list = await admin.get('/jobs?status=dead');
    expect(list.statusCode).toBe(200);
    const body = list.json<{ items: JobBody[]; counts: Record<string, number> }>();
    expect(body.items.map((j) => j.id)).toEqual([id]);
    expect(body.items[0]).toMatchObject({
      kind: 'test.fails',
      status: 'dead',
      attempts: 1,
      maxAttempts: 1,
      lastError: 'the receiver said no',
    });
    expect(body.counts).toMatchObject({ dead: 1, queued: 0, running: 0 });

    const retried = await admin.post(`/jobs/${id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json<JobBody>()).toMatchObject({ status: 'queued', attempts: 0 });
    await runAll();
    expect(failing).toBe(3);
    const audit = await admin.get(`/audit-log?entityId=${id}`);
    expect(audit.json<{ items: unknown[] }>().items).toHaveLength(1);
    // The operator sees the dead letters of every workspace on /metrics.
    const { body: metrics } = await ctx.services.metrics.render();
    expect(metrics).toContain('chuhai_jobs{kind="test.fails",status="dead"} 2');
  });

  it('cancels a queued job; cancelling twice is a conflict with a code', async () => {
    const admin = ctx.client(org.admin);
    const later = new Date(Date.now() + 3_600_000);
    const id = await enqueueJob(ctx.db, 'test.fails', {}, { workspaceId: org.ws.id, runAt: later });
    const cancelled = await admin.post(`/jobs/${id}/cancel`);
    expect(cancelled.json<JobBody>().status).toBe('cancelled');
    const again = await admin.post(`/jobs/${id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ path: '/status', code: 'job_not_cancellable' }),
    ]);
    const queued = await admin.post(
      `/jobs/${await enqueueJob(ctx.db, 'test.fails', {}, { workspaceId: org.ws.id, runAt: later })}/retry`,
    );
    expect(queued.statusCode).toBe(409);
    expect(queued.json<{ errors: { code: string }[] }>().errors[0]?.code).toBe('job_not_retryable');
  });

  it('is for admins only, and another workspace’s job is not found', async () => {
    const theirs = await enqueueJob(ctx.db, 'test.fails', {}, { workspaceId: other.ws.id });
    for (const actor of [org.eastManager, org.eastRep]) {
      expect((await ctx.client(actor).get('/jobs')).statusCode).toBe(403);
      expect((await ctx.client(actor).get('/jobs/schedules')).statusCode).toBe(403);
    }
    const admin = ctx.client(org.admin);
    expect((await admin.get(`/jobs/${theirs}`)).statusCode).toBe(404);
    expect((await admin.post(`/jobs/${theirs}/cancel`)).statusCode).toBe(404);
    const mine = (await admin.get('/jobs')).json<{ items: JobBody[] }>().items;
    expect(mine.map((j) => j.id)).not.toContain(theirs);
  });

  it('refuses bad filters and ids with field errors, and an unknown job is not found', async () => {
    const admin = ctx.client(org.admin);
    for (const [url, path] of [
      ['/jobs?status=stuck', '/querystring/status'],
      ['/jobs?limit=0', '/querystring/limit'],
      ['/jobs?limit=Infinity', '/querystring/limit'],
      [`/jobs/${'x'.repeat(65)}`, '/params/id'],
    ] as const) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path, url).toBe(path);
    }
    expect((await admin.post('/jobs/01a00000-0000-7000-8000-000000000000/retry')).statusCode).toBe(
      404,
    );
  });

  it('lists the schedules with their zone and next run', async () => {
    await ctx.services.jobs.runner.syncSchedules();
    const res = await ctx.client(org.admin).get('/jobs/schedules');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { name: string; timeZone: string; nextRunAt: string }[] }>()
      .items;
    expect(items.map((s) => s.name)).toEqual(
      expect.arrayContaining(['jobs.prune', 'uploads.sweep', 'value.classify-nightly']),
    );
    const nightly = items.find((s) => s.name === 'value.classify-nightly');
    expect(nightly?.timeZone).toBe('Asia/Shanghai');
    // 02:00 in Shanghai is 18:00 UTC
    expect(nightly?.nextRunAt).toMatch(/T18:00:00\.000Z$/);
  });

  it('the nightly tier run classifies every workspace, one job each', async () => {
    await enqueueJob(ctx.db, 'value.classify-all', {});
    await runAll();
    const rows = await ctx.db
      .selectFrom('jobs')
      .select(['workspace_id', 'status'])
      .where('kind', '=', 'value.classify')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'succeeded'));
    expect(new Set(rows.map((r) => r.workspace_id))).toEqual(new Set([org.ws.id, other.ws.id]));
  });
});
