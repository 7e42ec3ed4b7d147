/**
 * Local content of a bid: the share of its value made in the buyer's country.
 *
 *   local content = (value excluding local indirect taxes − imported content)
 *                   ─────────────────────────────────────────────────────────
 *                          value excluding local indirect taxes
 *
 * Amounts are minor units of one currency (the bid's), so the comparison with a class threshold
 * is done exactly with integers: a bid at 49.999 % is not Class-I even though it rounds to 50.00.
 */

export interface LocalContentInput {
  /** the value of the goods or services offered, as quoted (local indirect taxes included) */
  valueMinor: number;
  /** local indirect taxes (GST, VAT, ICMS…) inside that value; they are not local content */
  localTaxesMinor: number;
  /** the imported content: components, services and royalties brought in from abroad */
  importedMinor: number;
}

/** One step of a rule table: the lowest share that reaches the class, in hundredths of a percent. */
export interface LocalContentClass {
  code: string;
  name: { en: string; zh: string };
  /** 5000 = 50.00 % */
  fromBp: number;
  /** true: the share must be strictly above `fromBp` */
  exclusive?: boolean;
}

export interface LocalContentRule {
  country: string;
  name: { en: string; zh: string };
  source: string;
  /** highest class first; the last one starts at 0 */
  classes: LocalContentClass[];
}

/**
 * The classes a country's procurement rules give, by the country of the tender. India's is the
 * Public Procurement (Preference to Make in India) Order 2017 as revised on 16 September 2020,
 * para 2: Class-I ≥ 50 %, Class-II more than 20 % and less than 50 %, Non-local 20 % or less.
 */
export const LOCAL_CONTENT_RULES: Readonly<Record<string, LocalContentRule>> = {
  IN: {
    country: 'IN',
    name: { en: 'Make in India (PPP-MII)', zh: '印度“印度制造”采购优先令' },
    source: 'Public Procurement (Preference to Make in India) Order 2017, revised 16 Sep 2020',
    classes: [
      {
        code: 'class_i',
        name: { en: 'Class-I local supplier', zh: 'I 类本地供应商' },
        fromBp: 5000,
      },
      {
        code: 'class_ii',
        name: { en: 'Class-II local supplier', zh: 'II 类本地供应商' },
        fromBp: 2000,
        exclusive: true,
      },
      { code: 'non_local', name: { en: 'Non-local supplier', zh: '非本地供应商' }, fromBp: 0 },
    ],
  },
};

export type LocalContentProblem =
  | { field: 'valueMinor'; code: 'local_content_no_value' }
  | { field: 'localTaxesMinor'; code: 'local_content_taxes_exceed' }
  | { field: 'importedMinor'; code: 'local_content_imported_exceeds' };

export interface LocalContentResult {
  /** value excluding local indirect taxes */
  baseMinor: number;
  /** the local part: base − imported */
  localMinor: number;
  /** the share, rounded DOWN to hundredths of a percent (never shows a class not reached) */
  percentBp: number;
  /** the class of the country's rule table, or null where the table has none for the country */
  class: LocalContentClass | null;
  /** whether the share reaches the tender's own requirement; null without one */
  meetsRequirement: boolean | null;
}

const big = (n: number) => BigInt(n);

/** Whether local / base is at least (or above) `bp` hundredths of a percent, exactly. */
function reaches(localMinor: number, baseMinor: number, bp: number, exclusive = false): boolean {
  const left = big(localMinor) * 10000n;
  const right = big(bp) * big(baseMinor);
  return exclusive ? left > right : left >= right;
}

/** The problems with an input, or none; amounts are assumed whole and non-negative. */
export function localContentProblems(input: LocalContentInput): LocalContentProblem[] {
  const base = input.valueMinor - input.localTaxesMinor;
  if (input.valueMinor <= 0) return [{ field: 'valueMinor', code: 'local_content_no_value' }];
  if (base <= 0) return [{ field: 'localTaxesMinor', code: 'local_content_taxes_exceed' }];
  if (input.importedMinor > base)
    return [{ field: 'importedMinor', code: 'local_content_imported_exceeds' }];
  return [];
}

/**
 * The declared local content and the class it reaches under `country`'s rule table. Throws on an
 * input with problems: check it with `localContentProblems` first.
 */
export function localContent(
  input: LocalContentInput,
  country: string,
  requiredBp: number | null = null,
): LocalContentResult {
  if (localContentProblems(input).length) throw new Error('invalid local content input');
  const baseMinor = input.valueMinor - input.localTaxesMinor;
  const localMinor = baseMinor - input.importedMinor;
  const percentBp = Number((big(localMinor) * 10000n) / big(baseMinor));
  const rule = LOCAL_CONTENT_RULES[country];
  const cls =
    rule?.classes.find((c) => reaches(localMinor, baseMinor, c.fromBp, c.exclusive)) ?? null;
  return {
    baseMinor,
    localMinor,
    percentBp,
    class: cls,
    meetsRequirement: requiredBp === null ? null : reaches(localMinor, baseMinor, requiredBp),
  };
}
