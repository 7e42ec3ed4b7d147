#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx so a fresh clone needs no build step for the server.
import { register } from 'tsx/esm/api';

register();
// `chuhai holidays DE | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
