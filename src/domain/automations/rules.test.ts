import { describe, expect, it } from 'vitest';
import type { FieldError } from '../field-errors.ts';
import {
  addBusinessDays,
  eventMatches,
  triggerEvents,
  validateActions,
  validateTrigger,
  type Trigger,
} from './rules.ts';

const codes = (errors: FieldError[]) => errors.map((e) => `${e.path} ${e.code}`);

describe('automation rules', () => {
  it.each([
    [
      { kind: 'event', eventType: 'customer.updated', fields: [' stage ', 'stage'] },
      [],
      { kind: 'event', eventType: 'customer.updated', fields: ['stage'] },
    ],
    [
      { kind: 'event', eventType: 'order.created' },
      [],
      { kind: 'event', eventType: 'order.created' },
    ],
    [{ kind: 'follow_up_overdue', extra: 1 }, [], { kind: 'follow_up_overdue' }],
    [{ kind: 'segment_leave', segmentId: 's1' }, [], { kind: 'segment_leave', segmentId: 's1' }],
    [{ kind: 'segment_enter' }, ['/trigger/segmentId required'], null],
    [
      { kind: 'event', eventType: 'customer.created', fields: ['stage'] },
      ['/trigger/fields automation_fields_on_update'],
      null,
    ],
    [{ kind: 'event', eventType: 'automation.fired' }, ['/trigger/eventType one_of'], null],
    [{ kind: 'event', eventType: 'customer.updated', fields: [3] }, ['/trigger/fields list'], null],
    ['event', ['/trigger type'], null],
  ])('trigger %j', (input, errs, out) => {
    const errors: FieldError[] = [];
    expect(validateTrigger(input, errors)).toEqual(out);
    expect(codes(errors)).toEqual(errs);
  });

  it.each([
    [
      [{ type: 'create_follow_up', businessDays: 2, note: ' Call ' }],
      [],
      [{ type: 'create_follow_up', businessDays: 2, note: 'Call' }],
    ],
    [
      [{ type: 'set_tier', tier: 'A' }, { type: 'call_webhook' }],
      [],
      [{ type: 'set_tier', tier: 'A' }, { type: 'call_webhook' }],
    ],
    [[{ type: 'add_tag', tag: '' }], ['/actions/0/tag text_length'], []],
    [
      [{ type: 'create_follow_up', businessDays: 400 }],
      ['/actions/0/businessDays automation_business_days'],
      [],
    ],
    [[{ type: 'set_stage', stage: 'won' }], ['/actions/0/stage one_of'], []],
    [[{ type: 'send_email' }], ['/actions/0/type one_of'], []],
    [[], ['/actions list_length'], []],
  ])('actions %j', (input, errs, out) => {
    const errors: FieldError[] = [];
    expect(validateActions(input, errors)).toEqual(out);
    expect(codes(errors)).toEqual(errs);
  });

  it('matches events by type and, when named, by changed field', () => {
    const t: Trigger = { kind: 'event', eventType: 'customer.updated', fields: ['stage'] };
    expect(eventMatches(t, { type: 'customer.updated', changes: { stage: {} } })).toBe(true);
    expect(eventMatches(t, { type: 'customer.updated', changes: { name: {} } })).toBe(false);
    expect(eventMatches(t, { type: 'customer.created', changes: { stage: {} } })).toBe(false);
    expect(triggerEvents({ kind: 'follow_up_overdue' })).toEqual([]);
    expect(triggerEvents({ kind: 'segment_enter', segmentId: 's' })).toContain('order.created');
  });

  it.each([
    // Friday + 1 → Monday; + 0 stays; Thursday + 2 over a Friday holiday → Tuesday.
    ['2026-11-27', 1, [], '2026-11-30', 2],
    ['2026-11-27', 0, [], '2026-11-27', 0],
    ['2026-12-24', 2, ['2026-12-25'], '2026-12-29', 3],
  ])('%s + %i business days (closed %j) → %s', (from, n, closed, date, skipped) => {
    const calendar = {
      isBusinessDay: (d: string) =>
        ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) && !closed.includes(d),
    };
    expect(addBusinessDays(calendar, from, n)).toEqual({ date, skipped });
  });
});
