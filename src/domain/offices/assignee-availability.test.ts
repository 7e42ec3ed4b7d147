import { describe, expect, it } from 'vitest';
import { assigneeFlag, type AssigneeCalendar } from './assignee-availability.ts';
import { ALMATY, DUBAI, MUNICH, SAO_PAULO } from './sites-2026.fixture.ts';

const leave = [{ from: '2026-06-01', to: '2026-06-05', status: 'approved' as const }];
const requested = [{ from: '2026-06-01', to: '2026-06-05', status: 'requested' as const }];
const withClosing: AssigneeCalendar = {
  site: { ...MUNICH, closingDays: new Set(['2026-12-28']) },
  leave: [],
};

describe('an assignee’s day in their office’s calendar (2026)', () => {
  it.each<[string, AssigneeCalendar, string, string | null]>([
    [
      'Dubai, Eid al-Adha: office closed',
      { site: DUBAI, leave: [] },
      '2026-05-27',
      'office-closed',
    ],
    ['Dubai, Saturday: weekend', { site: DUBAI, leave: [] }, '2026-06-06', 'office-closed'],
    ['Dubai, an ordinary Monday', { site: DUBAI, leave: [] }, '2026-06-08', null],
    ['Dubai, on approved leave', { site: DUBAI, leave }, '2026-06-03', 'on-leave:approved'],
    ['Dubai, the day after leave ends', { site: DUBAI, leave }, '2026-06-08', null],
    [
      'leave requested, not yet decided',
      { site: DUBAI, leave: requested },
      '2026-06-01',
      'on-leave:requested',
    ],
    ['São Paulo, Tiradentes', { site: SAO_PAULO, leave: [] }, '2026-04-21', 'office-closed'],
    [
      'Munich, Corpus Christi (Bavaria)',
      { site: MUNICH, leave: [] },
      '2026-06-04',
      'office-closed',
    ],
    ['Munich, the office’s own closing day', withClosing, '2026-12-28', 'office-closed'],
    ['Almaty, Nauryz', { site: ALMATY, leave: [] }, '2026-03-23', 'office-closed'],
    [
      'closed wins over leave',
      { site: DUBAI, leave: [{ from: '2026-05-25', to: '2026-05-29', status: 'approved' }] },
      '2026-05-27',
      'office-closed',
    ],
  ])('%s', (_, who, date, expected) => {
    const flag = assigneeFlag(who, date);
    const got =
      flag === null ? null : flag.kind === 'on-leave' ? `on-leave:${flag.status}` : flag.kind;
    expect(got).toBe(expected);
  });

  it('names why the office is closed', () => {
    const flag = assigneeFlag({ site: DUBAI, leave: [] }, '2026-05-27');
    expect(flag?.kind === 'office-closed' && flag.reasons.some((r) => 'name' in r)).toBe(true);
  });
});
