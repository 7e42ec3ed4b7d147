import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { WebhookReceiver } from '../../../test/support/webhook-receiver.ts';
import { RETRY_WAITS_MS } from '../../domain/webhooks/retries.ts';
import { dnsResolver, type Address } from './resolver.ts';

const dns = new Map<string, Address[]>();
const resolve = async (host: string) => dns.get(host) ?? dnsResolver(host);

describe.each(testDialects())('webhook deliveries on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let receiver: WebhookReceiver;
  let clock = new Date();
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, {
      container: { jobs: { now: () => clock }, webhooks: { resolve } },
    });
    org = await salesOrg(ctx);
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await receiver.close();
    await ctx.close();
  });
  beforeEach(() => {
    clock = new Date();
    receiver.status = 200;
    receiver.requests.length = 0;
  });

  const admin = () => ctx.client(org.admin);
  /**
   * Runs every due job (dispatches, then deliveries) until none is due. Jobs are enqueued at the
   * wall clock, so the test clock never stays behind it.
   */
  const runDue = async () => {
    const runner = ctx.services.jobs.runner;
    const catchUp = () => {
      if (clock.getTime() < Date.now()) clock = new Date();
    };
    for (catchUp(); (await runner.tick()).length; catchUp()) await runner.drain();
  };
  const newHook = async (eventTypes: string[], path = '/hook') => {
    const res = await admin().post('/webhooks', {
      url: receiver.url(path),
      eventTypes,
      allowPrivateNetwork: true,
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; secret: string }>();
  };
  const disable = (id: string) => admin().patch(`/webhooks/${id}`, { enabled: false });
  const deliveries = async (id: string) =>
    (await admin().get(`/webhooks/${id}/deliveries`)).json().items as {
      id: string;
      status: string;
      attempts: number;
      eventType: string;
      eventId: string;
      nextAttemptAt: string | null;
      updatedAt: string;
      responseStatus: number | null;
      error: string | null;
    }[];
  const deliverJob = (deliveryId: string) =>
    ctx.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'webhook.deliver')
      .where('payload', 'like', `%${deliveryId}%`)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();

  it('a customer created through the API is delivered once, signed as Standard Webhooks says', async () => {
    const hook = await newHook(['customer.created', 'customer.updated']);
    const res = await admin().post('/customers', { name: 'Signed Ltd', country: 'GB' });
    expect(res.statusCode).toBe(201);
    await runDue();
    const log = await deliveries(hook.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      eventType: 'customer.created',
      status: 'succeeded',
      attempts: 1,
    });
    expect(receiver.requests).toHaveLength(1);
    const [got] = receiver.requests;
    const verified = new Webhook(hook.secret).verify(got!.body, WebhookReceiver.signed(got!));
    expect(verified).toMatchObject({
      type: 'customer.created',
      data: { id: res.json().id, entityType: 'customer', action: 'create' },
    });
    expect(got!.headers['webhook-id']).toBe(log[0]!.eventId);
    // Tampering is caught: another body, or a body signed with another secret.
    expect(() =>
      new Webhook(hook.secret).verify(
        got!.body.replace('Signed', 'Forged'),
        WebhookReceiver.signed(got!),
      ),
    ).toThrow();
    await disable(hook.id);
  });

  it('an import makes one dispatch per batch and one delivery per created customer', async () => {
    const hook = await newHook(['customer.created', 'import.finished'], '/import');
    const dispatches = async () =>
      (
        await ctx.db
          .selectFrom('jobs')
          .select('id')
          .where('kind', '=', 'events.dispatch')
          .where('workspace_id', '=', org.ws.id)
          .execute()
      ).length;
    const before = await dispatches();
    const csv = 'Company,Country\nAlpha Pumps,DE\nBeta Valves,FR\nGamma Seals,IT\n';
    const res = await ctx.upload(
      org.admin,
      '/imports',
      { name: 'three.csv', content: csv },
      {
        entity: 'customers',
      },
    );
    await ctx.imports.wait(res.json().id);
    // One batch, then the import's end: two dispatch jobs, not one per row.
    expect((await dispatches()) - before).toBe(2);
    await runDue();
    const log = await deliveries(hook.id);
    expect(log.map((d) => d.eventType).sort()).toEqual([
      'customer.created',
      'customer.created',
      'customer.created',
      'import.finished',
    ]);
    expect(receiver.requests).toHaveLength(4);
    await disable(hook.id);
  });

  it('retries on the schedule, then disables the endpoint with a reason and an audit entry', async () => {
    const hook = await newHook(['customer.created']);
    receiver.status = 500;
    await admin().post('/customers', { name: 'Retry GmbH', country: 'DE' });
    await runDue();
    const [d] = await deliveries(hook.id);
    for (const [i, wait] of RETRY_WAITS_MS.entries()) {
      const job = await deliverJob(d!.id);
      expect(job.attempts).toBe(i + 1);
      // The wait is counted from the failed attempt's end, on the injected clock.
      expect(Date.parse(job.run_at) - Date.parse(job.updated_at)).toBe(wait);
      const [now] = await deliveries(hook.id);
      expect(now).toMatchObject({ status: 'pending', attempts: i + 1, responseStatus: 500 });
      expect(Date.parse(now!.nextAttemptAt!) - Date.parse(now!.updatedAt)).toBe(wait);
      clock = new Date(job.run_at);
      await runDue();
    }
    const [last] = await deliveries(hook.id);
    expect(last).toMatchObject({ status: 'failed', attempts: 8, nextAttemptAt: null });
    expect((await deliverJob(d!.id)).status).toBe('dead');
    expect(receiver.requests).toHaveLength(8);
    // Every attempt carries the same message id.
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id']))).toEqual(
      new Set([d!.eventId]),
    );
    const after = (await admin().get(`/webhooks/${hook.id}`)).json();
    expect(after).toMatchObject({ enabled: false, disabledReason: 'attempts_exhausted' });
    const audit = (await admin().get(`/audit-log?entityId=${hook.id}`)).json().items[0];
    expect(audit).toMatchObject({ action: 'update', actorId: null });
  });

  it('410 Gone disables at once; enabling again clears the reason; redelivery sends the same id', async () => {
    const hook = await newHook(['customer.created'], '/gone');
    receiver.status = 410;
    await admin().post('/customers', { name: 'Gone Inc', country: 'US' });
    await runDue();
    const [d] = await deliveries(hook.id);
    expect(d).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 410 });
    expect((await admin().get(`/webhooks/${hook.id}`)).json()).toMatchObject({
      enabled: false,
      disabledReason: 'gone',
    });
    // A disabled endpoint gets nothing new, and its deliveries are not sent again.
    await admin().post('/customers', { name: 'Gone Again Inc', country: 'US' });
    await runDue();
    expect(await deliveries(hook.id)).toHaveLength(1);
    expect((await admin().post(`/webhook-deliveries/${d!.id}/redeliver`)).statusCode).toBe(409);

    const on = await admin().patch(`/webhooks/${hook.id}`, { enabled: true });
    expect(on.json()).toMatchObject({ enabled: true, disabledReason: null, failureCount: 0 });
    receiver.status = 200;
    const again = await admin().post(`/webhook-deliveries/${d!.id}/redeliver`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: d!.id, status: 'succeeded', attempts: 2 });
    expect(receiver.requests.at(-1)!.headers['webhook-id']).toBe(d!.eventId);
    await disable(hook.id);
  });

  it('the test button sends webhook.test now and answers the delivery', async () => {
    const hook = await newHook(['order.created']);
    const res = await admin().post(`/webhooks/${hook.id}/test`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ eventType: 'webhook.test', status: 'succeeded' });
    expect(res.json().requestHeaders['webhook-signature']).toMatch(/^v1,/);
    const body = new Webhook(hook.secret).verify(
      receiver.requests[0]!.body,
      WebhookReceiver.signed(receiver.requests[0]!),
    );
    expect(body).toMatchObject({ type: 'webhook.test' });
    await disable(hook.id);
  });

  it('during a rotation both secrets verify; after a day only the new one signs', async () => {
    const hook = await newHook(['order.created']);
    const rotated = (await admin().post(`/webhooks/${hook.id}/rotate-secret`)).json();
    await admin().post(`/webhooks/${hook.id}/test`);
    const got = receiver.requests[0]!;
    expect(String(got.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [hook.secret, rotated.secret])
      expect(new Webhook(secret).verify(got.body, WebhookReceiver.signed(got))).toBeTruthy();
    clock = new Date(clock.getTime() + 25 * 3_600_000);
    await admin().post(`/webhooks/${hook.id}/test`);
    expect(String(receiver.requests[1]!.headers['webhook-signature']).split(' ')).toHaveLength(1);
    await disable(hook.id);
  });

  it('re-checks the address at every attempt: a DNS answer turned private is refused', async () => {
    dns.set('rebind.example.com', [{ address: '93.184.216.34', family: 4 }]);
    const created = await admin().post('/webhooks', {
      url: 'https://rebind.example.com/hook',
      eventTypes: ['customer.created'],
    });
    expect(created.statusCode).toBe(201);
    dns.set('rebind.example.com', [{ address: '127.0.0.1', family: 4 }]);
    await admin().post('/customers', { name: 'Rebind SA', country: 'FR' });
    await runDue();
    const [d] = await deliveries(created.json().id);
    expect(d).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(d!.error).toContain('not a public address');
    expect(receiver.requests).toHaveLength(0);
    await disable(created.json().id);
  });

  it('the nightly prune drops ended deliveries after 30 days and keeps pending ones', async () => {
    const count = async () =>
      (
        await ctx.db
          .selectFrom('webhook_deliveries')
          .select(['status'])
          .where('workspace_id', '=', org.ws.id)
          .execute()
      ).map((r) => r.status);
    const before = await count();
    expect(before.length).toBeGreaterThan(3);
    clock = new Date(Date.now() + 32 * 24 * 3_600_000);
    const prune = ctx.services.webhooks.jobKinds().find((k) => k.kind === 'webhooks.prune');
    await prune!.run(undefined as never, {} as never);
    expect(await count()).toEqual(before.filter((s) => s === 'pending'));
  });
});
