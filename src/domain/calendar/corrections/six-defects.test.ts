import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../business-calendar.ts';
import { explainShift } from '../explain.ts';

// Issue #21's six defects, each with the answer the official source gives.
const open = (cc: string, date: string, options = {}) =>
  new BusinessCalendar(cc, null, options).isBusinessDay(date);

describe('the six defects of issue #21', () => {
  it('Korea: Seollal 2026 is 16–18 February, 19 February is a working day', () => {
    expect(['16', '17', '18', '19'].map((d) => open('KR', `2026-02-${d}`))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(new BusinessCalendar('KR').nextBusinessDay('2026-02-14').date).toBe('2026-02-19');
    // The added eve counts as a holiday wherever holidays are listed (the dashboard's next days).
    const listed = new BusinessCalendar('KR').holidaysInRange('2026-02-16', '2026-02-19');
    expect(listed.map((d) => d.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18']);
  });

  it('Türkiye: Ramazan Bayramı 2026 is 20–22 March, the eve closes at 13:00, 23 March works', () => {
    const tr = new BusinessCalendar('TR');
    expect(tr.isBusinessDay('2026-03-20')).toBe(false);
    expect(tr.isBusinessDay('2026-03-23')).toBe(true);
    expect(tr.status('2026-03-19')).toMatchObject({ working: true, closesAt: '13:00' });
  });

  it('Cyprus: Clean Monday 2026 is Monday 23 February, Tuesday 24 works', () => {
    expect(open('CY', '2026-02-23')).toBe(false);
    expect(open('CY', '2026-02-24')).toBe(true);
    expect(open('GR', '2026-02-23')).toBe(false);
  });

  it('China: the State Council 2026 schedule applies by default, and a workspace can opt out', () => {
    const cn = new BusinessCalendar('CN');
    for (const d of ['2026-02-19', '2026-02-20', '2026-02-23'])
      expect(cn.isBusinessDay(d)).toBe(false);
    expect(cn.isBusinessDay('2026-02-14')).toBe(true);
    expect(cn.isBusinessDay('2026-02-28')).toBe(true);
    const optedOut = new BusinessCalendar('CN', null, { officialSchedule: false });
    expect(optedOut.isBusinessDay('2026-02-20')).toBe(true);
    expect(optedOut.isBusinessDay('2026-02-14')).toBe(false);
  });

  it('Ukraine: martial law, 9 March 2026 is a working day and the answer cites the law', () => {
    const ua = new BusinessCalendar('UA');
    const s = ua.status('2026-03-09');
    expect(s.working).toBe(true);
    expect(s.reasons[0]).toMatchObject({ kind: 'correction', correction: 'abolished' });
    const moved = explainShift([ua.status('2026-03-08')], '2026-03-09', {
      en: 'Ukraine',
      zh: '乌克兰',
    });
    expect(moved?.en).toContain('Mon 9 Mar');
    const text = ua
      .status('2026-03-09')
      .reasons.map((r) => (r.kind === 'correction' ? r.source.short : ''));
    expect(text[0]).toContain('2136-IX');
  });

  it('Germany: 24 December closes from 14:00 (cited); 31 December has no official source', () => {
    for (const y of [2026, 2027]) {
      const s = new BusinessCalendar('DE').status(`${y}-12-24`);
      expect(s).toMatchObject({ working: true, closesAt: '14:00' });
    }
    // Only custom closes 31 December early: kept a full working day, listed in the docs.
    expect(new BusinessCalendar('DE').status('2026-12-31').closesAt).toBeUndefined();
  });

  it('turning corrections off gives the library back (how the audit measures it)', () => {
    expect(open('KR', '2026-02-19', { corrections: false })).toBe(false);
    expect(open('UA', '2026-03-09', { corrections: false })).toBe(false);
  });
});
