import { afterEach } from 'vitest';
import { takeBrowserLog } from './browser-log.ts';

// A failed browser test prints what its pages said (API errors, console errors) so a CI log
// shows the cause, not only the locator that timed out.
afterEach(({ task }) => {
  const log = takeBrowserLog();
  if (task.result?.state !== 'fail' || log.length === 0) return;
  console.error(`What the pages said during "${task.name}":\n  ${log.join('\n  ')}`);
});
