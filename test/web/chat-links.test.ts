import { describe, expect, it } from 'vitest';
import { chatLink } from '../../web/src/lib/chat-links.ts';

describe('click-to-chat links', () => {
  it.each([
    ['whatsapp', '+55 11 91234-5678', 'https://wa.me/5511912345678'],
    ['whatsapp', '+966501234567', 'https://wa.me/966501234567'],
    ['whatsapp', '11 91234-5678', null],
    ['whatsapp', '+12', null],
    ['telegram', '@almaty_trading', 'https://t.me/almaty_trading'],
    ['telegram', 'ab', null],
    ['wechat', 'wxid_12345', null],
    ['line', 'someone', null],
  ])('%s %j → %j', (channel, handle, link) => {
    expect(chatLink(channel, handle)).toBe(link);
  });
});
