// Small statistics used by the programme figures, written out so a bureau can check them by hand.

/** Median; the mean of the two middle values for an even count; null when empty. */
export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Percentile by the nearest-rank method: the smallest value with at least p% of values at or below it. */
export function nearestRank(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

export const ratio = (a: number, b: number, digits = 3) => (b ? Math.round((a / b) * 10 ** digits) / 10 ** digits : 0);
