import { describe, expect, it } from 'vitest';
import { LinkSigner, newLinkToken, readLinkToken, sha256Hex } from './link-token.ts';

describe('link tokens', () => {
  it('names its workspace and is read back to the hash that was kept', () => {
    const { token, hash } = newLinkToken('ws_1');
    expect(token).toMatch(/^ws_1\.[A-Za-z0-9_-]{32}$/);
    expect(readLinkToken(token)).toEqual({ workspaceId: 'ws_1', secret: token.slice(5), hash });
    expect(hash).toBe(sha256Hex(token));
    expect(newLinkToken('ws_1').token).not.toBe(token);
  });

  it.each([
    ['', 'empty'],
    ['ws_1', 'no secret'],
    ['ws_1.short', 'a short secret'],
    [`ws_1.${'a'.repeat(33)}`, 'a long secret'],
    [`.${'a'.repeat(32)}`, 'no workspace'],
    [`w s.${'a'.repeat(32)}`, 'a space'],
    [`${'w'.repeat(65)}.${'a'.repeat(32)}`, 'a workspace id too long'],
    [`ws.1.${'a'.repeat(32)}`, 'two dots'],
  ])('refuses %j (%s)', (token) => {
    expect(readLinkToken(token)).toBeNull();
  });

  it('signs the same link again, apart per purpose, workspace and secret', () => {
    const signer = new LinkSigner('app-secret');
    const token = signer.signed('survey', 'ws_1', 'id-1');
    expect(signer.signed('survey', 'ws_1', 'id-1')).toBe(token);
    expect(readLinkToken(token)?.workspaceId).toBe('ws_1');
    expect(
      new Set([
        token,
        signer.signed('unsubscribe', 'ws_1', 'id-1'),
        signer.signed('survey', 'ws_2', 'id-1').slice(5),
        signer.signed('survey', 'ws_1', 'id-2'),
        new LinkSigner('other-secret').signed('survey', 'ws_1', 'id-1'),
      ]).size,
    ).toBe(5);
  });

  describe('sealed tokens carry their ids and verify themselves', () => {
    const signer = new LinkSigner('app-secret');
    const token = signer.sealed('unsubscribe', 'ws_1', ['camp-1', 'contact_1']);

    it('opens to the workspace and ids it was sealed with', () => {
      expect(token).toMatch(/^ws_1\.camp-1\.contact_1\.[A-Za-z0-9_-]{32}$/);
      expect(signer.opened('unsubscribe', token, 2)).toEqual({
        workspaceId: 'ws_1',
        ids: ['camp-1', 'contact_1'],
      });
      expect(signer.sealed('unsubscribe', 'ws_1', ['camp-1', 'contact_1'])).toBe(token);
    });

    const mac = token.split('.')[3]!;
    const flipped = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    it.each([
      ['another workspace', token.replace('ws_1.', 'ws_2.')],
      ['another campaign', token.replace('camp-1', 'camp-2')],
      ['another contact', token.replace('contact_1', 'contact_2')],
      ['ids swapped', `ws_1.contact_1.camp-1.${mac}`],
      ['an altered HMAC', token.replace(mac, flipped)],
      ['a short HMAC', token.slice(0, -1)],
      ['an id missing', `ws_1.camp-1.${mac}`],
      ['an id too many', `ws_1.camp-1.contact_1.x.${mac}`],
      ['a bad character', token.replace('camp-1', 'camp:1')],
      ['empty', ''],
    ])('refuses %s', (_, altered) => {
      expect(signer.opened('unsubscribe', altered, 2)).toBeNull();
    });

    it('is refused for another purpose or under another secret', () => {
      expect(signer.opened('survey', token, 2)).toBeNull();
      expect(new LinkSigner('other-secret').opened('unsubscribe', token, 2)).toBeNull();
    });

    it('refuses to seal an id that would not read back', () => {
      expect(() => signer.sealed('unsubscribe', 'ws_1', ['a.b'])).toThrow(RangeError);
      expect(() => signer.sealed('unsubscribe', 'ws 1', ['a'])).toThrow(RangeError);
    });
  });
});
