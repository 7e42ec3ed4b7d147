import { describe, expect, it } from 'vitest';
import { countryCodeOf } from './country-name.ts';

describe('country names to ISO codes', () => {
  it.each([
    ['Germany', 'DE'],
    ['德国', 'DE'],
    ['Deutschland', 'DE'],
    ['DE', 'DE'],
    ['de', 'DE'],
    ['Brasil', 'BR'],
    ['巴西', 'BR'],
    ['México', 'MX'],
    ['Mexico', 'MX'],
    ['Saudi Arabia', 'SA'],
    ['المملكة العربية السعودية', 'SA'],
    ['沙特阿拉伯', 'SA'],
    ['Казахстан', 'KZ'],
    ['Қазақстан', 'KZ'],
    ['Việt Nam', 'VN'],
    ['Vietnam', 'VN'],
    ['日本', 'JP'],
    ['대한민국', 'KR'],
    ['Türkiye', 'TR'],
    ['USA', 'US'],
    ['United Arab Emirates', 'AE'],
    ['阿联酋', 'AE'],
    ['Moçambique', 'MZ'],
    ['Kyrgyzstan', 'KG'],
    ['DEU', 'DE'],
    // Short and colloquial forms from real customer lists (#11: KSA was unknown, UK too).
    ['KSA', 'SA'],
    ['UK', 'GB'],
    ['uk', 'GB'],
    ['U.S.', 'US'],
    ['Holland', 'NL'],
    ['Turkey', 'TR'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['Ivory Coast', 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['South Korea', 'KR'],
    ['Korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['Viet Nam', 'VN'],
    ['Hong Kong', 'HK'],
    ['香港', 'HK'],
    ['Great Britain', 'GB'],
    ['Burma', 'MM'],
    ['沙特', 'SA'],
    ['英国', 'GB'],
    ['土耳其', 'TR'],
    ['中国大陆', 'CN'],
    ['bra', 'BR'],
    ['KAZ', 'KZ'],
    ['ARE', 'AE'],
  ])('%s → %s', (name, code) => {
    expect(countryCodeOf(name)).toBe(code);
  });

  it.each(['XX', 'XYZ', 'Atlantis', '', 'Europe'])('%j names no country', (name) => {
    expect(countryCodeOf(name)).toBeNull();
  });
});
