import { describe, expect, it } from 'vitest';
import { closedDifferences, sharedHours } from './shared-hours.ts';
import { siteDay, type Site } from './site.ts';
import { ALMATY, DUBAI, MUNICH, SAO_PAULO, SHANGHAI } from './sites-2026.fixture.ts';

describe('shared working hours between Shanghai HQ and an office', () => {
  it.each([
    // [office, HQ date, minutes, HQ window, office window]
    ['Dubai, an ordinary Tuesday', DUBAI, '2026-06-02', 300, '13:00–18:00', '09:00–14:00'],
    [
      'Dubai in Ramadan: its day ends at 16:00, still inside Shanghai’s',
      DUBAI,
      '2026-03-03',
      300,
      '13:00–18:00',
      '09:00–14:00',
    ],
    ['Munich in winter time (UTC+1)', MUNICH, '2026-03-10', 120, '16:00–18:00', '09:00–11:00'],
    [
      'Munich in summer time (UTC+2): an hour more',
      MUNICH,
      '2026-04-14',
      180,
      '15:00–18:00',
      '09:00–12:00',
    ],
    ['Almaty (UTC+5 since 2024)', ALMATY, '2026-06-02', 360, '12:00–18:00', '09:00–15:00'],
    ['São Paulo: no shared office hours at all', SAO_PAULO, '2026-06-02', 0, null, null],
    ['Dubai on Eid al-Adha: office closed', DUBAI, '2026-05-27', 0, null, null],
  ] as const)('%s', (_name, office, date, minutes, hq, local) => {
    const day = sharedHours(SHANGHAI, office, date);
    expect(day.hqWorking).toBe(true);
    expect(day.minutes).toBe(minutes);
    const w = day.windows[0];
    expect(w ? `${w.hq.start}–${w.hq.end}` : null).toBe(hq);
    expect(w ? `${w.office.start}–${w.office.end}` : null).toBe(local);
  });

  it('a day HQ is closed has no shared hours (National Day)', () => {
    expect(sharedHours(SHANGHAI, MUNICH, '2026-10-01')).toEqual({
      date: '2026-10-01',
      hqWorking: false,
      minutes: 0,
      windows: [],
    });
  });

  it('an office’s own closing day closes it', () => {
    const closing: Site = { ...MUNICH, closingDays: new Set(['2026-06-05']) };
    expect(sharedHours(SHANGHAI, closing, '2026-06-05').minutes).toBe(0);
    expect(siteDay(closing, '2026-06-05').reasons).toContainEqual({ kind: 'office-closing-day' });
  });

  it('Ramadan shortens Dubai’s day to 16:00 and says why; Munich keeps its hours', () => {
    expect(siteDay(DUBAI, '2026-03-03')).toMatchObject({
      working: true,
      end: '16:00',
      shortened: 'ramadan',
    });
    expect(siteDay(DUBAI, '2026-04-07')).toMatchObject({ working: true, end: '18:00' });
    expect(siteDay(DUBAI, '2026-04-07').shortened).toBeUndefined();
  });
});

describe('days one side is closed and the other works', () => {
  const diff = (office: Site, from: string, to: string) =>
    closedDifferences(SHANGHAI, office, from, to).map((d) => `${d.date} ${d.closed}`);

  it.each([
    [
      'Dubai in May: Labour Day week at HQ, the make-up Saturday, Eid al-Adha in Dubai',
      DUBAI,
      '2026-05-01',
      '2026-05-31',
      [
        '2026-05-01 hq',
        '2026-05-04 hq',
        '2026-05-05 hq',
        '2026-05-09 office',
        '2026-05-26 office', // Arafat Day (#21 correction)
        '2026-05-27 office',
        '2026-05-28 office',
        '2026-05-29 office',
      ],
    ],
    [
      'Almaty: Nauryz on Monday and Tuesday (the weekend takes its first two days)',
      ALMATY,
      '2026-03-18',
      '2026-03-27',
      ['2026-03-23 office', '2026-03-24 office'],
    ],
    [
      'Munich in June: Corpus Christi (Bavaria), then Dragon Boat at HQ',
      MUNICH,
      '2026-06-01',
      '2026-06-30',
      ['2026-06-04 office', '2026-06-19 hq'],
    ],
    ['São Paulo: Tiradentes', SAO_PAULO, '2026-04-20', '2026-04-24', ['2026-04-21 office']],
  ] as const)('%s', (_name, office, from, to, expected) => {
    expect(diff(office, from, to)).toEqual(expected);
  });

  it('names the holiday behind the difference', () => {
    const [eid] = closedDifferences(SHANGHAI, DUBAI, '2026-05-27', '2026-05-27');
    expect(eid?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'holiday', name: expect.stringContaining('Eid al-Adha') }),
    );
  });
});
