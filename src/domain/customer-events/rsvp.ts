/** An invitee's answer, and what the event makes of it. */
export type Answer = 'yes' | 'no' | 'maybe';
export type InvitationStatus = 'invited' | Answer | 'waitlisted';

export interface Seat {
  id: string;
  status: InvitationStatus;
  /** guests the invitee brings besides themselves */
  guests: number;
  /** when they answered (ISO instant): the waitlist's order */
  respondedAt: string | null;
}

export type RsvpProblem = 'rsvp_closed' | 'event_over' | 'guests_not_allowed';

/** Seats taken: every confirmed invitee and their guests. */
export function seatsTaken(seats: readonly Seat[], except?: string): number {
  return seats
    .filter((s) => s.status === 'yes' && s.id !== except)
    .reduce((n, s) => n + 1 + s.guests, 0);
}

/**
 * Whether an answer may still be given: not after the deadline (the RSVP deadline, else the
 * event's start), and guests only where the event allows them.
 */
export function rsvpProblem(input: {
  now: string;
  startsAt: string;
  endsAt: string;
  deadline: string | null;
  guests: number;
  maxGuests: number;
}): RsvpProblem | null {
  if (input.now >= input.endsAt) return 'event_over';
  if (input.now > (input.deadline ?? input.startsAt)) return 'rsvp_closed';
  if (input.guests > input.maxGuests) return 'guests_not_allowed';
  return null;
}

/**
 * The status an answer gets: a yes that would take the event over its capacity (counting the
 * invitee's guests) goes on the waitlist; no capacity means no limit.
 */
export function statusFor(
  answer: Answer,
  guests: number,
  capacity: number | null,
  takenByOthers: number,
): InvitationStatus {
  if (answer !== 'yes') return answer;
  if (capacity === null) return 'yes';
  return takenByOthers + 1 + guests <= capacity ? 'yes' : 'waitlisted';
}

/**
 * The waitlisted invitees who now get a seat, first come first served: strictly in the order
 * they answered, stopping at the first party that does not fit (a large party is never jumped
 * by a later, smaller one).
 */
export function promotions(seats: readonly Seat[], capacity: number | null): string[] {
  const waiting = seats
    .filter((s) => s.status === 'waitlisted')
    .sort(
      (a, b) =>
        (a.respondedAt ?? '').localeCompare(b.respondedAt ?? '') || a.id.localeCompare(b.id),
    );
  let taken = seatsTaken(seats);
  const out: string[] = [];
  for (const s of waiting) {
    if (capacity !== null && taken + 1 + s.guests > capacity) break;
    taken += 1 + s.guests;
    out.push(s.id);
  }
  return out;
}

/** A capacity below the confirmed seats would turn confirmed guests away: refused. */
export function capacityProblem(capacity: number | null, seats: readonly Seat[]): number | null {
  const taken = seatsTaken(seats);
  return capacity !== null && capacity < taken ? taken : null;
}
