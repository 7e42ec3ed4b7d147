/**
 * Revenue concentration: shares of the largest customers (or markets) and the
 * Herfindahl–Hirschman index, the sum of the squared percentage shares (0–10,000). The warning
 * threshold defaults to 2,500, the line above which the US merger guidelines of 2010 called a
 * market highly concentrated: 2,500 is four equal customers' worth of dependence.
 */

export const HHI_WARNING = 2500;

export interface Share {
  key: string;
  amountMinor: number;
  /** of the total, 0–1, four decimals */
  share: number;
}

export interface Concentration {
  totalMinor: number;
  top1: number;
  top5: number;
  top10: number;
  hhi: number;
  warning: boolean;
  items: Share[];
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** Shares and HHI of amounts per key (keys may repeat: they are added). */
export function concentration(
  amounts: readonly { key: string; amountMinor: number }[],
  threshold = HHI_WARNING,
): Concentration {
  const byKey = new Map<string, number>();
  for (const a of amounts)
    if (a.amountMinor > 0) byKey.set(a.key, (byKey.get(a.key) ?? 0) + a.amountMinor);
  const sorted = [...byKey].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = sorted.reduce((s, [, v]) => s + v, 0);
  const share = (v: number) => (total ? v / total : 0);
  const top = (n: number) => round4(share(sorted.slice(0, n).reduce((s, [, v]) => s + v, 0)));
  const hhi = Math.round(sorted.reduce((s, [, v]) => s + (share(v) * 100) ** 2, 0));
  return {
    totalMinor: total,
    top1: top(1),
    top5: top(5),
    top10: top(10),
    hhi,
    warning: hhi > threshold,
    items: sorted.map(([key, amountMinor]) => ({
      key,
      amountMinor,
      share: round4(share(amountMinor)),
    })),
  };
}

/** "What if we lost this one": the share of revenue at stake and the HHI of what remains. */
export function withoutKey(
  amounts: readonly { key: string; amountMinor: number }[],
  key: string,
  threshold = HHI_WARNING,
) {
  const all = concentration(amounts, threshold);
  const lost = all.items.find((i) => i.key === key);
  const rest = concentration(
    amounts.filter((a) => a.key !== key),
    threshold,
  );
  return {
    key,
    lostMinor: lost?.amountMinor ?? 0,
    shareAtStake: lost?.share ?? 0,
    remainingMinor: rest.totalMinor,
    hhiAfter: rest.hhi,
  };
}
