import { hostname } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database.ts';
import {
  createTestDatabase,
  testDialects,
  type TestDatabase,
} from '../../../test/support/databases.ts';
import { PermanentJobError, type JobKind } from './job-kind.ts';
import { enqueueJob } from './job-records.service.ts';
import { JobRunner } from './job-runner.ts';
import { jobsRepository } from './jobs.repository.ts';

// Jobs are enqueued at the real time; the runners' clock starts there and the tests move it.
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe.each(testDialects())('the job runner on %s', (dialect) => {
  let database: TestDatabase;
  let clock: Date;
  const now = () => clock;
  const runner = (kinds: JobKind[], db = database.db) => {
    const r = new JobRunner(db, { now });
    for (const k of kinds) r.define(k);
    return r;
  };
  const job = async (id: string) => {
    const row = await jobsRepository.find(database.db, id);
    if (!row) throw new Error(`no job ${id}`);
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());
  beforeEach(() => {
    // a moment ahead, so jobs the test enqueues at the real time are due
    clock = new Date(Date.now() + 1000);
  });

  it('runs a job once, with its payload and workspace, and records success', async () => {
    const seen: unknown[] = [];
    const r = runner([
      { kind: 't.ok', run: async (p, ctx) => void seen.push([p, ctx.workspaceId, ctx.attempt]) },
    ]);
    const id = await enqueueJob(database.db, 't.ok', { n: 1 }, { workspaceId: 'w1' });
    await r.tick();
    await r.drain();
    await r.tick();
    await r.drain();
    expect(seen).toEqual([[{ n: 1 }, 'w1', 1]]);
    expect(await job(id ?? '')).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      locked_by: null,
    });
  });

  it('retries a failing job after its backoff, then succeeds', async () => {
    let calls = 0;
    const r = runner([
      {
        kind: 't.flaky',
        backoffMs: (attempt) => attempt * 60_000,
        run: async () => {
          if (++calls < 3) throw new Error(`boom ${calls}`);
        },
      },
    ]);
    const id = (await enqueueJob(database.db, 't.flaky', {})) ?? '';
    await r.tick();
    await r.drain();
    const t0 = clock;
    expect(await job(id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      last_error: 'boom 1',
      run_at: at(t0, 60_000).toISOString(),
    });
    clock = at(t0, 59_999);
    expect(await r.tick()).toHaveLength(0); // not yet due
    clock = at(t0, 60_000);
    await r.tick();
    await r.drain();
    expect(await job(id)).toMatchObject({ attempts: 2, run_at: at(t0, 180_000).toISOString() });
    clock = at(t0, 180_000);
    await r.tick();
    await r.drain();
    expect(await job(id)).toMatchObject({ status: 'succeeded', attempts: 3 });
  });

  it('dead-letters a job whose attempts are spent, and at once on a permanent error', async () => {
    const r = runner([
      {
        kind: 't.broken',
        maxAttempts: 2,
        backoffMs: () => 0,
        run: async () => {
          throw new Error('still broken');
        },
      },
      {
        kind: 't.refused',
        run: async () => {
          throw new PermanentJobError('the address was refused');
        },
      },
    ]);
    const broken = (await enqueueJob(database.db, 't.broken', {})) ?? '';
    const refused = (await enqueueJob(database.db, 't.refused', {})) ?? '';
    for (let i = 0; i < 3; i++) {
      await r.tick();
      await r.drain();
    }
    expect(await job(broken)).toMatchObject({
      status: 'dead',
      attempts: 2,
      last_error: 'still broken',
    });
    expect(await job(refused)).toMatchObject({
      status: 'dead',
      attempts: 1,
      last_error: 'the address was refused',
    });
  });

  it('enqueues one job per dedup key while it is active, and a new one after it ended', async () => {
    const r = runner([{ kind: 't.dedup', run: async () => undefined }]);
    const first = await enqueueJob(database.db, 't.dedup', {}, { dedupKey: 'k' });
    expect(first).toBeTruthy();
    expect(await enqueueJob(database.db, 't.dedup', {}, { dedupKey: 'k' })).toBeNull();
    expect(await enqueueJob(database.db, 't.other', {}, { dedupKey: 'k' })).toBeTruthy();
    await r.tick();
    await r.drain();
    expect(await enqueueJob(database.db, 't.dedup', {}, { dedupKey: 'k' })).toBeTruthy();
  });

  it('a rolled-back transaction leaves no job behind', async () => {
    await expect(
      database.db.transaction().execute(async (tx) => {
        await enqueueJob(tx, 't.rollback', {});
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await jobsRepository.list(database.db, null, { kind: 't.rollback', limit: 5 })).toEqual(
      [],
    );
  });

  it('never runs more of a kind at once than its limit, across runners', async () => {
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const kind: JobKind = {
      kind: 't.limited',
      concurrency: 2,
      run: async () => {
        peak = Math.max(peak, ++running);
        await new Promise<void>((r) => release.push(r));
        running--;
      },
    };
    const a = runner([kind]);
    const b = runner([kind]);
    for (let i = 0; i < 5; i++) await enqueueJob(database.db, 't.limited', { i });
    expect((await a.tick()).length + (await b.tick()).length).toBe(2);
    expect((await a.tick()).length + (await b.tick()).length).toBe(0);
    release.splice(0).forEach((r) => r());
    await Promise.all([a.drain(), b.drain()]);
    expect((await b.tick()).length + (await a.tick()).length).toBe(2);
    release.splice(0).forEach((r) => r());
    await Promise.all([a.drain(), b.drain()]);
    await a.tick();
    release.splice(0).forEach((r) => r());
    await a.drain();
    expect(peak).toBe(2);
    const left = await jobsRepository.list(database.db, null, { kind: 't.limited', limit: 10 });
    expect(left.map((j) => j.status)).toEqual(Array(5).fill('succeeded'));
  });

  it('takes over a job whose runner stopped renewing its lease; the old runner cannot finish it', async () => {
    const seen: number[] = [];
    const kind: JobKind = {
      kind: 't.lease',
      leaseMs: 60_000,
      run: async (_p, c) => void seen.push(c.attempt),
    };
    const id = (await enqueueJob(database.db, 't.lease', {})) ?? '';
    // A runner that died right after claiming: it holds the lease and never renews it.
    const [held] = await jobsRepository.claim(database.db, 't.lease', {
      limit: 1,
      concurrency: 1,
      runnerId: 'elsewhere:1:dead',
      leaseMs: 60_000,
      now: clock,
    });
    expect(held?.id).toBe(id);
    const r = runner([kind]);
    expect(await r.tick()).toHaveLength(0);
    clock = at(clock, 60_000);
    await r.tick();
    await r.drain();
    expect(seen).toEqual([2]);
    expect(await job(id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(
      await jobsRepository.finish(database.db, id, 'elsewhere:1:dead', { status: 'succeeded' }),
    ).toBe(false);
  });

  it('takes over at once the jobs of a process on this host that is gone', async () => {
    const id = (await enqueueJob(database.db, 't.orphan', {})) ?? '';
    // No process has pid 2^22+1 (above Linux's pid_max).
    await jobsRepository.claim(database.db, 't.orphan', {
      limit: 1,
      concurrency: 1,
      runnerId: `${hostname()}:4194305:gone`,
      leaseMs: 3_600_000,
      now: clock,
    });
    const r = runner([{ kind: 't.orphan', run: async () => undefined }]);
    expect(await r.tick()).toHaveLength(0);
    expect(await r.recoverOrphans()).toBe(1);
    await r.tick();
    await r.drain();
    expect(await job(id)).toMatchObject({ status: 'succeeded' });
  });

  it('enqueues each due schedule once, at the cron time of its zone', async () => {
    const seen: string[] = [];
    const make = () => {
      const r = runner([
        { kind: 't.morning', run: async () => void seen.push(now().toISOString()) },
      ]);
      r.schedule({
        name: 't.morning',
        cron: '0 7 * * 1-5',
        timeZone: 'Asia/Shanghai',
        kind: 't.morning',
      });
      return r;
    };
    const a = make();
    const b = make();
    clock = new Date('2026-11-27T00:00:00Z');
    await a.syncSchedules();
    await b.syncSchedules();
    // Friday 08:00 in Shanghai: the next weekday 07:00 is Monday's, 23:00 UTC on Sunday.
    clock = new Date('2026-11-29T22:59:59Z');
    await a.tick();
    expect(seen).toEqual([]);
    clock = new Date('2026-11-29T23:00:05Z');
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.drain(), b.drain()]);
    await Promise.all([a.tick(), b.tick()]);
    await Promise.all([a.drain(), b.drain()]);
    expect(seen).toEqual(['2026-11-29T23:00:05.000Z']);
    const [row] = (await database.db.selectFrom('job_schedules').selectAll().execute()).filter(
      (s) => s.name === 't.morning',
    );
    expect(row).toMatchObject({
      next_run_at: '2026-11-30T23:00:00.000Z',
      last_run_at: '2026-11-29T23:00:00.000Z',
      time_zone: 'Asia/Shanghai',
    });
  });

  it('stops claiming on stop() and lets the running job finish', async () => {
    let finished = false;
    const r = runner([
      {
        kind: 't.slow',
        run: async () => {
          await new Promise((res) => setTimeout(res, 200));
          finished = true;
        },
      },
    ]);
    const id = (await enqueueJob(database.db, 't.slow', {})) ?? '';
    await r.tick();
    await r.stop(5_000);
    expect(finished).toBe(true);
    expect(await job(id)).toMatchObject({ status: 'succeeded' });
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('exactly once across processes on PostgreSQL', () => {
  let database: TestDatabase;
  const others: Database[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    for (const o of others) await o.destroy();
    await database.drop();
  });

  it('four runners on four connection pools run each of 300 jobs exactly once', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL ?? '');
    url.pathname = new URL(database.location).pathname;
    const runs = new Map<number, number>();
    const kind: JobKind<{ n: number }> = {
      kind: 't.once',
      concurrency: 8,
      run: async ({ n }) => {
        runs.set(n, (runs.get(n) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, Math.random() * 5));
      },
    };
    const runners = [0, 1, 2, 3].map(() => {
      const db = openDatabase(url.toString());
      others.push(db);
      const r = new JobRunner(db.db);
      r.define(kind);
      return r;
    });
    for (let n = 0; n < 300; n++) await enqueueJob(database.db, 't.once', { n });
    for (let round = 0; round < 200 && runs.size < 300; round++)
      await Promise.all(runners.map(async (r) => r.tick()));
    await Promise.all(runners.map((r) => r.drain()));
    expect(runs.size).toBe(300);
    expect([...runs.values()].every((v) => v === 1)).toBe(true);
  });
});
