import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** A merge left half-done must not land: conflict markers fail the suite, not a reader. */
describe('the tree', () => {
  it('holds no merge conflict markers', () => {
    let found = '';
    try {
      // -I skips binary files; git grep reads only tracked files.
      found = execFileSync('git', ['grep', '-nI', '-E', '^(<{7}|>{7}) '], {
        encoding: 'utf8',
      });
    } catch (err) {
      // exit status 1: nothing found
      if ((err as { status?: number }).status !== 1) throw err;
    }
    expect(found).toBe('');
  });
});
