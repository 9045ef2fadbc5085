/*
 * The minimum group size: no figure is shown for a group of fewer people (or anonymous responses)
 * than this, on any backend. One rule, so the feedback inbox's summary and the insights agree.
 */

/** The default minimum group size (feedback's `minGroupSize` configures it per backend). */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** Whether a group of `size` is too small to show a figure for. */
export function isTooSmall(size: number, minGroupSize: number): boolean {
  return size < minGroupSize;
}
