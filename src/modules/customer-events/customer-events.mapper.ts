import type { CustomerEvent } from '../../db/schema.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { seatsTaken, type Seat } from '../../domain/customer-events/rsvp.ts';
import type { EventOut } from './customer-events.schemas.ts';

export function toEventOut(e: CustomerEvent, seats: Seat[]): EventOut {
  const start = localParts(new Date(e.starts_at), e.time_zone);
  const end = localParts(new Date(e.ends_at), e.time_zone);
  return {
    id: e.id,
    type: e.type,
    title: JSON.parse(e.title) as Record<string, string>,
    description: JSON.parse(e.description) as Record<string, string>,
    venue: e.venue,
    venueCountry: e.venue_country,
    timeZone: e.time_zone,
    onlineUrl: e.online_url,
    startsAt: e.starts_at,
    endsAt: e.ends_at,
    local: { startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time },
    rsvpDeadline: e.rsvp_deadline,
    capacity: e.capacity === null ? null : Number(e.capacity),
    maxGuests: Number(e.max_guests),
    seatsTaken: seatsTaken(seats),
    answered: seats.filter((s) => s.respondedAt !== null).length,
    coming: seats.filter((s) => s.status === 'yes').length,
    ownerId: e.owner_id,
    currency: e.currency,
    budgetMinor: e.budget_minor === null ? null : Number(e.budget_minor),
    costMinor: e.cost_minor === null ? null : Number(e.cost_minor),
    createdAt: e.created_at,
    updatedAt: e.updated_at,
  };
}
