import { describe, expect, it } from 'vitest';
import { localContent, localContentProblems } from './local-content.ts';

const lc = (valueMinor: number, localTaxesMinor: number, importedMinor: number) => ({
  valueMinor,
  localTaxesMinor,
  importedMinor,
});

describe('declared local content: (value without local indirect taxes − imported) / that value', () => {
  it.each([
    // value, local taxes, imported → share (hundredths of %), India's class
    [lc(118_000_00, 18_000_00, 50_000_00), 5000, 'class_i'],
    [lc(118_000_00, 18_000_00, 0), 10000, 'class_i'],
    // 49.999 % shows as 49.99 % and is Class-II: the threshold is compared exactly.
    [lc(100_000_000, 0, 50_001_000), 4999, 'class_ii'],
    [lc(100_000_00, 0, 79_999_00), 2000, 'class_ii'],
    // Exactly 20 %: "more than 20 %" is Class-II, so 20 % itself is Non-local.
    [lc(100_000_00, 0, 80_000_00), 2000, 'non_local'],
    [lc(100_000_00, 0, 90_000_00), 1000, 'non_local'],
    [lc(100_000_00, 0, 100_000_00), 0, 'non_local'],
    // The taxes are left out of the value: 118 quoted with 18 GST and 60 imported is 40 %.
    [lc(118_00, 18_00, 60_00), 4000, 'class_ii'],
    // Amounts near the largest safe integer are still exact.
    [lc(Number.MAX_SAFE_INTEGER, 0, 1), 9999, 'class_i'],
  ])('%o → %i bp, %s in India', (input, bp, cls) => {
    const r = localContent(input, 'IN');
    expect(r.percentBp).toBe(bp);
    expect(r.class?.code).toBe(cls);
  });

  it('gives no class where the country has no rule table, and checks the tender’s requirement', () => {
    const r = localContent(lc(100_00, 0, 60_00), 'SA', 4000);
    expect(r).toMatchObject({ percentBp: 4000, class: null, meetsRequirement: true });
    expect(localContent(lc(100_00, 0, 60_01), 'SA', 4000).meetsRequirement).toBe(false);
    expect(localContent(lc(100_00, 0, 60_01), 'SA').meetsRequirement).toBeNull();
  });

  it.each([
    [lc(0, 0, 0), 'valueMinor', 'local_content_no_value'],
    [lc(100, 100, 0), 'localTaxesMinor', 'local_content_taxes_exceed'],
    [lc(100, 120, 0), 'localTaxesMinor', 'local_content_taxes_exceed'],
    [lc(118, 18, 101), 'importedMinor', 'local_content_imported_exceeds'],
  ])('%o is refused at %s', (input, field, code) => {
    expect(localContentProblems(input)).toEqual([{ field, code }]);
    expect(() => localContent(input, 'IN')).toThrow();
  });
});
