import { describe, expect, it } from 'vitest';
import { assessPair, companyDomains, pairFingerprint } from './duplicate-pairs.ts';
import { matchKeysOf, type MatchKey } from './match-keys.ts';
import { describeEvidence, type EvidenceSide } from './pair-evidence.ts';

type Side = {
  name: string;
  nativeName?: string;
  country?: string;
  domain?: string;
  emails?: string[];
  phones?: string[];
};

const keys = (s: Side): MatchKey[] =>
  matchKeysOf(
    {
      name: s.name,
      nativeName: s.nativeName ?? null,
      country: s.country ?? 'SA',
      domain: s.domain ?? null,
    },
    [{ emails: s.emails ?? [], phones: s.phones ?? [] }],
  );

describe('duplicate pairs: proposed or not, and how strongly', () => {
  it.each<[string, Side, Side, number | null]>([
    [
      'Al Rajhi branches: one native name, two websites → not proposed',
      { name: 'Al Rajhi Trading', nativeName: 'الراجحي للتجارة', domain: 'alrajhi.sa' },
      {
        name: 'Al Rajhi Trading Dammam',
        nativeName: 'الراجحي للتجارة',
        domain: 'alrajhi-dammam.sa',
      },
      null,
    ],
    [
      'branches by their contacts’ company emails, no websites → not proposed',
      { name: 'Al Rajhi Trading', emails: ['sales@alrajhi.sa'] },
      { name: 'Al Rajhi Trading Co. Ltd', emails: ['info@alrajhi-dammam.sa'] },
      null,
    ],
    [
      'one side has no domain at all → the name proposes',
      { name: 'Al Rajhi Trading', nativeName: 'الراجحي للتجارة', domain: 'alrajhi.sa' },
      { name: 'AL RAJHI TRADING CO.' },
      1,
    ],
    [
      'free mail is no company domain → the name proposes',
      { name: 'Gulf Power Systems', emails: ['gulfpower@gmail.com'] },
      { name: 'Gulf Power Systems LLC', domain: 'gulfpower.sa' },
      1,
    ],
    [
      'a contact at the other’s domain counts when the record has no website',
      { name: 'Najd Industrial', emails: ['ali@najd.sa'] },
      { name: 'Najd Industrial Co', domain: 'najd.sa' },
      1,
    ],
    [
      'different websites but the same phone → proposed on the phone',
      { name: 'Al Faisal Contracting', domain: 'alfaisal.sa', phones: ['+966501234567'] },
      { name: 'Al Faisal Contracting', domain: 'alfaisal-group.sa', phones: ['+966501234567'] },
      11,
    ],
    [
      'same website and name',
      { name: 'Al Jazeera Steel', domain: 'aljazeera-steel.sa' },
      { name: 'AL JAZEERA STEEL LLC', domain: 'aljazeera-steel.sa' },
      101,
    ],
    [
      'same email only',
      { name: 'Desert Rose', emails: ['Buyer@DesertRose.sa'] },
      { name: 'Rose of the Desert', emails: ['buyer@desertrose.sa'] },
      100,
    ],
    [
      'same name in another country → nothing shared',
      { name: 'Müller Maschinenbau GmbH', country: 'DE' },
      { name: 'Müller Maschinenbau GmbH', country: 'AT' },
      null,
    ],
  ])('%s', (_, a, b, score) => {
    expect(assessPair(keys(a), keys(b))?.score ?? null).toBe(score);
    // The rule is symmetric: which record is "a" never changes the answer.
    expect(assessPair(keys(b), keys(a))?.score ?? null).toBe(score);
  });

  it('ranks domain or email above phone above name', () => {
    const site = assessPair(
      keys({ name: 'A', domain: 'a.sa' }),
      keys({ name: 'B', domain: 'a.sa' }),
    );
    const phone = assessPair(
      keys({ name: 'C', phones: ['+966501234567'] }),
      keys({ name: 'D', phones: ['+966501234567'] }),
    );
    const phoneAndName = assessPair(
      keys({ name: 'E', phones: ['+966501234568'] }),
      keys({ name: 'E Co', phones: ['+966501234568'] }),
    );
    const name = assessPair(keys({ name: 'F' }), keys({ name: 'F LLC' }));
    const scores = [site, phoneAndName, phone, name].map((p) => p?.score);
    expect(scores).toEqual([...scores].sort((x, y) => (y ?? 0) - (x ?? 0)));
    expect(new Set(scores).size).toBe(4);
    expect(phoneAndName?.shared.map((k) => k.kind)).toEqual(['phone', 'name']);
  });

  it('takes the website domain over contacts’ email domains', () => {
    expect(
      companyDomains(keys({ name: 'X', domain: 'x.sa', emails: ['a@parent.com', 'b@gmail.com'] })),
    ).toEqual(new Set(['x.sa']));
    expect(companyDomains(keys({ name: 'X', emails: ['a@parent.com', 'b@gmail.com'] }))).toEqual(
      new Set(['parent.com']),
    );
  });

  it('fingerprints both records’ keys regardless of order; any key change shows', () => {
    const a = keys({ name: 'Al Rajhi Trading', domain: 'alrajhi.sa' });
    const b = keys({ name: 'Al Rajhi Trading', phones: ['+966501234567'] });
    expect(pairFingerprint(a, b)).toBe(pairFingerprint(b, a));
    expect(pairFingerprint(a, b)).toBe(pairFingerprint([...a].reverse(), b));
    for (const changed of [
      keys({ name: 'Al Rajhi Trading', domain: 'alrajhi.com' }),
      keys({ name: 'Al Rajhi Trading', domain: 'alrajhi.sa', emails: ['x@alrajhi.sa'] }),
      keys({ name: 'Al Rajhi Trading Est', domain: 'alrajhi.sa' }),
    ])
      expect(pairFingerprint(changed, b)).not.toBe(pairFingerprint(a, b));
    // Keys moving from one record to the other is a change too.
    expect(pairFingerprint([...a, ...b], [])).not.toBe(pairFingerprint(a, b));
  });
});

describe('duplicate evidence in the words each record uses', () => {
  const rajhi: EvidenceSide = {
    name: 'Al Rajhi Trading Co. Ltd',
    nativeName: 'الراجحي للتجارة المحدودة',
    country: 'SA',
    domain: 'alrajhi.sa',
    emails: ['Khalid@AlRajhi.sa'],
    phones: ['+966501234567'],
  };
  const again: EvidenceSide = {
    name: 'Rajhi Trading Est.',
    nativeName: 'الراجحي للتجارة',
    country: 'SA',
    domain: 'alrajhi.sa',
    emails: ['khalid@alrajhi.sa '],
    phones: ['+966501234567'],
  };
  it.each<[MatchKey, string, string]>([
    [{ kind: 'domain', key: 'alrajhi.sa' }, 'alrajhi.sa', 'alrajhi.sa'],
    [{ kind: 'email', key: 'khalid@alrajhi.sa' }, 'Khalid@AlRajhi.sa', 'khalid@alrajhi.sa'],
    [{ kind: 'phone', key: '+966501234567' }, '+966 50 123 4567', '+966 50 123 4567'],
    [{ kind: 'name', key: 'SA:الراجحي للتجارة' }, 'الراجحي للتجارة المحدودة', 'الراجحي للتجارة'],
  ])('%j reads as each side wrote it, never the key', (key, a, b) => {
    expect(describeEvidence([key], rajhi, again)).toEqual([{ kind: key.kind, a, b }]);
  });
});
