import { isChorusError, NotConfiguredError, RateLimitedError, type FieldError } from '../core/errors.js';
import type { ChorusLocalize } from './localize.js';

/** One clear, localized sentence per error kind, whatever the backend said. */
export function errorText(localize: ChorusLocalize, error: unknown): string {
  if (!isChorusError(error)) return localize.term('common.error.unknown');
  if (error instanceof NotConfiguredError) return localize.term('common.error.not-configured');
  switch (error.kind) {
    case 'network':
      return localize.term('common.error.network');
    case 'validation':
      return localize.term('common.error.validation');
    case 'forbidden':
      return localize.term('common.error.forbidden');
    case 'not-found':
      return localize.term('common.error.not-found');
    case 'conflict':
      return localize.term('common.error.conflict');
    case 'rate-limited':
      return localize.term('common.error.rate-limited', error instanceof RateLimitedError ? error.retryAfterSeconds : null);
    case 'unsupported':
      return localize.term('common.error.unsupported');
  }
}

/** A field error in the user's language; unknown codes fall back to the backend's English. */
export function fieldErrorText(localize: ChorusLocalize, error: FieldError): string {
  const p = error.params ?? {};
  switch (error.code) {
    case 'required':
      return localize.term('common.field.required');
    case 'too-long':
      return p.max !== undefined ? localize.term('common.field.too-long', p.max) : error.message;
    case 'too-short':
      return p.min !== undefined ? localize.term('common.field.too-short', p.min) : error.message;
    case 'too-many':
      return p.max !== undefined ? localize.term('common.field.too-many', p.max) : error.message;
    case 'self':
      return localize.term('common.field.self');
    case 'invalid':
      return localize.term('common.field.invalid');
    case 'unreadable':
      return localize.term('common.field.unreadable');
    default:
      return error.message;
  }
}
