// The static checks of `npm test`, run side by side: two type-checks, type-aware ESLint and
// Prettier are each single-threaded, so on a 2-core machine running them together takes about
// half as long as one after another. Each check's output is printed whole when it ends.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = (name: string) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);
const CHECKS: [name: string, command: string, args: string[]][] = [
  ['typecheck (server)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['typecheck (web)', bin('tsc'), ['--noEmit', '-p', 'web/tsconfig.json']],
  ['eslint', bin('eslint'), ['.']],
  ['prettier', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
];

function run([name, command, args]: (typeof CHECKS)[number]): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const verdict = code === 0 ? 'passed' : `FAILED (exit ${code})`;
      process.stdout.write(`${output}check: ${name} ${verdict} in ${seconds} s\n`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(CHECKS.map(run));
process.exitCode = results.every(Boolean) ? 0 : 1;
