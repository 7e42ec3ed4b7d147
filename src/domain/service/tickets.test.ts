import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import type { SlaClock } from './sla-clock.ts';
import {
  DEFAULT_TERMS,
  matchPolicy,
  pausesOf,
  targetBreach,
  ticketSla,
  worst,
  type StatusChange,
} from './tickets.ts';

const at = (iso: string) => new Date(iso);
const berlin: SlaClock = {
  kind: 'business',
  calendar: new BusinessCalendar('DE'),
  timeZone: 'Europe/Berlin',
  hours: { start: '09:00', end: '17:00' },
};

describe('SLA policy matching: first match wins, an empty list matches any', () => {
  const policies = [
    { id: 'urgent-de', priorities: ['urgent'], types: [], countries: ['DE'], tiers: [] },
    { id: 'a-tier', priorities: [], types: [], countries: [], tiers: ['A'] },
    { id: 'defects', priorities: [], types: ['defect', 'rma'], countries: [], tiers: [] },
    { id: 'any', priorities: [], types: [], countries: [], tiers: [] },
  ];
  it.each([
    [{ priority: 'urgent', type: 'question', country: 'DE', tier: null }, 'urgent-de'],
    [{ priority: 'urgent', type: 'question', country: 'FR', tier: 'A' }, 'a-tier'],
    [{ priority: 'low', type: 'rma', country: 'FR', tier: 'B' }, 'defects'],
    [{ priority: 'low', type: 'question', country: 'FR', tier: null }, 'any'],
  ])('%j → %s', (t, id) => expect(matchPolicy(policies, t)?.id).toBe(id));
  it('nothing matches: undefined (the default terms apply)', () =>
    expect(
      matchPolicy(policies.slice(0, 1), { priority: 'low', type: 'x', country: 'DE', tier: null }),
    ).toBeUndefined());
});

describe('pauses from the status history', () => {
  const h: StatusChange[] = [
    { to: 'new', at: at('2026-12-28T08:00:00Z') },
    { to: 'pending_customer', at: at('2026-12-28T10:00:00Z') },
    { to: 'open', at: at('2026-12-28T12:00:00Z') },
    { to: 'pending_third_party', at: at('2026-12-28T13:00:00Z') },
    { to: 'solved', at: at('2026-12-28T14:00:00Z') },
  ];
  it('pausing statuses and solved count; pending third party does not by default', () =>
    expect(pausesOf(h, DEFAULT_TERMS.pauseStatuses)).toEqual([
      { from: at('2026-12-28T10:00:00Z'), to: at('2026-12-28T12:00:00Z') },
      { from: at('2026-12-28T14:00:00Z'), to: null },
    ]));
  it('a policy may pause on pending third party too', () =>
    expect(pausesOf(h, ['pending_third_party'])).toHaveLength(2));
});

describe('ticket SLA and breach states', () => {
  const terms = { ...DEFAULT_TERMS, firstResponseMinutes: 120, resolutionMinutes: 480 };
  const opened = at('2026-12-28T08:00:00Z'); // Mon 09:00 Berlin
  const history: StatusChange[] = [{ to: 'new', at: opened }];

  it('running targets: due, warning at 80 %, breached after', () => {
    const s = ticketSla(berlin, terms, opened, history, { firstResponseAt: null, solvedAt: null });
    expect(s.firstResponse.due).toEqual(at('2026-12-28T10:00:00Z'));
    expect(s.firstResponse.warnAt).toEqual(at('2026-12-28T09:36:00Z'));
    expect(s.nextDue).toEqual(s.firstResponse.due);
    expect(targetBreach(s.firstResponse, at('2026-12-28T09:35:00Z'))).toBe('ok');
    expect(targetBreach(s.firstResponse, at('2026-12-28T09:36:00Z'))).toBe('warning');
    expect(targetBreach(s.firstResponse, at('2026-12-28T10:00:00Z'))).toBe('breached');
  });

  it('met targets: on time stays ok, late stays breached, a later pause does not move them', () => {
    const solvedAt = at('2026-12-28T15:00:00Z');
    const s = ticketSla(berlin, terms, opened, [...history, { to: 'solved', at: solvedAt }], {
      firstResponseAt: at('2026-12-28T10:30:00Z'),
      solvedAt,
    });
    expect(targetBreach(s.firstResponse, at('2027-01-10T00:00:00Z'))).toBe('breached');
    expect(s.resolution.due).toEqual(at('2026-12-28T16:00:00Z'));
    expect(targetBreach(s.resolution, at('2027-01-10T00:00:00Z'))).toBe('ok');
    expect(s.nextDue).toBeNull();
    expect(worst(['ok', 'warning', 'breached'])).toBe('breached');
    expect(worst(['ok', 'warning'])).toBe('warning');
  });
});
