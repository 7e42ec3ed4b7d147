import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo.ts';
import { commonPasswords } from './password-policy.ts';

describe('the shipped common-password list', () => {
  it('holds at least 10,000 lower-case passwords, the long common ones among them', () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    for (const p of ['123456', 'password', 'qwertyuiop', '1234567890', 'password123'])
      expect(list.has(p), p).toBe(true);
    expect([...list].every((p) => p === p.toLowerCase())).toBe(true);
  });

  it('does not hold the passwords tests and the demo use', () => {
    for (const p of ['correct-horse-battery', 'a-long-password', DEMO_PASSWORD])
      expect(commonPasswords().has(p), p).toBe(false);
  });
});
