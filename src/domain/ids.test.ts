import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('newId (UUIDv7)', () => {
  it('is a version-7, variant-10 UUID that encodes the time', () => {
    const before = Date.now();
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('is unique and strictly increasing across 200,000 ids made in a burst', () => {
    const ids = Array.from({ length: 200_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) {
      if (!((ids[i] ?? '') > (ids[i - 1] ?? '')))
        throw new Error(`not increasing at ${i}: ${ids[i - 1]} ${ids[i]}`);
    }
  });
});
