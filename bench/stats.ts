export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export async function timeRequests(
  n: number,
  fn: (i: number) => Promise<void>,
): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1] ?? NaN,
  };
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const perSec = (rows: number, millis: number) =>
  `${Math.round((rows / millis) * 1000).toLocaleString('en-US')} rows/s`;
