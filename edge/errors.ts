import { ChorusError, RateLimitedError, ValidationError, type FieldError } from '../src/core/errors.js';

/*
 * The one table of error kind ↔ HTTP status, and the contract's ErrorBody
 * `{ error: { code, message, fields? } }`. Route code throws the core's typed errors (the same
 * ones the embedded adapter throws) or an HttpError for what only HTTP has (401, 412, 413);
 * `errorAnswer` turns either into status, body and headers, for the server and the mock alike.
 */

export type ErrorCode = 'validation' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'payload-too-large' | 'rate-limited' | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

/** A status the answer carries (4xx or 5xx): typed as Hono's ContentfulStatusCode accepts. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 429 | 500 | 503;

export class HttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const unauthenticated = () => new HttpError(401, 'unauthenticated', 'Sign in to continue.');
export const preconditionFailed = () => new HttpError(412, 'conflict', 'It was changed by someone else.');
export const payloadTooLarge = () => new HttpError(413, 'payload-too-large', 'The request is too large.');

/** One invalid field, as a validation error. */
export function invalid(field: string, message: string, code = 'invalid'): ValidationError {
  return new ValidationError([{ field, code, message }]);
}

/** Kind → status and code. `network` and `unsupported` are the backend's own failure: 500. */
export const STATUS: Record<ChorusError['kind'], [ErrorStatus, ErrorCode]> = {
  validation: [400, 'validation'],
  forbidden: [403, 'forbidden'],
  'not-found': [404, 'not-found'],
  conflict: [409, 'conflict'],
  'rate-limited': [429, 'rate-limited'],
  network: [500, 'internal'],
  unsupported: [500, 'internal'],
};

/** Status → code, for answers made from a status alone (an injected fault, a 503). */
export function codeOf(status: number): ErrorCode {
  const known: Partial<Record<number, ErrorCode>> = {
    400: 'validation',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not-found',
    409: 'conflict',
    412: 'conflict',
    413: 'payload-too-large',
    429: 'rate-limited',
  };
  return known[status] ?? 'internal';
}

export function errorBody(code: ErrorCode, message: string, fields?: FieldError[]): ErrorBody {
  return { error: { code, message, ...(fields?.length ? { fields } : {}) } };
}

export interface ErrorAnswer {
  status: ErrorStatus;
  body: ErrorBody;
  headers: Record<string, string>;
}

/** The answer to a thrown error; null when it is not one of ours (the caller logs it and answers 500). */
export function errorAnswer(error: unknown): ErrorAnswer | null {
  if (error instanceof HttpError) return { status: error.status, body: errorBody(error.code, error.message, error.fields), headers: {} };
  if (!(error instanceof ChorusError)) return null;
  const [status, code] = STATUS[error.kind];
  if (status === 500) return null;
  const headers: Record<string, string> = {};
  if (error instanceof RateLimitedError && error.retryAfterSeconds !== null) headers['Retry-After'] = String(error.retryAfterSeconds);
  const fields = error instanceof ValidationError ? error.fieldErrors : undefined;
  return { status, body: errorBody(code, error.message, fields), headers };
}

export const INTERNAL_MESSAGE = 'Something went wrong on our side.';
