import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats } from '../../db/database.ts';

/** One sample of a collected gauge: its labels (named in `labelNames`) and its value now. */
export interface GaugeSample<L extends string = string> {
  labels: Partial<Record<L, string | number>>;
  value: number;
}

const REQUEST_LABELS = ['method', 'route', 'status_code'] as const;
type RequestLabel = (typeof REQUEST_LABELS)[number];

/** The route label of a request no route matched (404s, the web app's client-side routes). */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * The app's Prometheus metrics, served by `GET /metrics` (operations.routes.ts).
 *
 * One `Registry` per container, never prom-client's global one: a test file builds many apps,
 * and the global registry would refuse the second registration of every metric.
 *
 * Another module adds a gauge through `gauge()`, wired in the composition root
 * (src/app/container.ts), e.g. the job queue:
 *
 *   metrics.gauge('chuhai_jobs', 'Background jobs by kind and status', ['kind', 'status'],
 *     async () => (await jobs.counts()).map((c) => ({ labels: { kind: c.kind, status: c.status }, value: c.count })));
 *
 * `collect` runs on every scrape (every 15–60 s), so keep it to one cheap query, and take label
 * values only from closed sets (kinds, statuses), never ids or user input: each distinct label
 * set is a series Prometheus keeps. Series missing from a collect disappear from the output. A
 * collect that throws leaves its gauge empty for that scrape and counts
 * `chuhai_metrics_collect_errors_total{metric}`; the rest of the scrape still answers.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<RequestLabel>;
  private readonly duration: Histogram<RequestLabel>;
  private readonly collectErrors: Counter<'metric'>;
  private readonly collectors: (() => Promise<void>)[] = [];
  private defaultsOn = false;

  constructor(opts: { pool?: PoolStats } = {}) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'chuhai_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code',
      labelNames: REQUEST_LABELS,
      registers,
    });
    this.duration = new Histogram({
      name: 'chuhai_http_request_duration_seconds',
      help: 'Time from receiving a request to sending its response, by route pattern',
      labelNames: REQUEST_LABELS,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.collectErrors = new Counter({
      name: 'chuhai_metrics_collect_errors_total',
      help: 'Scrapes in which a gauge could not be collected, by gauge',
      labelNames: ['metric'],
      registers,
    });
    const pool = opts.pool;
    if (pool) {
      const read = (value: () => number) => async () => [{ labels: {}, value: value() }];
      this.gauge(
        'chuhai_db_pool_connections',
        'PostgreSQL pool connections, open',
        [],
        read(() => pool.totalCount),
      );
      this.gauge(
        'chuhai_db_pool_idle',
        'PostgreSQL pool connections open and idle',
        [],
        read(() => pool.idleCount),
      );
      this.gauge(
        'chuhai_db_pool_waiting',
        'Queries waiting for a free PostgreSQL pool connection',
        [],
        read(() => pool.waitingCount),
      );
    }
  }

  /** Counts one answered request; `route` is the route pattern, never the raw URL. */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    const labels = { method, route, status_code: statusCode };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
  }

  /** Adds a gauge whose samples `collect` reads at each scrape (see the class comment). */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: () => Promise<GaugeSample<L>[]>,
  ): void {
    const gauge = new Gauge<L>({ name, help, labelNames, registers: [this.registry] });
    this.collectors.push(async () => {
      try {
        const samples = await collect();
        gauge.reset();
        for (const s of samples) gauge.set(s.labels, s.value);
      } catch {
        gauge.reset();
        // A gauge without labels would still print 0 after a reset: no value beats a false one.
        gauge.remove({});
        this.collectErrors.inc({ metric: name });
      }
    });
  }

  /** The exposition text. Process metrics start with the first scrape, so apps never scraped
   * (tests, the CLI) start no event-loop or GC observers. */
  async render(): Promise<{ contentType: string; body: string }> {
    if (!this.defaultsOn) {
      collectDefaultMetrics({ register: this.registry });
      this.defaultsOn = true;
    }
    // Collected here, before rendering, so a failure shows in this scrape's error counter.
    await Promise.all(this.collectors.map((refresh) => refresh()));
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
