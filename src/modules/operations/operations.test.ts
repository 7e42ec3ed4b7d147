import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  testDialects,
  type TestDatabase,
} from '../../../test/support/databases.ts';
import { TestContext, type Actor } from '../../../test/support/context.ts';
import { buildApp } from '../../app/http-app.ts';
import { createContainer } from '../../app/container.ts';
import type { App } from '../../http/types.ts';

const TOKEN = 'metrics-token-0123456789';

/** An app over `database` as `chuhai serve` builds it: the pool passed in, metrics on. */
async function appOver(database: TestDatabase): Promise<App> {
  const container = createContainer(database.db, { uploadsDir: null, pool: database.pool });
  return buildApp({
    db: database.db,
    container,
    secret: 'test-secret-test-secret-test-secret',
    webDist: '/nonexistent',
    metricsToken: TOKEN,
  });
}

describe.each(testDialects())('operations endpoints on %s', (dialect) => {
  let ctx: TestContext;
  let admin: Actor;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    admin = await ctx.newUser((await ctx.newWorkspace()).id, 'admin');
  });
  afterAll(() => ctx.close());

  it('answers /healthz and /readyz without signing in, at the root', async () => {
    const health = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok' });
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/healthz' })).statusCode).toBe(401);
  });

  it('is not ready while a migration is pending', async () => {
    const older = await createTestDatabase(dialect, '0022_working_weekend');
    const app = await appOver(older);
    try {
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 503,
        title: 'Service unavailable',
        // every later migration is listed too, oldest first
        detail: expect.stringMatching(
          /^\d+ database migration\(s\) pending: 0023_open_follow_up_indexes/,
        ),
        requestId: res.headers['x-request-id'],
      });
      // Alive all the same: a restart would not help.
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await older.drop();
    }
  });

  it('is not ready when the database does not answer, and says no more than that', async () => {
    const gone = await createTestDatabase(dialect);
    const app = await appOver(gone);
    await gone.destroy();
    try {
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().detail).toBe('The database does not answer');
    } finally {
      await app.close();
      await gone.drop().catch(() => {}); // already destroyed; only PostgreSQL's drop remains
    }
  });

  it('hides /metrics without a configured token', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('serves Prometheus metrics to the token only, labelled by route pattern', async () => {
    const database = await createTestDatabase(dialect);
    const app = await appOver(database);
    try {
      const id = crypto.randomUUID();
      const auth = { authorization: `Bearer ${admin.token}` };
      // The user is in the other database: any /api/v1 answer will do, a 401 here.
      await app.inject({ method: 'GET', url: `/api/v1/customers/${id}`, headers: auth });
      await app.inject({ method: 'GET', url: `/no-such-page-${id}` });

      const scrape = (authorization?: string) =>
        app.inject({
          method: 'GET',
          url: '/metrics',
          headers: authorization ? { authorization } : {},
        });
      expect((await scrape()).statusCode).toBe(401);
      const wrong = await scrape(`Bearer ${TOKEN}x`);
      expect(wrong.statusCode).toBe(401);
      expect(wrong.headers['www-authenticate']).toBe('Bearer');
      expect((await scrape(TOKEN)).statusCode).toBe(401); // not as a bearer token

      const res = await scrape(`Bearer ${TOKEN}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/plain; version=0.0.4');
      const text = res.body;
      expect(text).toContain(
        'chuhai_http_requests_total{method="GET",route="/api/v1/customers/:id",status_code="401"} 1',
      );
      expect(text).toContain('route="(unmatched)",status_code="404"');
      expect(text).toContain('chuhai_http_request_duration_seconds_bucket{le="0.005",');
      expect(text).not.toContain(id);
      expect(text).toContain('process_cpu_user_seconds_total');
      expect(text).toContain('nodejs_eventloop_lag_seconds');
      if (dialect === 'postgres') {
        expect(text).toMatch(/^chuhai_db_pool_connections [1-9]\d*$/m);
        expect(text).toMatch(/^chuhai_db_pool_idle \d+$/m);
        expect(text).toMatch(/^chuhai_db_pool_waiting 0$/m);
      } else {
        expect(text).not.toContain('chuhai_db_pool');
      }
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
