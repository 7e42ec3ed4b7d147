import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { followTheSun, type SunTeam } from './follow-the-sun.ts';

const team = (id: string, country: string, timeZone: string): SunTeam => ({
  id,
  calendar: new BusinessCalendar(country),
  timeZone,
  hours: { start: '09:00', end: '18:00' },
});
const SHANGHAI = team('shanghai', 'CN', 'Asia/Shanghai');
const HAMBURG = team('hamburg', 'DE', 'Europe/Berlin');
const SYDNEY = team('sydney', 'AU', 'Australia/Sydney');

describe('follow the sun: the team whose working hours are now', () => {
  it.each([
    [
      'Wed 10 Jun 02:00 UTC is 10:00 in Shanghai',
      [SHANGHAI, HAMBURG],
      '2026-06-10T02:00:00Z',
      { teamId: 'shanghai', atWork: true, from: '2026-06-10T02:00:00.000Z', passed: [] },
    ],
    [
      'Wed 10 Jun 14:00 UTC is 22:00 in Shanghai (passed) and 16:00 in Hamburg',
      [SHANGHAI, HAMBURG],
      '2026-06-10T14:00:00Z',
      {
        teamId: 'hamburg',
        atWork: true,
        from: '2026-06-10T14:00:00.000Z',
        passed: [['shanghai', 'outside_hours', '2026-06-10 22:00']],
      },
    ],
    [
      'National Day (Thu 1 Oct) closes Shanghai: Sydney, next in the order, is at work at 12:00',
      [SHANGHAI, HAMBURG, SYDNEY],
      '2026-10-01T02:00:00Z',
      {
        teamId: 'sydney',
        atWork: true,
        from: '2026-10-01T02:00:00.000Z',
        passed: [
          ['shanghai', 'closed', '2026-10-01 10:00'],
          ['hamburg', 'outside_hours', '2026-10-01 04:00'],
        ],
      },
    ],
    [
      'National Day with only Hamburg beside Shanghai: Hamburg, from its 09:00 that morning',
      [SHANGHAI, HAMBURG],
      '2026-10-01T02:00:00Z',
      {
        teamId: 'hamburg',
        atWork: false,
        from: '2026-10-01T07:00:00.000Z',
        passed: [
          ['shanghai', 'closed', '2026-10-01 10:00'],
          ['hamburg', 'outside_hours', '2026-10-01 04:00'],
        ],
      },
    ],
    [
      'a Saturday: nobody works; Monday comes first in Sydney (Sun 23:00 UTC)',
      [SHANGHAI, HAMBURG, SYDNEY],
      '2026-06-13T02:00:00Z',
      {
        teamId: 'sydney',
        atWork: false,
        from: '2026-06-14T23:00:00.000Z',
        passed: [
          ['shanghai', 'closed', '2026-06-13 10:00'],
          ['hamburg', 'closed', '2026-06-13 04:00'],
          ['sydney', 'closed', '2026-06-13 12:00'],
        ],
      },
    ],
    [
      'Christmas Eve 15:00 in Hamburg (closed from 14:00): Shanghai opens first, Fri 09:00',
      [HAMBURG, SHANGHAI],
      '2026-12-24T14:00:00Z',
      {
        teamId: 'shanghai',
        atWork: false,
        from: '2026-12-25T01:00:00.000Z',
        passed: [
          ['hamburg', 'outside_hours', '2026-12-24 15:00'],
          ['shanghai', 'outside_hours', '2026-12-24 22:00'],
        ],
      },
    ],
    [
      'Hamburg alone over Christmas: Christmas, Boxing Day and the Sunday, then Mon 28 Dec',
      [HAMBURG],
      '2026-12-24T14:00:00Z',
      {
        teamId: 'hamburg',
        atWork: false,
        from: '2026-12-28T08:00:00.000Z',
        passed: [['hamburg', 'outside_hours', '2026-12-24 15:00']],
      },
    ],
    [
      'after the spring DST switch 07:30 UTC is 09:30 in Hamburg: at work',
      [HAMBURG, SHANGHAI],
      '2026-03-30T07:30:00Z',
      { teamId: 'hamburg', atWork: true, from: '2026-03-30T07:30:00.000Z', passed: [] },
    ],
    [
      'a week before, 07:30 UTC is 08:30 in Hamburg: Shanghai (15:30) takes it',
      [HAMBURG, SHANGHAI],
      '2026-03-23T07:30:00Z',
      {
        teamId: 'shanghai',
        atWork: true,
        from: '2026-03-23T07:30:00.000Z',
        passed: [['hamburg', 'outside_hours', '2026-03-23 08:30']],
      },
    ],
  ] as const)('%s', (_case, teams, at, want) => {
    const route = followTheSun([...teams], new Date(at));
    expect(route && { ...route, from: route.from.toISOString() }).toMatchObject({
      teamId: want.teamId,
      atWork: want.atWork,
      from: want.from,
    });
    expect(route!.passed.map((p) => [p.teamId, p.why, `${p.local.date} ${p.local.time}`])).toEqual(
      want.passed,
    );
  });

  it('names the holiday it passed a team over for, and routes nowhere without teams', () => {
    const route = followTheSun([SHANGHAI, HAMBURG], new Date('2026-10-01T02:00:00Z'))!;
    expect(route.passed[0]!.reasons.map((r) => r.kind)).toContain('holiday');
    expect(followTheSun([], new Date('2026-06-10T02:00:00Z'))).toBeNull();
  });
});
