import { RateLimitedError, type ChorusError } from '../../core/errors.js';
import { errorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/** "10 minutes", "45 seconds", "2 hours": the wait rounded up to its largest unit, in words. */
export function waitTime(t: ChorusLocalize, seconds: number | null): string {
  if (!seconds || seconds <= 0) return t.term('feedback.rate-limited.soon');
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return t.number(value, { style: 'unit', unit, unitDisplay: 'long' });
}

/**
 * One sentence for a failed call: what did not happen, why, and (when given) what is kept. A
 * rate limit gets its own explanation: the box limits per network because it knows no sender.
 * `kept`: the text stays in its field (and its retry is stored once).
 */
export function failureText(t: ChorusLocalize, error: ChorusError, lead: string, kept = false): string {
  if (error instanceof RateLimitedError) {
    return [t.term('feedback.rate-limited', waitTime(t, error.retryAfterSeconds)), kept ? t.term('feedback.send.kept') : ''].filter(Boolean).join(' ');
  }
  // A retry reuses the idempotency key, so it is safe to say so.
  return [lead, errorText(t, error), kept ? t.term('feedback.send.retry-safe') : ''].filter(Boolean).join(' ');
}
