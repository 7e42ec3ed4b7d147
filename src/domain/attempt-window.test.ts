import { describe, expect, it } from 'vitest';
import { AttemptWindow } from './attempt-window.ts';

describe('AttemptWindow', () => {
  it('blocks the 11th failure within a minute and frees the address a minute later', () => {
    let now = 1_000_000;
    const t = new AttemptWindow(10, 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(t.retryAfter('1.2.3.4')).toBe(0);
      t.record('1.2.3.4');
      now += 1000;
    }
    expect(t.retryAfter('1.2.3.4')).toBeGreaterThan(0);
    expect(t.retryAfter('5.6.7.8')).toBe(0);
    now += 60_000;
    expect(t.retryAfter('1.2.3.4')).toBe(0);
  });
});
