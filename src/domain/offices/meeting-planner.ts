import { localDate, localParts } from '../calendar/zoned-time.ts';
import { inRanges, workInterval, type Interval, type Site } from './site.ts';

export interface Attendee {
  id: string;
  site: Site;
  /** the person's approved leave, inclusive local dates */
  leave?: readonly { from: string; to: string }[];
}

export interface AttendeeTime {
  id: string;
  date: string;
  start: string;
  end: string;
  inside: boolean;
  /** why the person is outside: a closed day, leave, or simply outside their hours */
  outside?: 'closed' | 'leave' | 'hours';
}

export interface MeetingSlot {
  startUtc: string;
  endUtc: string;
  outside: number;
  attendees: AttendeeTime[];
}

export interface MeetingRequest {
  from: Date;
  days: number;
  durationMinutes: number;
  /** slot starts every `stepMinutes` on the UTC clock */
  stepMinutes?: number;
  limit?: number;
}

/**
 * Meeting times over the next days for people in different offices: each slot is scored by how
 * many people would be outside their working hours or days (on leave counts as outside). Slots
 * with nobody inside are dropped; the rest come best first, then earliest.
 */
export function planMeeting(attendees: readonly Attendee[], req: MeetingRequest): MeetingSlot[] {
  const step = (req.stepMinutes ?? 30) * 60_000;
  const duration = req.durationMinutes * 60_000;
  const first = Math.ceil(req.from.getTime() / step) * step;
  const last = req.from.getTime() + req.days * 86_400_000;
  const intervals = new Map<string, Interval | null>();
  const interval = (a: Attendee, date: string) => {
    const key = `${a.id}:${date}`;
    if (!intervals.has(key)) intervals.set(key, workInterval(a.site, date));
    return intervals.get(key) ?? null;
  };
  const slots: MeetingSlot[] = [];
  for (let t = first; t + duration <= last; t += step) {
    let outside = 0;
    const times: AttendeeTime[] = [];
    for (const a of attendees) {
      const s = localParts(new Date(t), a.site.timeZone);
      const end = localParts(new Date(t + duration), a.site.timeZone).time;
      const date = localDate(new Date(t), a.site.timeZone);
      const work = interval(a, date);
      let why: AttendeeTime['outside'];
      if (!work) why = 'closed';
      else if (inRanges(date, a.leave ?? [])) why = 'leave';
      else if (t < work.start || t + duration > work.end) why = 'hours';
      if (why) outside++;
      times.push({
        id: a.id,
        date: s.date,
        start: s.time,
        end,
        inside: !why,
        ...(why ? { outside: why } : {}),
      });
    }
    if (outside === attendees.length) continue;
    slots.push({
      startUtc: new Date(t).toISOString(),
      endUtc: new Date(t + duration).toISOString(),
      outside,
      attendees: times,
    });
  }
  slots.sort((a, b) => a.outside - b.outside || a.startUtc.localeCompare(b.startUtc));
  return slots.slice(0, req.limit ?? 10);
}
