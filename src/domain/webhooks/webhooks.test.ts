import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { blockedAddress, urlProblem } from './addresses.ts';
import { MAX_ATTEMPTS, retryWait, RETRY_WAITS_MS, shouldDisable } from './retries.ts';
import { newSecret, signature } from './signature.ts';

describe('blockedAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.20.30.40', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
    ['not an ip', 'invalid'],
    ['8.8.8.8', null],
    ['172.32.0.1', null],
    ['::ffff:8.8.8.8', null],
    ['2606:4700:4700::1111', null],
  ])('%s → %s', (address, range) => {
    expect(blockedAddress(address)).toBe(range);
  });
});

describe('urlProblem', () => {
  it.each([
    ['https://hooks.example.com/in', false, null],
    ['http://hooks.example.com/in', false, 'webhook_url_https_required'],
    ['http://127.0.0.1:8080/in', true, null],
    ['ftp://hooks.example.com/', true, 'webhook_url_scheme'],
    ['javascript:alert(1)', true, 'webhook_url_scheme'],
    ['not a url', false, 'webhook_url_invalid'],
    ['https://user:pw@hooks.example.com/', false, 'webhook_url_credentials'],
    ['https://127.0.0.1/', false, 'webhook_url_private_network'],
    ['https://10.0.0.5/', false, 'webhook_url_private_network'],
    ['https://169.254.169.254/latest/meta-data', false, 'webhook_url_private_network'],
    ['https://[::1]/', false, 'webhook_url_private_network'],
    ['https://[::ffff:127.0.0.1]/', false, 'webhook_url_private_network'],
    // Other spellings of loopback the URL parser folds into 127.0.0.1.
    ['https://2130706433/', false, 'webhook_url_private_network'],
    ['https://0x7f.1/', false, 'webhook_url_private_network'],
    ['https://8.8.8.8/', false, null],
  ])('%s (private allowed: %s) → %s', (url, allow, problem) => {
    expect(urlProblem(url, allow)).toBe(problem);
  });
});

describe('signature', () => {
  it('is what the reference implementation verifies, with either secret during a rotation', () => {
    const [oldSecret, current] = [newSecret(), newSecret()];
    expect(current).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ type: 'customer.created', data: { id: 'c1' } });
    const ts = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(ts),
      'webhook-signature': signature([current, oldSecret], 'msg_1', ts, body),
    };
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const s of [current, oldSecret])
      expect(new Webhook(s).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(current).verify(body.replace('c1', 'c2'), headers)).toThrow();
  });
});

describe('retries', () => {
  it('spreads eight attempts over more than a day', () => {
    expect(MAX_ATTEMPTS).toBe(8);
    expect([1, 2, 3, 4, 5, 6, 7].map(retryWait)).toEqual([...RETRY_WAITS_MS]);
    expect(RETRY_WAITS_MS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(24 * 3_600_000);
  });

  it('disables after 20 failures in a row spanning a day', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    expect(shouldDisable(20, '2026-11-29T12:00:00Z', now)).toBe(true);
    expect(shouldDisable(19, '2026-11-28T12:00:00Z', now)).toBe(false);
    expect(shouldDisable(50, '2026-11-29T13:00:00Z', now)).toBe(false);
    expect(shouldDisable(50, null, now)).toBe(false);
  });
});
