import { describe, expect, it } from 'vitest';
import { ALMATY, DUBAI, MUNICH, SAO_PAULO, SHANGHAI } from './sites-2026.fixture.ts';
import { stallPeriods, stallWarnings } from './stall-periods.ts';

describe('stall periods of an office’s country in 2026', () => {
  it.each([
    ['Dubai: Ramadan', 'AE', DUBAI, ['ramadan 2026-02-18..2026-03-19']],
    [
      'Almaty: Ramadan, then Nauryz from the calendar',
      'KZ',
      ALMATY,
      ['ramadan 2026-02-18..2026-03-19', 'nowruz 2026-03-21..2026-03-24'],
    ],
    [
      'Munich: Christmas–New Year both ends of the year, no August (not southern Europe)',
      'DE',
      MUNICH,
      ['christmas 2025-12-24..2026-01-01', 'christmas 2026-12-24..2027-01-01'],
    ],
    [
      'São Paulo: Christmas–New Year',
      'BR',
      SAO_PAULO,
      ['christmas 2025-12-24..2026-01-01', 'christmas 2026-12-24..2027-01-01'],
    ],
    [
      'Shanghai: Lunar New Year and both Golden Weeks',
      'CN',
      SHANGHAI,
      [
        'lunar-new-year 2026-02-10..2026-03-04',
        'golden-week 2026-05-01..2026-05-05',
        'golden-week 2026-10-01..2026-10-07',
      ],
    ],
    [
      'Milan: August and Christmas',
      'IT',
      null,
      [
        'christmas 2025-12-24..2026-01-01',
        'august 2026-08-01..2026-08-31',
        'christmas 2026-12-24..2027-01-01',
      ],
    ],
    [
      'Tehran without a calendar: Nowruz on its usual days',
      'IR',
      null,
      ['nowruz 2026-03-20..2026-03-24', 'ramadan 2026-02-18..2026-03-19'],
    ],
  ] as const)('%s', (_name, country, site, expected) => {
    const got = stallPeriods(country, 2026, site).map((p) => `${p.kind} ${p.start}..${p.end}`);
    expect([...got].sort()).toEqual([...expected].sort());
  });
});

describe('stall warnings with the people away', () => {
  const leave = [
    { personId: 'amira', from: '2026-03-15', to: '2026-03-25' },
    { personId: 'omar', from: '2026-03-18', to: '2026-03-19' },
    { personId: 'omar', from: '2026-06-01', to: '2026-06-03' },
    { personId: 'layla', from: '2026-01-05', to: '2026-01-09' },
  ];

  it.each([
    [
      'Ramadan in the window: two of five away, both on 18 March',
      '2026-03-01',
      '2026-04-30',
      [['ramadan', 2, 2, '2026-03-18']],
    ],
    ['a window outside any stall period warns of nothing', '2026-06-01', '2026-06-30', []],
    [
      'a window touching Ramadan’s first day still warns',
      '2026-01-01',
      '2026-02-18',
      [['ramadan', 2, 2, '2026-03-18']],
    ],
  ] as const)('%s', (_name, from, to, expected) => {
    const got = stallWarnings('AE', DUBAI, from, to, leave, 5).map((w) => [
      w.kind,
      w.peopleAway,
      w.peakAway,
      w.peakDate,
    ]);
    expect(got).toEqual(expected);
  });

  it('nobody away: the period is still listed, with zero', () => {
    const [w] = stallWarnings('DE', MUNICH, '2026-12-01', '2026-12-31', [], 4);
    expect(w).toMatchObject({
      kind: 'christmas',
      start: '2026-12-24',
      peopleAway: 0,
      peakDate: null,
      headcount: 4,
    });
  });
});
