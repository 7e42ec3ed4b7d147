import { describe, expect, it } from 'vitest';
import { closeHttp, Shutdown } from './shutdown.ts';

function recorder() {
  const steps: string[] = [];
  const exits: number[] = [];
  const lines: string[] = [];
  const shutdown = new Shutdown({
    last: { name: 'database', close: async () => void steps.push('database') },
    log: (line) => lines.push(line),
    exit: (code) => void exits.push(code),
  });
  return { steps, exits, lines, shutdown };
}

describe('shutdown', () => {
  it('runs the closers one at a time in the order added, the database last, then exits 0', async () => {
    const { steps, exits, shutdown } = recorder();
    shutdown.add('http', async () => {
      await new Promise((done) => setTimeout(done, 20));
      steps.push('http');
    });
    shutdown.add('upload sweep', () => void steps.push('upload sweep'));
    shutdown.add('job runner', async () => void steps.push('job runner'));
    await shutdown.run('SIGTERM');
    expect(steps).toEqual(['http', 'upload sweep', 'job runner', 'database']);
    expect(exits).toEqual([0]);
  });

  it('still closes the rest when one closer fails, and exits 1', async () => {
    const { steps, exits, lines, shutdown } = recorder();
    shutdown.add('http', () => {
      throw new Error('boom');
    });
    shutdown.add('upload sweep', () => void steps.push('upload sweep'));
    await shutdown.run('SIGINT');
    expect(steps).toEqual(['upload sweep', 'database']);
    expect(lines).toContain('shutdown: http failed: boom');
    expect(exits).toEqual([1]);
  });

  it('exits at once on a second signal', async () => {
    const { exits, shutdown } = recorder();
    let release!: () => void;
    shutdown.add('http', () => new Promise<void>((done) => (release = done)));
    const first = shutdown.run('SIGINT');
    await shutdown.run('SIGINT');
    expect(exits).toEqual([1]);
    release();
    await first;
  });

  it('cuts the connections still open after the grace period', async () => {
    const calls: string[] = [];
    let closed!: () => void;
    const app = {
      close: () => new Promise<void>((done) => (closed = done)),
      server: {
        closeIdleConnections: () => {},
        closeAllConnections: () => {
          calls.push('closeAll');
          closed();
        },
      },
    };
    await closeHttp(app, 30, (line) => calls.push(line));
    expect(calls).toEqual([
      'shutdown: requests still open after 30 ms; closing their connections',
      'closeAll',
    ]);
  });
});
