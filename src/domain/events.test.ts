import { describe, expect, it } from 'vitest';
import { eventTypeFor } from './events.ts';

describe('eventTypeFor', () => {
  it.each([
    ['customer', 'create', 'customer.created'],
    ['customer', 'delete', 'customer.deleted'],
    ['customer', 'restore', 'customer.restored'],
    ['customer', 'merge', 'customer.merged'],
    ['contact', 'update', 'contact.updated'],
    ['order', 'create', 'order.created'],
    ['follow_up', 'update', 'follow_up.updated'],
    ['user', 'login', null],
    ['team', 'create', null],
    ['contact', 'merge', null],
    ['customer', 'not_duplicate', null],
  ])('%s %s → %s', (entity, action, type) => {
    expect(eventTypeFor(entity, action)).toBe(type);
  });
});
