import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.ts';

describe('SecretBox', () => {
  const box = new SecretBox('an-app-secret-of-enough-length');

  it('opens what it sealed, and the box does not contain the plain text', () => {
    const sealed = box.seal('ws1', 'mb1:imap', 'päss-词-word');
    expect(sealed).not.toContain('päss');
    expect(box.open('ws1', 'mb1:imap', sealed)).toBe('päss-词-word');
    // A fresh IV each time: the same password never gives the same box.
    expect(box.seal('ws1', 'mb1:imap', 'päss-词-word')).not.toBe(sealed);
  });

  it.each([
    ['another workspace', 'ws2', 'mb1:imap'],
    ['another mailbox', 'ws1', 'mb2:imap'],
    ['another field', 'ws1', 'mb1:smtp'],
  ])('refuses to open a box moved to %s', (_what, ws, binding) => {
    const sealed = box.seal('ws1', 'mb1:imap', 'secret');
    expect(() => box.open(ws, binding, sealed)).toThrow();
  });

  it('refuses a box under another app secret, or tampered with', () => {
    const sealed = box.seal('ws1', 'mb1:imap', 'secret');
    expect(() =>
      new SecretBox('another-app-secret-entirely').open('ws1', 'mb1:imap', sealed),
    ).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open('ws1', 'mb1:imap', parts.join('.'))).toThrow();
  });

  it('keeps purposes apart: a passport box does not open as a mailbox secret', () => {
    const passports = new SecretBox('an-app-secret-of-enough-length', 'chuhai passport v1');
    const sealed = passports.seal('ws1', 'inv1:passport_number', 'X1234567');
    expect(passports.open('ws1', 'inv1:passport_number', sealed)).toBe('X1234567');
    expect(() => box.open('ws1', 'inv1:passport_number', sealed)).toThrow();
  });

  it.each([
    ['a box', box.seal('ws1', 'a:b', 'x'), true],
    ['an empty box', box.seal('ws1', 'a:b', ''), true],
    ['a passport number written before sealing', 'X1234567', false],
    ['a date', '1980-02-29', false],
  ])('tells %s apart', (_what, value, isBox) => {
    expect(SecretBox.isBox(value)).toBe(isBox);
  });
});
