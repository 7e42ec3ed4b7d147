import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import type { EventType } from '../../domain/events.ts';
import { DISPATCH_JOB, events, type DomainEvent } from './events.service.ts';

// A subscriber as an automation rule would register: interested only in the workspaces listed.
const wanting = new Map<string, Set<EventType>>();
const handled: { ws: string; events: DomainEvent[] }[] = [];
let asked = 0;
events.subscribe({
  name: 'test-recorder',
  interested: async (_db, ws) => {
    asked++;
    return wanting.get(ws) ?? new Set();
  },
  handle: async (_db, ws, evts) => {
    handled.push({ ws, events: evts });
  },
});

const csv = (n: number, tag: string) =>
  ['Company,Country', ...Array.from({ length: n }, (_, i) => `${tag} Company ${i},DE`)].join('\n');

describe.each(testDialects())('domain events on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const dispatchJobs = () =>
    ctx.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', DISPATCH_JOB)
      .where('workspace_id', '=', org.ws.id)
      .orderBy('id')
      .execute();
  const runJobs = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };

  it('writes nothing when no one listens, and one dispatch job per change when someone does', async () => {
    await ctx.client(org.admin).post('/customers', { name: 'Quiet GmbH', country: 'DE' });
    expect(await dispatchJobs()).toHaveLength(0);

    wanting.set(org.ws.id, new Set(['customer.created', 'customer.updated']));
    events.invalidate(org.ws.id);
    const res = await ctx
      .client(org.admin)
      .post('/customers', { name: 'Loud GmbH', country: 'DE' });
    expect(res.statusCode).toBe(201);
    const jobs = await dispatchJobs();
    expect(jobs).toHaveLength(1);
    const payload = JSON.parse(jobs[0]!.payload) as { events: DomainEvent[] };
    expect(payload.events).toHaveLength(1);
    expect(payload.events[0]).toMatchObject({
      type: 'customer.created',
      entityType: 'customer',
      entityId: res.json().id,
      action: 'create',
      actor: { userId: org.admin.user.id, kind: null },
    });
    expect(payload.events[0]!.changes.name).toEqual({ before: null, after: 'Loud GmbH' });

    await runJobs();
    expect(
      handled.filter((h) => h.ws === org.ws.id).flatMap((h) => h.events.map((e) => e.id)),
    ).toEqual([payload.events[0]!.id]);
  });

  it('rolls back with the change: a refused change leaves no job', async () => {
    const before = (await dispatchJobs()).length;
    const res = await ctx.client(org.admin).post('/customers', { name: '', country: 'DE' });
    expect(res.statusCode).toBe(400);
    expect(await dispatchJobs()).toHaveLength(before);
  });

  it('an import publishes one job per batch, asks once per batch at most, and says it finished', async () => {
    wanting.set(org.ws.id, new Set(['customer.created', 'import.finished']));
    events.invalidate(org.ws.id);
    const before = (await dispatchJobs()).length;
    asked = 0;
    const res = await ctx.upload(
      org.admin,
      '/imports',
      { name: 'big.csv', content: csv(6000, 'Batch') },
      { entity: 'customers' },
    );
    expect(res.statusCode).toBe(202);
    await ctx.imports.wait(res.json().id);
    const jobs = (await dispatchJobs()).slice(before);
    // 6,000 rows in batches of 5,000: two batches, then the end of the import.
    expect(jobs).toHaveLength(3);
    const all = jobs.flatMap((j) => (JSON.parse(j.payload) as { events: DomainEvent[] }).events);
    const finished = all.find((e) => e.type === 'import.finished');
    expect(finished?.changes).toMatchObject({
      status: { after: 'done' },
      rowsDone: { after: 6000 },
    });
    // Near-identical names fold into one customer: every customer the import created is an event.
    const created = finished?.changes.created?.after;
    expect(created).toBeGreaterThan(1000);
    expect(all.filter((e) => e.type === 'customer.created')).toHaveLength(created as number);
    expect(asked).toBeLessThanOrEqual(3);
  });

  it('an import with no listener adds no job', async () => {
    wanting.delete(org.ws.id);
    events.invalidate(org.ws.id);
    const before = (await dispatchJobs()).length;
    asked = 0;
    const res = await ctx.upload(
      org.admin,
      '/imports',
      { name: 'quiet.csv', content: csv(200, 'Quiet') },
      { entity: 'customers' },
    );
    await ctx.imports.wait(res.json().id);
    expect(await dispatchJobs()).toHaveLength(before);
    expect(asked).toBeLessThanOrEqual(1);
  });
});
