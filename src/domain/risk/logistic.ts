/**
 * Logistic regression with L2 regularisation, fitted by iteratively reweighted least squares
 * (Newton's method), with the standardisation, the deterministic hold-out split and the AUC the
 * churn model needs (docs/risk.md, “The churn model”). Pure and small: a handful of features and
 * a few thousand rows, so a dense (k+1)² Newton step is cheaper than any gradient descent.
 */

export interface Standardiser {
  means: number[];
  /** population standard deviations; 1 where a feature does not vary (it then adds nothing) */
  scales: number[];
}

export function standardiser(rows: number[][]): Standardiser {
  const k = rows[0]?.length ?? 0;
  const means = Array.from({ length: k }, (_, j) => mean(rows.map((r) => r[j]!)));
  const scales = means.map((m, j) => {
    const sd = Math.sqrt(mean(rows.map((r) => (r[j]! - m) ** 2)));
    return sd > 1e-12 ? sd : 1;
  });
  return { means, scales };
}

export const standardise = (s: Standardiser, x: number[]) =>
  x.map((v, j) => (v - s.means[j]!) / s.scales[j]!);

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
export const sigmoid = (t: number) =>
  t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));

export interface LogisticFit {
  intercept: number;
  weights: number[];
  iterations: number;
  converged: boolean;
}

/**
 * Minimises the mean log-loss plus λ/2·‖w‖² (the intercept is not penalised). With λ > 0 the
 * problem is strictly convex, so separable data still gives finite weights.
 */
export function fitLogistic(
  X: number[][],
  y: (0 | 1)[],
  opts: { lambda: number; maxIterations?: number; tolerance?: number },
): LogisticFit {
  const n = X.length;
  const k = X[0]?.length ?? 0;
  const maxIt = opts.maxIterations ?? 100;
  const tol = opts.tolerance ?? 1e-10;
  // beta[0] is the intercept, beta[1..k] the weights.
  let beta = new Array<number>(k + 1).fill(0);
  const row = (i: number) => [1, ...X[i]!];
  for (let it = 1; it <= maxIt; it++) {
    const grad = new Array<number>(k + 1).fill(0);
    const H = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = row(i);
      const p = sigmoid(dot(beta, xi));
      const w = Math.max(p * (1 - p), 1e-12);
      for (let a = 0; a <= k; a++) {
        grad[a]! += ((p - y[i]!) * xi[a]!) / n;
        for (let b = 0; b <= a; b++) H[a]![b]! += (w * xi[a]! * xi[b]!) / n;
      }
    }
    for (let a = 0; a <= k; a++) {
      for (let b = 0; b < a; b++) H[b]![a] = H[a]![b]!;
      if (a > 0) {
        grad[a]! += opts.lambda * beta[a]!;
        H[a]![a]! += opts.lambda;
      }
    }
    const step = solve(H, grad);
    beta = beta.map((v, a) => v - step[a]!);
    if (Math.max(...step.map(Math.abs)) < tol)
      return { intercept: beta[0]!, weights: beta.slice(1), iterations: it, converged: true };
  }
  return { intercept: beta[0]!, weights: beta.slice(1), iterations: maxIt, converged: false };
}

const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

/** Gaussian elimination with partial pivoting; the Hessian is positive definite (λ > 0). */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    if (Math.abs(piv) < 1e-300) throw new Error('singular system');
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / piv;
      for (let j = c; j <= n; j++) M[r]![j]! -= f * M[c]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let j = r + 1; j < n; j++) s -= M[r]![j]! * x[j]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

/**
 * The area under the ROC curve as the Mann–Whitney statistic: the share of (positive, negative)
 * pairs the scores rank the right way round, ties counting half. Null without both classes.
 */
export function auc(scores: number[], labels: (0 | 1)[]): number | null {
  const idx = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  // Average ranks over ties (1-based).
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j < idx.length && idx[j]!.s === idx[i]!.s) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let t = i; t < j; t++)
      if (idx[t]!.y === 1) {
        pos++;
        rankSum += avgRank;
      } else neg++;
    i = j;
  }
  if (!pos || !neg) return null;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * Whether a customer is held out: a fixed hash (FNV-1a, 32 bits) of the seed and the id, so the
 * same customers are held out on every run and on both databases, whatever order rows come in.
 */
export function isHeldOut(id: string, seed: string, percent: number): boolean {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${id}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 100 < percent;
}
