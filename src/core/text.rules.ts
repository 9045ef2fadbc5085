import type { FieldError } from './errors.js';
import { graphemeCount } from './text.js';

/** The one length check every written field shares (kudos, comments, feedback, replies). */
export function lengthError(field: string, text: string, min: number, max: number): FieldError | null {
  const length = graphemeCount(text);
  if (length === 0) return { field, code: 'required', message: 'Write a message.' };
  if (length < min) return { field, code: 'too-short', message: `Write at least ${min} characters.`, params: { min } };
  if (length > max) return { field, code: 'too-long', message: `Keep it under ${max} characters.`, params: { max } };
  return null;
}
