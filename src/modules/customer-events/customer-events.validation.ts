import type { CustomerEvent } from '../../db/schema.ts';
import { isCountryCode, isCurrency, isTimeZone } from '../../domain/countries.ts';
import { capacityProblem, type Seat } from '../../domain/customer-events/rsvp.ts';
import { fieldError, type FieldError } from '../../http/errors.ts';
import type { EventPatchBody } from './customer-events.schemas.ts';

const iso = (s: string) => new Date(s).toISOString();

/** The event as it would be after the change, checked as a whole (dates against each other). */
export function eventProblems(
  body: EventPatchBody,
  current: CustomerEvent | undefined,
  seats: Seat[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (body.title && !Object.values(body.title).some((t) => t.trim()))
    errors.push(fieldError('/title', 'event_title'));
  if (body.timeZone !== undefined && !isTimeZone(body.timeZone))
    errors.push(fieldError('/timeZone', 'time_zone', { value: body.timeZone }));
  if (body.venueCountry && !isCountryCode(body.venueCountry.toUpperCase()))
    errors.push(fieldError('/venueCountry', 'country', { value: body.venueCountry }));
  if (body.currency && !isCurrency(body.currency))
    errors.push(fieldError('/currency', 'currency', { value: body.currency }));
  const startsAt = body.startsAt ? iso(body.startsAt) : current?.starts_at;
  const endsAt = body.endsAt ? iso(body.endsAt) : current?.ends_at;
  const deadline =
    body.rsvpDeadline === undefined
      ? current?.rsvp_deadline
      : body.rsvpDeadline && iso(body.rsvpDeadline);
  if (startsAt && endsAt && endsAt <= startsAt)
    errors.push(fieldError(body.endsAt ? '/endsAt' : '/startsAt', 'after_start'));
  if (startsAt && deadline && deadline > startsAt)
    errors.push(fieldError('/rsvpDeadline', 'before_event_start'));
  if (body.capacity !== undefined) {
    const confirmed = capacityProblem(body.capacity, seats);
    if (confirmed !== null)
      errors.push(fieldError('/capacity', 'capacity_below_confirmed', { confirmed }));
  }
  return errors;
}
