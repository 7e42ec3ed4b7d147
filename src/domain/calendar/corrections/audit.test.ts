import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidDate } from '../dates.ts';
import { allCorrectionFiles } from './registry.ts';
import { auditCountry, type SecondSource, type UnresolvedList } from './audit.ts';
import list from './unresolved.json' with { type: 'json' };

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../test/fixtures/${name}`, import.meta.url), 'utf8'));
const source = fixture('calendar-second-source.json') as SecondSource;
const known = (list as UnresolvedList).countries;

describe('the calendar against a second source (python-holidays), 2026–2027', () => {
  const audits = Object.keys(source.countries).map((c) => auditCountry(c, source));

  it('covers the 68 main export markets, every day of both years', () => {
    expect((list as UnresolvedList).secondSource).toBe(`${source.source} ${source.version}`);
    expect(audits).toHaveLength(68);
    for (const a of audits) expect(a.compared).toBe(730);
  });

  // A library upgrade that changes an answer shows up here: resolve it with a cited correction,
  // or list it (npm run calendar:audit -- --write-unresolved) with what was searched.
  it('has no disagreement that is not on the known unresolved list', () => {
    const fresh = audits.flatMap((a) =>
      a.disagreements
        .filter((d) => !known[a.country]?.some((k) => k.date === d.date && k.engine === d.engine))
        .map((d) => `${a.country} ${d.date} engine=${d.engine} other=${d.secondSource}`),
    );
    expect(fresh).toEqual([]);
  });

  it('lists no unresolved day that has since been settled', () => {
    const stale = Object.entries(known).flatMap(([country, days]) =>
      days
        .filter(
          (k) =>
            !audits
              .find((a) => a.country === country)
              ?.disagreements.some((d) => d.date === k.date),
        )
        .map((k) => `${country} ${k.date}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('the corrections files', () => {
  it('cite an official source with title, date and address on every row', () => {
    for (const f of allCorrectionFiles())
      for (const c of f.corrections) {
        expect(c.date.startsWith(String(f.year)), `${f.country} ${c.date}`).toBe(true);
        expect(c.source.title.length).toBeGreaterThan(10);
        expect(isValidDate(c.source.date)).toBe(true);
        expect(c.source.url).toMatch(/^https:\/\//);
        expect(c.source.checked.length).toBeGreaterThan(10);
        if (c.kind === 'half-day') expect(c.closesAt).toMatch(/^\d\d:\d\d$/);
        if (c.kind === 'moved') expect(c.from && isValidDate(c.from)).toBe(true);
      }
  });

  it('has one file per country and year', () => {
    const keys = allCorrectionFiles().map((f) => `${f.country}|${f.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
