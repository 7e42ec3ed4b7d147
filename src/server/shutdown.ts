/**
 * Ordered shutdown for `chuhai serve`. On SIGTERM or SIGINT the closers run one after another in
 * the order they were added, each awaited, then `last` (the database, which every closer before
 * it may still need), then the process exits: 0 when every step finished, 1 when one failed.
 * A second signal while closing exits at once with 1 (an impatient Ctrl-C twice).
 *
 * To stop more work on the way out, add a closer where it belongs in that order, e.g. after the
 * HTTP server (no new jobs are queued by requests once it has closed):
 *
 *   shutdown.add('job runner', () => runner.stop()); // resolves when its current batch is done
 */
export class Shutdown {
  private readonly closers: { name: string; close: () => Promise<void> | void }[] = [];
  private started = false;

  constructor(
    private readonly opts: {
      /** the step every closer may need, run after them all */
      last: { name: string; close: () => Promise<void> };
      log: (line: string) => void;
      exit: (code: number) => void;
    },
  ) {}

  add(name: string, close: () => Promise<void> | void): void {
    this.closers.push({ name, close });
  }

  /** Runs the closers on SIGTERM (service managers, `docker stop`) and SIGINT (Ctrl-C). */
  listen(): void {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.on(signal, () => void this.run(signal));
    }
  }

  async run(reason: string): Promise<void> {
    if (this.started) {
      this.opts.log(`${reason} again: exiting without waiting`);
      return this.opts.exit(1);
    }
    this.started = true;
    this.opts.log(`${reason}: shutting down`);
    let failed = false;
    for (const step of [...this.closers, this.opts.last]) {
      try {
        await step.close();
      } catch (err) {
        failed = true;
        this.opts.log(`shutdown: ${step.name} failed: ${(err as Error).message}`);
      }
    }
    this.opts.log(failed ? 'shutdown: done with errors' : 'shutdown: done');
    this.opts.exit(failed ? 1 : 0);
  }
}

/**
 * Closes the HTTP server: no new connections, requests in flight answered (Fastify's `close`).
 * A keep-alive connection (browsers, proxies) would stay open after its answer, so connections
 * are closed as soon as they fall idle; Fastify answers a request that still arrives on one
 * with 503 and `Connection: close`. After `graceMs` the connections still busy are cut, so a
 * stuck upload cannot hold the shutdown past the service manager's kill timeout.
 */
export async function closeHttp(
  app: {
    close(): Promise<unknown>;
    server: { closeIdleConnections(): void; closeAllConnections(): void };
  },
  graceMs: number,
  log: (line: string) => void,
): Promise<void> {
  const idle = setInterval(() => app.server.closeIdleConnections(), 50);
  const force = setTimeout(() => {
    log(`shutdown: requests still open after ${graceMs} ms; closing their connections`);
    app.server.closeAllConnections();
  }, graceMs);
  try {
    await app.close();
  } finally {
    clearInterval(idle);
    clearTimeout(force);
  }
}
