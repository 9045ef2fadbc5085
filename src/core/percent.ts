/**
 * Whole percentages of `counts` that add up to exactly 100 (largest-remainder method): each share
 * is rounded down, then the points still missing go to the shares with the largest remainders
 * (ties to the earlier item, so the result is stable). All zeros give all zeros.
 *
 * `[1, 1, 1]` → `[34, 33, 33]`, where rounding each would give 99; `[2, 1]` → `[67, 33]`.
 */
export function largestRemainder(counts: readonly number[]): number[] {
  const safe = counts.map((n) => (Number.isFinite(n) && n > 0 ? n : 0));
  const total = safe.reduce((a, b) => a + b, 0);
  if (total === 0) return safe.map(() => 0);
  const exact = safe.map((n) => (n * 100) / total);
  const result = exact.map(Math.floor);
  let missing = 100 - result.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    result[index]!++;
    missing--;
  }
  return result;
}

/**
 * Whole percentages of `total` for shares that overlap (multiple choice: each voter may pick
 * several options, so the shares do not add up to 100 and are rounded one by one).
 */
export function sharesOf(counts: readonly number[], total: number): number[] {
  if (!(total > 0)) return counts.map(() => 0);
  return counts.map((n) => Math.round((Math.max(0, n) * 100) / total));
}
