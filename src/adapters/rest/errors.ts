import {
  ChorusError,
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
  type FieldError,
} from '../../core/errors.js';
import type { components } from './contract.gen.js';

type ErrorBody = components['schemas']['ErrorBody'];

/**
 * A 401: nobody is signed in, or the session or token expired. Widgets show it like any
 * ForbiddenError (its kind is `forbidden`); a host may catch it to start its sign-in again.
 */
export class UnauthenticatedError extends ForbiddenError {
  constructor(message = 'You are not signed in, or your session has expired.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** The ErrorBody of a response, if it has one (gateways answer with HTML or nothing). */
export function readErrorBody(value: unknown): ErrorBody['error'] | null {
  if (!value || typeof value !== 'object') return null;
  const error = (value as { error?: unknown }).error;
  if (!error || typeof error !== 'object') return null;
  const { code, message, fields } = error as Record<string, unknown>;
  if (typeof code !== 'string') return null;
  return {
    code: code as ErrorBody['error']['code'],
    message: typeof message === 'string' ? message : '',
    fields: Array.isArray(fields) ? fields.filter(isFieldError).map(toFieldError) : undefined,
  };
}

function isFieldError(value: unknown): value is FieldError {
  const f = value as Partial<FieldError> | null;
  return !!f && typeof f.field === 'string' && typeof f.code === 'string';
}

function toFieldError(f: FieldError): FieldError {
  const out: FieldError = { field: f.field, code: f.code, message: typeof f.message === 'string' ? f.message : '' };
  if (f.params && typeof f.params === 'object') {
    const params = Object.entries(f.params).filter(([, v]) => typeof v === 'number');
    if (params.length) out.params = Object.fromEntries(params);
  }
  return out;
}

/** `Retry-After` in seconds: a number of seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | null {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * An HTTP error → the typed error widgets know. The status decides (a gateway's 502 has no
 * ErrorBody); the body adds the server's message and field errors.
 */
export function errorFromResponse(status: number, headers: Headers, payload: unknown): ChorusError {
  const body = readErrorBody(payload);
  const message = body?.message || undefined;
  switch (status) {
    case 400:
    case 422:
      return new ValidationError(body?.fields ?? [], message ?? 'The request was not valid.');
    case 401:
      return new UnauthenticatedError(message);
    case 403:
      return new ForbiddenError(message);
    case 404:
    case 410:
      return new NotFoundError(message);
    case 409:
    case 412:
      return new ConflictError(message);
    case 413:
    case 431:
      return new ValidationError(body?.fields ?? [], message ?? 'The request is too large.');
    case 429:
      return new RateLimitedError(retryAfterSeconds(headers), message);
  }
  // A 5xx is the service's failure (retried, shown as "couldn't reach"), whatever code a proxy's body claims.
  if (status >= 500) return new NetworkError(message ?? `The service answered ${status}.`);
  // Anything else: the body's code if it has one, else a failure of the service.
  switch (body?.code) {
    case 'validation':
    case 'payload-too-large':
      return new ValidationError(body.fields ?? [], message ?? 'The request was not valid.');
    case 'unauthenticated':
      return new UnauthenticatedError(message);
    case 'forbidden':
      return new ForbiddenError(message);
    case 'not-found':
      return new NotFoundError(message);
    case 'conflict':
      return new ConflictError(message);
    case 'rate-limited':
      return new RateLimitedError(retryAfterSeconds(headers), message);
  }
  return new NetworkError(message ?? `The service answered ${status}.`);
}
