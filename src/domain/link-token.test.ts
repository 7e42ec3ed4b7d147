import { describe, expect, it } from 'vitest';
import { newLinkToken, readLinkToken, sha256Hex } from './link-token.ts';

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
});
