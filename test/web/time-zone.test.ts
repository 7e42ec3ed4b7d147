import { describe, expect, it } from 'vitest';
import { hoursAhead, timeZoneOptions, zoneLabel } from '../../web/src/lib/time-zone.ts';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';

describe('naming the user’s clock', () => {
  it.each([
    ['Asia/Shanghai', 'en', 'Shanghai time'],
    ['Asia/Shanghai', 'zh-CN', '上海时间'],
    ['America/Sao_Paulo', 'en', 'Sao Paulo time'],
    ['America/Sao_Paulo', 'zh-CN', '圣保罗时间'],
    ['Asia/Dubai', 'zh-CN', '迪拜时间'],
    // a city without a Chinese name here is named by the zone's own Chinese name, not in Latin
    ['Europe/Vilnius', 'zh-CN', '东欧时间'],
  ])('%s in %s is “%s”', (zone, locale, label) => {
    expect(zoneLabel(zone, locale)).toBe(label);
  });

  it.each([
    // 2026-07-01 12:00 UTC: Berlin in summer time (+2), Shanghai +8, India +5:30, New York −4
    ['Europe/Berlin', 'Asia/Shanghai', -6],
    ['Asia/Shanghai', 'Europe/Berlin', 6],
    ['Asia/Kolkata', 'Asia/Shanghai', -2.5],
    ['America/New_York', 'Asia/Dubai', -8],
    ['Asia/Shanghai', 'Asia/Shanghai', 0],
  ])('%s is %d h from %s', (theirs, mine, hours) => {
    expect(hoursAhead(theirs, mine, new Date('2026-07-01T12:00:00Z'))).toBe(hours);
  });

  it('no longer hard-codes Beijing time, and names the reference zone in both languages', () => {
    expect(JSON.stringify(zhCN)).not.toContain('北京时间');
    for (const key of ['localAhead', 'localBehind', 'localSame'] as const) {
      expect(en.customers[key]).toContain('{{zone}}');
      expect(zhCN.customers[key]).toContain('{{zone}}');
    }
    expect(zhCN.relationship.window).toContain('{{zone}}');
  });

  it('lets the picker find a zone by city or country in either language', () => {
    const find = (locale: string, text: string) =>
      timeZoneOptions(locale)
        .filter((o) => o.search.includes(text.toLowerCase()))
        .map((o) => o.value);
    expect(find('zh-CN', '上海')).toEqual(['Asia/Shanghai']);
    expect(find('zh-CN', '德国')).toContain('Europe/Berlin');
    expect(find('en', 'sao paulo')).toEqual(['America/Sao_Paulo']);
    expect(find('en', 'dubai')).toEqual(['Asia/Dubai']);
    const shanghai = timeZoneOptions('zh-CN').find((o) => o.value === 'Asia/Shanghai');
    expect(shanghai?.label).toBe('上海 · 中国 · UTC+08:00');
  });
});
