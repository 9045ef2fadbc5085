import type { FieldError } from './errors.js';
import { graphemeCount, MAX_CODE_POINTS_PER_GRAPHEME, unreadable, visibleLength } from './text.js';

/**
 * Text no reader can read as sent (src/core/text.ts `unreadable`), as the field error every
 * backend answers and every widget shows (code `unreadable`).
 */
export function unreadableError(field: string, text: string): FieldError | null {
  const why = unreadable(text);
  if (!why) return null;
  const message =
    why === 'broken'
      ? 'Remove the broken character (half of an emoji or symbol).'
      : `Remove the stacked marks: a character may carry at most ${MAX_CODE_POINTS_PER_GRAPHEME - 1}.`;
  return { field, code: 'unreadable', message };
}

/**
 * The one length check every written field shares (kudos, comments, feedback, replies): readable
 * text, whose visible characters reach `min` (zero-width ones do not count) and whose characters
 * stay within `max`.
 */
export function lengthError(field: string, text: string, min: number, max: number): FieldError | null {
  const broken = unreadableError(field, text);
  if (broken) return broken;
  const visible = visibleLength(text);
  if (visible === 0) return { field, code: 'required', message: 'Write a message.' };
  if (visible < min) return { field, code: 'too-short', message: `Write at least ${min} characters.`, params: { min } };
  if (graphemeCount(text) > max) return { field, code: 'too-long', message: `Keep it under ${max} characters.`, params: { max } };
  return null;
}

/** The last instant every backend stores and prints as an ISO date (PostgreSQL refuses year 10000). */
const LAST_DATE = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * A date a rule accepts: a string Date.parse reads, between year 1 and the end of year 9999 (UTC),
 * on a day its month has (Date.parse rolls "2026-02-30" over to 2 March).
 */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const at = Date.parse(value);
  if (Number.isNaN(at) || at < Date.parse('0001-01-01T00:00:00Z') || at > LAST_DATE) return false;
  const ymd = /^([+-]?\d{4,6})-(\d\d)-(\d\d)/.exec(value);
  return !ymd || Number(ymd[3]) <= new Date(Date.UTC(Number(ymd[1]), Number(ymd[2]), 0)).getUTCDate();
}
