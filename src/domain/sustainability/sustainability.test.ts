import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import {
  certificateState,
  commitmentOverdue,
  renewalReminderDate,
  requirementOverdue,
  type CommitmentStatus,
  type RequirementStatus,
} from './sustainability.ts';

const CN = new BusinessCalendar('CN');
const DE = new BusinessCalendar('DE');

describe('renewal reminder in the home office’s business calendar', () => {
  const home = { CN, DE };
  it.each<[keyof typeof home, string, number, string, string]>([
    // home, expires on, business days before, reminder date, why
    [
      'CN',
      '2026-10-08',
      10,
      '2026-09-17',
      'National Day week and Mid-Autumn closed, Sun 20 Sep worked',
    ],
    ['CN', '2026-09-28', 1, '2026-09-24', 'Mid-Autumn (25–27 Sep) stepped over'],
    ['CN', '2026-10-09', 1, '2026-10-08', 'the day before is a business day'],
    ['CN', '2027-02-20', 5, '2027-02-15', 'Spring Festival 2027'],
    ['DE', '2026-12-28', 3, '2026-12-22', 'Christmas Day, Boxing Day and a Sunday stepped over'],
    [
      'DE',
      '2026-06-15',
      20,
      '2026-05-15',
      'Ascension (14 May) and Whit Monday (25 May) stepped over',
    ],
  ])('%s: expires %s, %i business days before → %s (%s)', (cal, expires, days, want) => {
    expect(renewalReminderDate(home[cal], expires, days)).toBe(want);
  });
});

describe('certificate state on the home office’s today', () => {
  it.each([
    ['2027-03-31', '2027-03-03', '2026-12-01', 'valid'],
    ['2027-03-31', '2027-03-03', '2027-03-02', 'valid'],
    ['2027-03-31', '2027-03-03', '2027-03-03', 'renew_now'],
    ['2027-03-31', '2027-03-03', '2027-03-30', 'renew_now'],
    ['2027-03-31', '2027-03-03', '2027-03-31', 'expired'],
    ['2026-06-30', '2026-06-02', '2026-12-01', 'expired'],
  ])('expires %s, remind %s, today %s → %s', (expires, remind, today, want) => {
    expect(certificateState(expires, remind, today)).toBe(want);
  });
});

describe('overdue requirements and commitments', () => {
  it.each<[RequirementStatus, string | null, string, boolean]>([
    ['open', '2026-11-30', '2026-12-01', true],
    ['in_progress', '2026-11-30', '2026-12-01', true],
    ['rejected', '2026-11-30', '2026-12-01', true],
    ['open', '2026-12-01', '2026-12-01', false],
    ['submitted', '2026-11-30', '2026-12-01', false],
    ['accepted', '2026-01-01', '2026-12-01', false],
    ['waived', '2026-01-01', '2026-12-01', false],
    ['open', null, '2026-12-01', false],
  ])('requirement %s due %s on %s → %s', (status, due, today, want) => {
    expect(requirementOverdue(status, due, today)).toBe(want);
  });
  it.each<[CommitmentStatus, string | null, string, boolean]>([
    ['planned', '2026-06-30', '2026-12-01', true],
    ['in_progress', '2026-11-30', '2026-12-01', true],
    ['met', '2026-06-30', '2026-12-01', false],
    ['missed', '2026-06-30', '2026-12-01', false],
    ['withdrawn', '2026-06-30', '2026-12-01', false],
    ['planned', '2027-06-30', '2026-12-01', false],
    ['planned', null, '2026-12-01', false],
  ])('commitment %s due %s on %s → %s', (status, due, today, want) => {
    expect(commitmentOverdue(status, due, today)).toBe(want);
  });
});
