import { describe, expect, it } from 'vitest';
import {
  canMove,
  checklistFor,
  INCIDENT_KINDS,
  minutesToFirstResponse,
  nextStatuses,
} from './incidents.ts';

describe('incident states', () => {
  it.each([
    ['monitoring', 'active', true],
    ['monitoring', 'closed', true],
    ['monitoring', 'contained', false],
    ['active', 'contained', true],
    ['active', 'monitoring', false],
    ['contained', 'active', true],
    ['contained', 'closed', true],
    ['closed', 'monitoring', true],
    ['closed', 'active', false],
    ['active', 'active', false],
  ] as const)('%s → %s: %s', (from, to, ok) => expect(canMove(from, to)).toBe(ok));

  it('lists where each state may go', () => {
    expect(nextStatuses('contained')).toEqual(['active', 'closed']);
  });
});

describe('checklists per kind', () => {
  it('every kind starts with the common steps, keys unique, both languages written', () => {
    for (const kind of INCIDENT_KINDS) {
      const list = checklistFor(kind);
      expect(list.slice(0, 4).map((i) => i.key)).toEqual([
        'owner',
        'facts',
        'holding',
        'customers',
      ]);
      expect(new Set(list.map((i) => i.key)).size).toBe(list.length);
      for (const i of list) {
        expect(i.en.length).toBeGreaterThan(10);
        expect(i.zh).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it.each([
    ['product_safety', 'recall'],
    ['data_security', 'authority'],
    ['political', 'embassy'],
    ['environmental', 'community'],
    ['labour_ethics', 'audit'],
  ] as const)('%s includes %s', (kind, key) =>
    expect(checklistFor(kind).map((i) => i.key)).toContain(key),
  );
});

describe('time to first response', () => {
  it.each([
    ['2026-11-30T08:00:00Z', null, null],
    ['2026-11-30T08:00:00Z', '2026-11-30T08:45:00Z', 45],
    ['2026-11-30T23:30:00Z', '2026-12-01T01:00:00Z', 90],
    ['2026-11-30T08:00:00Z', '2026-11-30T07:00:00Z', 0],
  ])('%s → %s: %s minutes', (seen, first, minutes) =>
    expect(minutesToFirstResponse(seen, first)).toBe(minutes),
  );
});
