import { ValidationError, fieldError, type FieldError } from './errors.js';

/*
 * A poll's topic: a short slug such as `town-hall`, so a page can place `<chorus-poll topic="town-hall">`
 * once and show whichever poll of that topic is open now. Letters (any script) and digits in
 * words joined by single hyphens, lower case. Both backends check drafts and lookups with these
 * rules; what they store and compare is the normalized form.
 */

/** The longest topic, in characters. */
export const TOPIC_MAX = 40;

// A word starts with a letter or digit; marks may follow (scripts that need them to spell words).
const SLUG = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*)*$/u;

/** Trimmed, NFKC, lower case; '' for nothing. Compare and store this form. */
export function normalizeTopic(topic: unknown): string {
  return (typeof topic === 'string' ? topic : '').normalize('NFKC').trim().toLocaleLowerCase('en');
}

/** Why `topic` (normalized) is not a topic, or null when it is one or is empty. */
export function topicError(field: string, topic: string): FieldError | null {
  if (!topic) return null;
  if ([...topic].length > TOPIC_MAX) return fieldError(field, 'too-long', `Keep the topic under ${TOPIC_MAX} characters.`, { max: TOPIC_MAX });
  if (!SLUG.test(topic)) return { field, code: 'invalid', message: 'Use letters and digits, words joined by hyphens (town-hall).' };
  return null;
}

/** A lookup's topic, normalized (null: any topic); a ValidationError on `topic` for one no poll can have. */
export function validTopicQuery(topic: string | null | undefined): string | null {
  if (topic === undefined || topic === null) return null;
  if (typeof topic !== 'string') throw new ValidationError([{ field: 'topic', code: 'invalid', message: 'Give the topic as text.' }]);
  // A huge string is refused before normalizing it costs anything.
  if (topic.length > TOPIC_MAX * 4)
    throw new ValidationError([fieldError('topic', 'too-long', `Keep the topic under ${TOPIC_MAX} characters.`, { max: TOPIC_MAX })]);
  const normalized = normalizeTopic(topic);
  const error = topicError('topic', normalized);
  if (error) throw new ValidationError([error]);
  return normalized || null;
}
