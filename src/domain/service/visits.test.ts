import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import {
  answerLines,
  answerProblems,
  planVisit,
  ruleProblems,
  rulesFor,
  visitState,
  type ChecklistItem,
  type VisitRuleTerms,
} from './visits.ts';

const place = (en: string, zh = en) => ({ en, zh });

describe('a follow-up visit is due N business days after the event, in the customer’s calendar', () => {
  it.each([
    // Wed 23 Dec + 2: Christmas Eve (a half day, still a business day) is the first; Christmas,
    // Boxing Day and the weekend are stepped over; Monday the 28th is the second.
    ['DE', '2026-12-23', 2, '2026-12-28'],
    ['DE', '2026-12-23', 3, '2026-12-29'],
    // A Saudi Thursday: Friday and Saturday are the weekend.
    ['SA', '2026-12-03', 1, '2026-12-06'],
    ['SA', '2026-12-03', 3, '2026-12-08'],
    // Solved on the Saudi weekend: the first business day after it counts as the first.
    ['SA', '2026-12-04', 1, '2026-12-06'],
    // Eid al-Fitr 2026 in Saudi Arabia: the days off are stepped over.
    ['SA', '2026-03-17', 2, '2026-03-25'], // Eid 19–22 Mar, 23–24 in lieu of the weekend (#21)
    // Thanksgiving in the US; the Friday after it is a business day.
    ['US', '2026-11-25', 1, '2026-11-27'],
    // China's National Day week (1–7 Oct), then Saturday 10 Oct is an official make-up working day.
    ['CN', '2026-09-30', 1, '2026-10-08'],
    ['CN', '2026-09-30', 3, '2026-10-10'],
    // Ten business days after a German delivery on a Monday: two weekends.
    ['DE', '2026-06-01', 10, '2026-06-15'],
  ])('%s, event on %s, %i business days → %s', (country, event, days, due) => {
    const plan = planVisit({
      eventDate: event,
      businessDays: days,
      calendar: new BusinessCalendar(country),
      placeName: place(country),
      trigger: 'ticket_solved',
      kind: 'call',
      about: 'T-000001',
    });
    expect(plan.dueDate).toBe(due);
  });

  it('counts the workspace’s own overrides for the country: a company holiday is skipped', () => {
    const calendar = new BusinessCalendar('DE', null, {
      overrides: [{ date: '2026-12-28', kind: 'holiday', name: 'Betriebsferien' }],
    });
    const plan = planVisit({
      eventDate: '2026-12-23',
      businessDays: 2,
      calendar,
      placeName: place('Germany'),
      trigger: 'ticket_solved',
      kind: 'call',
      about: 'T-000001',
    });
    expect(plan.dueDate).toBe('2026-12-29');
    expect(plan.reason.en).toContain('Betriebsferien (our calendar)');
  });

  it('says why in both languages, naming the event and the closed days', () => {
    const plan = planVisit({
      eventDate: '2026-12-03',
      businessDays: 1,
      calendar: new BusinessCalendar('SA'),
      placeName: place('Saudi Arabia', '沙特阿拉伯'),
      trigger: 'order_delivered',
      kind: 'visit',
      about: 'PO-77',
    });
    expect(plan.reason.en).toBe(
      'Follow-up visit 1 business day after order PO-77 was delivered on 2026-12-03 (Fri 4 Dec: weekend; Sat 5 Dec: weekend in Saudi Arabia → Sun 6 Dec)',
    );
    expect(plan.reason.zh).toContain('订单 PO-77 已交付（2026-12-03），1 个工作日后上门回访');
    expect(plan.reason.zh).toContain('顺延至12月6日（周日）');
  });

  it('keeps the count between 1 and 90 business days', () => {
    const at = (days: number) =>
      planVisit({
        eventDate: '2026-06-01',
        businessDays: days,
        calendar: new BusinessCalendar('DE'),
        placeName: place('Germany'),
        trigger: 'order_shipped',
        kind: 'call',
        about: 'PO-1',
      }).dueDate;
    expect(at(0)).toBe('2026-06-02');
    expect(at(500)).toBe(at(90));
  });
});

describe('which rules an event sets off', () => {
  const rule = (over: Partial<VisitRuleTerms>): VisitRuleTerms => ({
    id: 'r',
    trigger: 'ticket_solved',
    enabled: true,
    ticketTypes: [],
    tiers: [],
    ...over,
  });
  it.each([
    [
      'any solved ticket',
      rule({}),
      { trigger: 'ticket_solved', ticketType: 'question', tier: null },
      true,
    ],
    [
      'disabled',
      rule({ enabled: false }),
      { trigger: 'ticket_solved', ticketType: 'question', tier: null },
      false,
    ],
    ['another trigger', rule({}), { trigger: 'order_shipped', tier: 'A' }, false],
    [
      'its ticket type',
      rule({ ticketTypes: ['defect'] }),
      { trigger: 'ticket_solved', ticketType: 'defect', tier: null },
      true,
    ],
    [
      'not its ticket type',
      rule({ ticketTypes: ['defect'] }),
      { trigger: 'ticket_solved', ticketType: 'question', tier: null },
      false,
    ],
    [
      'its tier',
      rule({ tiers: ['A'] }),
      { trigger: 'ticket_solved', ticketType: 'rma', tier: 'A' },
      true,
    ],
    [
      'no tier when tiers are named',
      rule({ tiers: ['A'] }),
      { trigger: 'ticket_solved', ticketType: 'rma', tier: null },
      false,
    ],
    [
      'an installation closed',
      rule({ trigger: 'installation_closed' }),
      { trigger: 'installation_closed', ticketType: 'installation', tier: null },
      true,
    ],
    [
      'another type closed',
      rule({ trigger: 'installation_closed' }),
      { trigger: 'installation_closed', ticketType: 'defect', tier: null },
      false,
    ],
    [
      'an order delivered',
      rule({ trigger: 'order_delivered', tiers: ['B'] }),
      { trigger: 'order_delivered', tier: 'B' },
      true,
    ],
  ] as const)('%s', (_what, r, event, fires) => {
    expect(rulesFor([r], event).length === 1).toBe(fires);
  });

  it('refuses ticket types on order triggers and a checklist key twice', () => {
    const item = { key: 'quiet', label: 'Quiet?', type: 'yes_no', required: true } as const;
    expect(
      ruleProblems({ trigger: 'order_shipped', ticketTypes: ['defect'], checklist: [item, item] }),
    ).toMatchObject([
      { path: '/ticketTypes', code: 'visit_ticket_types' },
      { path: '/checklist/1/key', code: 'duplicate_value' },
    ]);
    expect(ruleProblems({ trigger: 'ticket_solved', ticketTypes: ['defect'] })).toEqual([]);
  });
});

describe('checklist answers', () => {
  const items: ChecklistItem[] = [
    { key: 'quiet', label: 'Pump runs quietly', type: 'yes_no', required: true },
    { key: 'satisfaction', label: 'Satisfaction', type: 'score', required: true },
    { key: 'notes', label: 'Notes', type: 'text', required: false },
  ];
  it.each([
    ['all answered', { quiet: true, satisfaction: 4, notes: 'ok' }, []],
    ['the optional one left out', { quiet: false, satisfaction: 5 }, []],
    ['a required one missing', { satisfaction: 5 }, [['/answers/quiet', 'required']]],
    [
      'a score out of range',
      { quiet: true, satisfaction: 6 },
      [['/answers/satisfaction', 'survey_score']],
    ],
    [
      'a score not whole',
      { quiet: true, satisfaction: 2.5 },
      [['/answers/satisfaction', 'survey_score']],
    ],
    ['yes/no as text', { quiet: 'yes', satisfaction: 3 }, [['/answers/quiet', 'type']]],
    [
      'too many words',
      { quiet: true, satisfaction: 3, notes: 'x'.repeat(1001) },
      [['/answers/notes', 'text_length']],
    ],
    [
      'an unknown item',
      { quiet: true, satisfaction: 3, colour: 'red' },
      [['/answers/colour', 'unknown_field']],
    ],
  ] as const)('%s', (_what, answers, expected) => {
    expect(answerProblems(items, answers).map((e) => [e.path, e.code])).toEqual(expected);
  });

  it('writes the answers as timeline lines in the checklist’s words', () => {
    expect(answerLines(items, { satisfaction: 4, quiet: false, notes: ' Seal replaced ' })).toEqual(
      ['✗ Pump runs quietly', 'Satisfaction: 4/5', 'Notes: Seal replaced'],
    );
  });
});

describe('a visit’s state', () => {
  it.each([
    [
      {
        outcomeAt: '2026-12-29T10:00:00Z',
        followUpStatus: 'done',
        dueDate: '2026-12-28',
        today: '2027-01-04',
      },
      'done',
    ],
    [
      { outcomeAt: null, followUpStatus: 'done', dueDate: '2026-12-28', today: '2027-01-04' },
      'done',
    ],
    [
      { outcomeAt: null, followUpStatus: 'cancelled', dueDate: '2026-12-28', today: '2026-12-01' },
      'cancelled',
    ],
    // Missed: still to do after its day has passed where the customer is.
    [
      { outcomeAt: null, followUpStatus: 'open', dueDate: '2026-12-28', today: '2026-12-29' },
      'overdue',
    ],
    [
      { outcomeAt: null, followUpStatus: 'snoozed', dueDate: '2026-12-28', today: '2026-12-29' },
      'overdue',
    ],
    [
      { outcomeAt: null, followUpStatus: 'open', dueDate: '2026-12-28', today: '2026-12-28' },
      'planned',
    ],
  ] as const)('%j → %s', (v, state) => {
    expect(visitState(v)).toBe(state);
  });
});
