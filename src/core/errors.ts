/**
 * Typed errors every adapter throws, so widgets can show one clear message per kind
 * whatever the backend. Plain classes (no Lit): the server and adapters share them.
 */
export type ChorusErrorKind = 'network' | 'validation' | 'forbidden' | 'not-found' | 'conflict' | 'rate-limited' | 'unsupported';

export interface FieldError {
  /** The draft field at fault, e.g. `message` or `recipientIds`. */
  field: string;
  /** A stable code widgets localize (`required`, `too-long`, `too-short`, `too-many`, `invalid`, `self`). */
  code: string;
  /** English fallback text. */
  message: string;
  /** Numbers the localized text may need (`{ max: 500 }`). */
  params?: Record<string, number>;
}

export class ChorusError extends Error {
  readonly kind: ChorusErrorKind;
  constructor(kind: ChorusErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChorusError';
    this.kind = kind;
  }
}

export class NetworkError extends ChorusError {
  constructor(message = 'The service could not be reached.', options?: { cause?: unknown }) {
    super('network', message, options);
    this.name = 'NetworkError';
  }
}

export class ValidationError extends ChorusError {
  readonly fieldErrors: FieldError[];
  constructor(fieldErrors: FieldError[], message = fieldErrors.map((f) => f.message).join(' ')) {
    super('validation', message);
    this.name = 'ValidationError';
    this.fieldErrors = fieldErrors;
  }
  /** The first error for a field, if any. */
  forField(field: string): FieldError | undefined {
    return this.fieldErrors.find((f) => f.field === field);
  }
}

export class ForbiddenError extends ChorusError {
  constructor(message = 'You are not allowed to do that.') {
    super('forbidden', message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends ChorusError {
  constructor(message = 'It no longer exists.') {
    super('not-found', message);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends ChorusError {
  constructor(message = 'It was changed by someone else.') {
    super('conflict', message);
    this.name = 'ConflictError';
  }
}

export class RateLimitedError extends ChorusError {
  /** Seconds until a retry may succeed, when the backend says. */
  readonly retryAfterSeconds: number | null;
  constructor(retryAfterSeconds: number | null = null, message = 'Too many requests. Try again shortly.') {
    super('rate-limited', message);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Thrown when a widget's adapter does not implement the port it needs. */
export class UnsupportedError extends ChorusError {
  constructor(port: string) {
    super('unsupported', `This backend does not provide "${port}".`);
    this.name = 'UnsupportedError';
  }
}

/**
 * A widget with no backend, when falling back to the embedded demo adapter would hide a mistake:
 * its `<chorus-provider>` gives it none (`no-backend`), or the page's Trusted Types policy stopped
 * the copy of Chorus that was to set one up (`trusted-types`). Shown like a missing port, without a retry.
 */
export class NotConfiguredError extends ChorusError {
  readonly reason: 'no-backend' | 'trusted-types';
  constructor(reason: 'no-backend' | 'trusted-types', message: string) {
    super('unsupported', message);
    this.name = 'NotConfiguredError';
    this.reason = reason;
  }
}

export function isChorusError(error: unknown): error is ChorusError {
  return error instanceof ChorusError;
}

/** True for an AbortSignal cancellation, which widgets ignore rather than report. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A field's error with the numbers its localized text needs (`{ max: 500 }`). */
export function fieldError(field: string, code: string, message: string, params: Record<string, number>): FieldError {
  return { field, code, message, params };
}
