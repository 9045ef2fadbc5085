/*
 * The countdown under a poll: "Closes in 2 days", then hours, minutes, and seconds near the end.
 * Pure functions; the element formats with Intl.RelativeTimeFormat and re-renders on `nextTick`.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest unit that fits the time left, rounded: 2 d 3 h → [2, 'day']; 50 s → [50, 'second']. */
export function timeLeft(ms: number): [number, Intl.RelativeTimeFormatUnit] {
  const left = Math.max(0, ms);
  if (left >= DAY) return [Math.round(left / DAY), 'day'];
  if (left >= HOUR) return [Math.round(left / HOUR), 'hour'];
  if (left >= MINUTE) return [Math.round(left / MINUTE), 'minute'];
  return [Math.ceil(left / SECOND), 'second'];
}

/** Milliseconds until the text may change: every minute, every second in the last minute. */
export function nextTick(ms: number): number {
  if (ms <= 0) return 0;
  return Math.min(ms <= MINUTE ? SECOND : MINUTE, ms);
}

/** setTimeout takes at most 2^31 − 1 ms (about 24.8 days); longer waits are re-armed. */
export const MAX_TIMEOUT = 2_147_483_647;
