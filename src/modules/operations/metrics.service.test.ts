import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.service.ts';

describe('metrics', () => {
  it('lets a module add a gauge read at each scrape; series it no longer reports disappear', async () => {
    const metrics = new Metrics();
    let counts = [
      { kind: 'import', status: 'queued', n: 3 },
      { kind: 'import', status: 'failed', n: 1 },
    ];
    metrics.gauge(
      'chuhai_jobs',
      'Background jobs by kind and status',
      ['kind', 'status'],
      async () => counts.map((c) => ({ labels: { kind: c.kind, status: c.status }, value: c.n })),
    );
    const first = (await metrics.render()).body;
    expect(first).toContain('# TYPE chuhai_jobs gauge');
    expect(first).toContain('chuhai_jobs{kind="import",status="queued"} 3');
    expect(first).toContain('chuhai_jobs{kind="import",status="failed"} 1');

    counts = [{ kind: 'import', status: 'queued', n: 0 }];
    const second = (await metrics.render()).body;
    expect(second).toContain('chuhai_jobs{kind="import",status="queued"} 0');
    expect(second).not.toContain('status="failed"');
  });

  it('answers a scrape when one gauge fails, and counts the failure', async () => {
    const metrics = new Metrics();
    metrics.gauge('chuhai_broken', 'Fails to collect', [], async () => {
      throw new Error('database gone');
    });
    metrics.gauge('chuhai_fine', 'Collects', [], async () => [{ labels: {}, value: 7 }]);
    const text = (await metrics.render()).body;
    expect(text).toContain('chuhai_fine 7');
    expect(text).not.toMatch(/^chuhai_broken /m);
    expect(text).toContain('chuhai_metrics_collect_errors_total{metric="chuhai_broken"} 1');
  });

  it('keeps each app’s metrics apart (one registry per container, not the global one)', async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.observeRequest('GET', '/healthz', 200, 0.001);
    expect((await a.render()).body).toContain('route="/healthz"');
    expect((await b.render()).body).not.toContain('route="/healthz"');
  });
});
