import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { ScheduledBackups } from '../../config.ts';
import type { JobKind } from '../jobs/job-kind.ts';

const BIN = resolve(import.meta.dirname, '../../../bin/chuhai.js');

/**
 * The scheduled backup runs `chuhai backup --out-dir DIR --keep N` as a child process with the
 * server's environment: SQLite's one-step online copy holds its connection for the whole copy
 * (about 0.85 s per 127 MB), which in the server's own process would stall every request.
 */
export function scheduledBackupKind(b: ScheduledBackups): JobKind {
  return {
    kind: 'backup.scheduled',
    maxAttempts: 3,
    leaseMs: 30 * 60_000,
    run: (_payload, ctx) =>
      new Promise<void>((done, fail) => {
        const child = spawn(
          process.execPath,
          [BIN, 'backup', '--out-dir', b.dir, '--keep', String(b.keep)],
          { env: process.env, stdio: ['ignore', 'ignore', 'pipe'], signal: ctx.signal },
        );
        let err = '';
        child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
        child.on('error', fail);
        child.on('exit', (code) =>
          code === 0 ? done() : fail(new Error(err.trim() || `backup exited with ${code}`)),
        );
      }),
  };
}
