import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { reminderAt, thankYouDate, wallClock } from './invitee-times.ts';
import {
  capacityProblem,
  promotions,
  rsvpProblem,
  seatsTaken,
  statusFor,
  type Seat,
} from './rsvp.ts';

const seat = (
  id: string,
  status: Seat['status'],
  guests = 0,
  respondedAt = `2026-05-0${id.length}`,
) => ({
  id,
  status,
  guests,
  respondedAt,
});

describe('RSVP rules', () => {
  const event = { startsAt: '2026-10-15T01:00:00Z', endsAt: '2026-10-19T10:00:00Z', maxGuests: 2 };
  it.each([
    ['before the deadline', '2026-10-01T00:00:00Z', '2026-10-05T15:59:59Z', 0, null],
    ['after the deadline', '2026-10-05T16:00:01Z', '2026-10-05T15:59:59Z', 0, 'rsvp_closed'],
    ['no deadline: until the start', '2026-10-15T00:59:00Z', null, 0, null],
    ['no deadline: not after the start', '2026-10-15T01:00:01Z', null, 0, 'rsvp_closed'],
    ['after the end', '2026-10-20T00:00:00Z', null, 0, 'event_over'],
    ['too many guests', '2026-10-01T00:00:00Z', null, 3, 'guests_not_allowed'],
  ])('%s', (_name, now, deadline, guests, problem) => {
    expect(rsvpProblem({ ...event, now, deadline, guests })).toBe(problem);
  });

  it.each([
    ['a yes with room', 'yes', 1, 10, 8, 'yes'],
    ['a yes filling the last seats', 'yes', 1, 10, 8, 'yes'],
    ['a yes whose guest does not fit', 'yes', 1, 10, 9, 'waitlisted'],
    ['a yes at a full event', 'yes', 0, 10, 10, 'waitlisted'],
    ['a yes without a capacity', 'yes', 2, null, 500, 'yes'],
    ['a maybe never takes a seat', 'maybe', 0, 1, 1, 'maybe'],
    ['a no', 'no', 0, 1, 1, 'no'],
  ] as const)('%s', (_name, answer, guests, capacity, taken, status) => {
    expect(statusFor(answer, guests, capacity, taken)).toBe(status);
  });

  it('counts confirmed invitees with their guests, never maybes or the waitlist', () => {
    const seats = [
      seat('a', 'yes', 2),
      seat('bb', 'maybe', 1),
      seat('ccc', 'waitlisted'),
      seat('dddd', 'yes'),
    ];
    expect(seatsTaken(seats)).toBe(4);
    expect(seatsTaken(seats, 'a')).toBe(1);
  });

  it('promotes the waitlist in the order of answers, never jumping a larger party', () => {
    const seats = [
      seat('a', 'yes', 1),
      seat('bb', 'no'),
      seat('ccc', 'waitlisted', 2, '2026-05-01T10:00:00Z'),
      seat('dddd', 'waitlisted', 0, '2026-05-01T11:00:00Z'),
      seat('eeeee', 'waitlisted', 0, '2026-05-01T09:00:00Z'),
    ];
    expect(promotions(seats, 4)).toEqual(['eeeee']);
    expect(promotions(seats, 6)).toEqual(['eeeee', 'ccc']);
    expect(promotions(seats, 7)).toEqual(['eeeee', 'ccc', 'dddd']);
    expect(promotions(seats, null)).toEqual(['eeeee', 'ccc', 'dddd']);
    expect(promotions(seats, 2)).toEqual([]);
  });

  it('refuses a capacity below the confirmed seats and says how many are confirmed', () => {
    const seats = [seat('a', 'yes', 2), seat('bb', 'yes')];
    expect(capacityProblem(3, seats)).toBe(4);
    expect(capacityProblem(4, seats)).toBeNull();
    expect(capacityProblem(null, seats)).toBeNull();
  });
});

describe('times in the invitee’s calendar', () => {
  // The Canton Fair's first phase opens 15 October 2026 at 09:00 in Guangzhou.
  const opens = '2026-10-15T01:00:00Z';
  it.each([
    ['Riyadh', 'Asia/Riyadh', '2026-10-15', '04:00'],
    ['São Paulo', 'America/Sao_Paulo', '2026-10-14', '22:00'],
    ['Berlin', 'Europe/Berlin', '2026-10-15', '03:00'],
  ])('shows the opening on %s’s clock', (_city, zone, date, time) => {
    expect(wallClock(opens, zone)).toEqual({ date, time, timeZone: zone });
  });

  it.each([
    // Thursday 15 Oct: a Saudi guest is reminded on Wednesday (Friday–Saturday is their weekend).
    ['SA', 'Asia/Riyadh', opens, '2026-10-14T07:00:00.000Z'],
    // An event on Monday 28 Dec: a German guest is reminded on Thursday 24 Dec at 10:00 (a half
    // day until 14:00), not on the Christmas days or the weekend.
    ['DE', 'Europe/Berlin', '2026-12-28T09:00:00Z', '2026-12-24T09:00:00.000Z'],
    // An event on Tuesday 29 Dec: reminded on Monday 28 Dec.
    ['DE', 'Europe/Berlin', '2026-12-29T09:00:00Z', '2026-12-28T09:00:00.000Z'],
  ])(
    'reminds a guest in %s on their last business day before, at 10:00',
    (country, zone, startsAt, at) => {
      expect(
        reminderAt(startsAt, zone, new BusinessCalendar(country), '2026-09-01T00:00:00Z'),
      ).toBe(at);
    },
  );

  it('sends no reminder whose moment has passed', () => {
    expect(
      reminderAt(opens, 'Asia/Riyadh', new BusinessCalendar('SA'), '2026-10-14T08:00:00Z'),
    ).toBeNull();
  });

  it.each([
    // The fair ends Monday 19 Oct 18:00 in Guangzhou: Tuesday for a Berliner.
    ['DE', 'Europe/Berlin', '2026-10-19T10:00:00Z', '2026-10-20'],
    // A Thursday-evening dinner in Riyadh: thanked on Sunday, after their weekend.
    ['SA', 'Asia/Riyadh', '2026-10-22T18:00:00Z', '2026-10-25'],
    // A dinner on Christmas Eve in Berlin: thanked on Monday 28 Dec, after Christmas and the weekend.
    ['DE', 'Europe/Berlin', '2026-12-24T20:00:00Z', '2026-12-28'],
  ])('thanks an attendee in %s on their next business day', (country, zone, endsAt, date) => {
    expect(thankYouDate(endsAt, zone, new BusinessCalendar(country))).toBe(date);
  });
});
