import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../business-calendar.ts';
import { reasonText } from '../explain.ts';
import type { Correction, CorrectionFile } from './types.ts';

const source = {
  short: 'Test Act § 1',
  title: 'Test Act',
  date: '2020-01-01',
  url: 'https://example.gov/test-act',
  checked: 'table test',
};
const file = (corrections: Omit<Correction, 'source' | 'name'>[]): CorrectionFile[] => [
  {
    country: 'DE',
    year: 2026,
    reviewed: 'test',
    corrections: corrections.map((c) => ({ ...c, name: { en: 'Fixed', zh: '更正' }, source })),
  },
];

// Germany 2026 as the base: Wed 7 Jan is an ordinary day, Fri 25 Dec Christmas, Sat 10 Jan weekend.
const KINDS: [string, Omit<Correction, 'source' | 'name'>, string, boolean, string | undefined][] =
  [
    ['span closes a weekday', { kind: 'span', date: '2026-01-07' }, '2026-01-07', false, undefined],
    [
      'substitute closes a weekday',
      { kind: 'substitute', date: '2026-01-07' },
      '2026-01-07',
      false,
      undefined,
    ],
    [
      'abolished opens a library holiday',
      { kind: 'abolished', date: '2026-12-25' },
      '2026-12-25',
      true,
      undefined,
    ],
    [
      'abolished keeps a weekend closed',
      { kind: 'abolished', date: '2026-12-26' },
      '2026-12-26',
      false,
      undefined,
    ],
    [
      'moved opens the old date',
      { kind: 'moved', date: '2026-01-07', from: '2026-12-25' },
      '2026-12-25',
      true,
      undefined,
    ],
    [
      'moved closes the new date',
      { kind: 'moved', date: '2026-01-07', from: '2026-12-25' },
      '2026-01-07',
      false,
      undefined,
    ],
    [
      'half-day stays working, closing early',
      { kind: 'half-day', date: '2026-01-07', closesAt: '12:00' },
      '2026-01-07',
      true,
      '12:00',
    ],
    [
      'business Saturday opens a weekend',
      { kind: 'business-saturday', date: '2026-01-10' },
      '2026-01-10',
      true,
      undefined,
    ],
  ];

describe('each correction kind', () => {
  it.each(KINDS)('%s', (_label, correction, date, working, closesAt) => {
    const cal = new BusinessCalendar('DE', null, { correctionFiles: file([correction]) });
    const s = cal.status(date);
    expect(s.working).toBe(working);
    expect(s.closesAt).toBe(closesAt);
    const cited = s.reasons.find((r) => r.kind === 'correction');
    expect(cited).toBeDefined();
    if (cited) expect(reasonText(cited).en).toContain('Test Act § 1');
  });

  it('says the source in Chinese too', () => {
    const cal = new BusinessCalendar('DE', null, {
      language: 'zh',
      correctionFiles: file([{ kind: 'half-day', date: '2026-01-07', closesAt: '14:00' }]),
    });
    const r = cal.status('2026-01-07').reasons[0];
    expect(r && reasonText(r).zh).toBe('更正，14:00 起休息（依据：Test Act § 1）');
  });

  it("the workspace's own day still wins over a correction", () => {
    const cal = new BusinessCalendar('DE', null, {
      correctionFiles: file([{ kind: 'span', date: '2026-01-07' }]),
      overrides: [{ date: '2026-01-07', name: 'We work', kind: 'working_day' }],
    });
    expect(cal.isBusinessDay('2026-01-07')).toBe(true);
  });
});
