import { describe, expect, it } from 'vitest';
import {
  firingKey,
  planEscalation,
  raise,
  reached,
  type EscalationRule,
  type EscalationTicket,
} from './escalation.ts';

const NOW = '2026-12-01T10:00:00.000Z';
const BEFORE = '2026-12-01T09:00:00.000Z';
const AFTER = '2026-12-01T11:00:00.000Z';

const CYCLE1 = '2026-12-01T08:00:00.000Z';
const CYCLE2 = '2026-12-01T09:30:00.000Z';
const running = (warnAt: string, dueAt: string) => ({ warnAt, dueAt, metAt: null });
const ticket = (over: Partial<EscalationTicket> = {}): EscalationTicket => ({
  priority: 'normal',
  assigneeId: 'u-rep',
  teamId: 'team-sh',
  firstResponse: { warnAt: null, dueAt: null, metAt: BEFORE },
  resolution: running(AFTER, AFTER),
  ...over,
});
const rule = (over: Partial<EscalationRule> = {}): EscalationRule => ({
  id: 'r1',
  name: 'Warn',
  trigger: 'warning',
  target: 'any',
  priorities: [],
  teamIds: [],
  reassignToId: null,
  raisePriority: false,
  notify: true,
  ...over,
});

describe('reached', () => {
  it.each([
    [{ warnAt: AFTER, dueAt: AFTER, metAt: null }, null],
    [{ warnAt: BEFORE, dueAt: AFTER, metAt: null }, 'warning'],
    [{ warnAt: NOW, dueAt: AFTER, metAt: null }, 'warning'],
    [{ warnAt: BEFORE, dueAt: BEFORE, metAt: null }, 'breach'],
    [{ warnAt: BEFORE, dueAt: BEFORE, metAt: BEFORE }, null],
    // paused: no instants while the clock stands still
    [{ warnAt: null, dueAt: null, metAt: null }, null],
  ] as const)('%j → %s', (t, out) => expect(reached(t, NOW)).toBe(out));
});

describe('raise', () => {
  it.each([
    ['low', 1, 'normal'],
    ['normal', 1, 'high'],
    ['high', 2, 'urgent'],
    ['urgent', 1, 'urgent'],
    ['low', 5, 'urgent'],
  ] as const)('%s + %d → %s', (p, n, out) => expect(raise(p, n)).toBe(out));
});

describe('planEscalation', () => {
  const warned = ticket({ resolution: running(BEFORE, AFTER) });
  const breached = ticket({ resolution: running(BEFORE, BEFORE) });
  const both = ticket({
    firstResponse: running(BEFORE, BEFORE),
    resolution: running(BEFORE, AFTER),
  });
  const cases: {
    name: string;
    t: EscalationTicket;
    rules: EscalationRule[];
    done?: string[];
    fired: string[];
    priority?: string | null;
    assigneeId?: string;
    notify?: boolean;
  }[] = [
    { name: 'nothing reached', t: ticket(), rules: [rule()], fired: [], notify: false },
    {
      name: 'warning fires a warning rule',
      t: warned,
      rules: [rule()],
      fired: ['r1:resolution'],
      notify: true,
    },
    {
      name: 'warning does not fire a breach rule',
      t: warned,
      rules: [rule({ trigger: 'breach' })],
      fired: [],
    },
    {
      name: 'a breach fires both (the job ran after both instants)',
      t: breached,
      rules: [rule(), rule({ id: 'r2', trigger: 'breach', raisePriority: true })],
      fired: ['r1:resolution', 'r2:resolution'],
      priority: 'high',
    },
    {
      name: 'fired once per ticket and target',
      t: breached,
      rules: [rule(), rule({ id: 'r2', trigger: 'breach' })],
      done: [firingKey('r1', 'resolution')],
      fired: ['r2:resolution'],
    },
    {
      name: '"any" fires per target reached',
      t: both,
      rules: [rule()],
      fired: ['r1:first_response', 'r1:resolution'],
    },
    {
      name: 'a target-specific rule ignores the other target',
      t: both,
      rules: [rule({ target: 'first_response', trigger: 'breach' })],
      fired: ['r1:first_response'],
    },
    {
      name: 'priority condition',
      t: warned,
      rules: [rule({ priorities: ['high', 'urgent'] })],
      fired: [],
    },
    {
      name: 'team condition: a ticket of no team does not match',
      t: ticket({ teamId: null, resolution: running(BEFORE, AFTER) }),
      rules: [rule({ teamIds: ['team-sh'] })],
      fired: [],
    },
    {
      name: 'the first rule that reassigns wins; priority rises a step per rule, up to urgent',
      t: ticket({ priority: 'high', resolution: running(BEFORE, BEFORE) }),
      rules: [
        rule({ reassignToId: 'u-lead', raisePriority: true }),
        rule({ id: 'r2', trigger: 'breach', reassignToId: 'u-boss', raisePriority: true }),
      ],
      fired: ['r1:resolution', 'r2:resolution'],
      priority: 'urgent',
      assigneeId: 'u-lead',
    },
    {
      name: 'reassigning to the assignee is no change',
      t: warned,
      rules: [rule({ reassignToId: 'u-rep' })],
      fired: ['r1:resolution'],
      assigneeId: undefined,
    },
    {
      name: 'already urgent stays urgent (no change)',
      t: ticket({ priority: 'urgent', resolution: running(BEFORE, AFTER) }),
      rules: [rule({ raisePriority: true })],
      fired: ['r1:resolution'],
      priority: null,
    },
    {
      name: 'next response: a breach fires a next-response rule, keyed by its cycle',
      t: ticket({ nextResponse: { ...running(BEFORE, BEFORE), cycleAt: CYCLE1 } }),
      rules: [rule({ target: 'next_response', trigger: 'breach', raisePriority: true })],
      fired: [`r1:next_response@${CYCLE1}`],
      priority: 'high',
    },
    {
      name: 'next response: "any" covers it beside the other targets',
      t: ticket({ nextResponse: { ...running(BEFORE, AFTER), cycleAt: CYCLE1 } }),
      rules: [rule()],
      fired: [`r1:next_response@${CYCLE1}`],
    },
    {
      name: 'next response: once per cycle',
      t: ticket({ nextResponse: { ...running(BEFORE, BEFORE), cycleAt: CYCLE1 } }),
      rules: [rule({ target: 'next_response' })],
      done: [firingKey('r1', 'next_response', CYCLE1)],
      fired: [],
    },
    {
      name: 'next response: a new cycle (the customer wrote again) fires again',
      t: ticket({ nextResponse: { ...running(BEFORE, BEFORE), cycleAt: CYCLE2 } }),
      rules: [rule({ target: 'next_response' })],
      done: [firingKey('r1', 'next_response', CYCLE1)],
      fired: [`r1:next_response@${CYCLE2}`],
    },
    {
      name: 'next response: a cycle answered never escalates; a resolution rule ignores it',
      t: ticket({
        nextResponse: { warnAt: BEFORE, dueAt: BEFORE, metAt: NOW, cycleAt: CYCLE1 },
      }),
      rules: [rule({ target: 'next_response' }), rule({ id: 'r2', target: 'resolution' })],
      fired: [],
    },
    {
      name: 'a met target never escalates',
      t: ticket({ resolution: { warnAt: BEFORE, dueAt: BEFORE, metAt: NOW } }),
      rules: [rule(), rule({ id: 'r2', trigger: 'breach' })],
      fired: [],
    },
  ];
  it.each(cases)('$name', ({ t, rules, done, fired, priority, assigneeId, notify }) => {
    const plan = planEscalation(t, rules, new Set(done ?? []), NOW);
    expect(plan.fired.map((f) => firingKey(f.ruleId, f.target, f.cycleAt))).toEqual(fired);
    if (priority !== undefined) expect(plan.priority).toBe(priority);
    expect(plan.assigneeId).toBe(assigneeId);
    if (notify !== undefined) expect(plan.notify).toBe(notify);
  });
});
