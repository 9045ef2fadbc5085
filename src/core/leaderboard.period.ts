import type { Period, PeriodBounds } from './leaderboard.domain.js';

/*
 * Period bounds, in UTC for everyone: a board is one list the whole company shares, so its week
 * cannot start at each viewer's own midnight (and the server ranks in SQL without a time zone).
 * - week: Monday 00:00 UTC (ISO 8601 weeks) to the next Monday;
 * - month, quarter: calendar UTC (quarters start in January, April, July, October);
 * - rolling-30: the last 30 × 24 h before `now`, with no upper bound (nothing happens after now);
 * - all: unbounded.
 * Bounds are half-open, [from, to): an activity at exactly `to` belongs to the next period.
 */

const DAY = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

function startOfWeek(now: Date): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // getUTCDay: Sunday 0 … Saturday 6; days since Monday.
  return midnight - ((now.getUTCDay() + 6) % 7) * DAY;
}

/** Date.UTC rolls months over (month 12 is next January, −1 last December). */
const monthStart = (year: number, month: number) => Date.UTC(year, month, 1);

/** The period containing `now`. */
export function periodBounds(period: Period, now: Date | number): PeriodBounds {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (period) {
    case 'week': {
      const from = startOfWeek(date);
      return { from: iso(from), to: iso(from + 7 * DAY) };
    }
    case 'month':
      return { from: iso(monthStart(year, month)), to: iso(monthStart(year, month + 1)) };
    case 'quarter': {
      const first = month - (month % 3);
      return { from: iso(monthStart(year, first)), to: iso(monthStart(year, first + 3)) };
    }
    case 'rolling-30':
      return { from: iso(date.getTime() - 30 * DAY), to: null };
    case 'all':
      return { from: null, to: null };
  }
}

/**
 * The period rank changes compare with: the one before (the previous week, month, quarter, or the
 * 30 days before the last 30). All time compares with all time as it stood when this week began,
 * so its arrows say "since last week".
 */
export function previousBounds(period: Period, now: Date | number): PeriodBounds {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (period) {
    case 'week': {
      const to = startOfWeek(date);
      return { from: iso(to - 7 * DAY), to: iso(to) };
    }
    case 'month':
      return { from: iso(monthStart(year, month - 1)), to: iso(monthStart(year, month)) };
    case 'quarter': {
      const first = month - (month % 3);
      return { from: iso(monthStart(year, first - 3)), to: iso(monthStart(year, first)) };
    }
    case 'rolling-30':
      return { from: iso(date.getTime() - 60 * DAY), to: iso(date.getTime() - 30 * DAY) };
    case 'all':
      return { from: null, to: iso(startOfWeek(date)) };
  }
}

/** A predicate on an activity's `at` (parsed, so offsets other than Z compare correctly). */
export function within(bounds: PeriodBounds): (at: string) => boolean {
  const from = bounds.from === null ? -Infinity : Date.parse(bounds.from);
  const to = bounds.to === null ? Infinity : Date.parse(bounds.to);
  return (at) => {
    const time = Date.parse(at);
    return time >= from && time < to;
  };
}

/** The calendar month `now` falls in, as 'yyyy-mm' (the monthly badge's award key). */
export const monthKey = (at: Date | number) => new Date(at).toISOString().slice(0, 7);
