import { describe, expect, it } from 'vitest';
import { planMeeting, type Attendee } from './meeting-planner.ts';
import { DUBAI, MUNICH, SAO_PAULO, SHANGHAI } from './sites-2026.fixture.ts';

const wei: Attendee = { id: 'wei', site: SHANGHAI };
const jonas: Attendee = { id: 'jonas', site: MUNICH };
const ana: Attendee = { id: 'ana', site: SAO_PAULO };
const amira: Attendee = { id: 'amira', site: DUBAI };

const tuesday = new Date('2026-06-02T00:00:00Z');
const brief = (slot: ReturnType<typeof planMeeting>[number]) =>
  `${slot.startUtc.slice(11, 16)} out=${slot.outside} ` +
  slot.attendees.map((a) => `${a.id}@${a.start}${a.inside ? '' : `(${a.outside})`}`).join(' ');

describe('meeting planner', () => {
  it.each([
    [
      'Munich and São Paulo: everyone inside from 12:00 UTC (14:00 Munich, 09:00 São Paulo)',
      [jonas, ana],
      ['12:00 out=0 jonas@14:00 ana@09:00', '12:30 out=0 jonas@14:30 ana@09:30'],
    ],
    [
      'Shanghai, Munich and São Paulo never share hours: best slots leave one person out',
      [wei, jonas, ana],
      [
        '07:00 out=1 wei@15:00 jonas@09:00 ana@04:00(hours)',
        '07:30 out=1 wei@15:30 jonas@09:30 ana@04:30(hours)',
      ],
    ],
    [
      'Shanghai and Dubai: Dubai’s morning is Shanghai’s afternoon',
      [wei, amira],
      ['05:00 out=0 wei@13:00 amira@09:00', '05:30 out=0 wei@13:30 amira@09:30'],
    ],
  ] as const)('%s', (_name, people, expected) => {
    const slots = planMeeting(people, { from: tuesday, days: 1, durationMinutes: 60, limit: 2 });
    expect(slots.map(brief)).toEqual(expected);
  });

  it('a person on leave counts as outside, so a slot without them ranks lower', () => {
    const onLeave = { ...ana, leave: [{ from: '2026-06-02', to: '2026-06-02' }] };
    const [best] = planMeeting([jonas, onLeave], { from: tuesday, days: 1, durationMinutes: 60 });
    expect(best?.outside).toBe(1);
    expect(best?.attendees.find((a) => a.id === 'ana')?.outside).toBe('leave');
  });

  it('Eid al-Adha: Dubai is closed that day, the next working day comes first', () => {
    const [best] = planMeeting([wei, amira], {
      from: new Date('2026-05-27T00:00:00Z'),
      days: 6,
      durationMinutes: 30,
    });
    // 27–29 May are Eid, 30–31 the weekend: the first slot with both inside is Monday 1 June.
    expect(best?.startUtc).toBe('2026-06-01T05:00:00.000Z');
    expect(best?.outside).toBe(0);
  });

  it('every slot lists each person’s local date and time', () => {
    const [slot] = planMeeting([wei, ana], { from: tuesday, days: 1, durationMinutes: 60 });
    expect(slot?.attendees.map((a) => a.date)).toHaveLength(2);
    expect(slot?.outside).toBe(1);
  });
});
