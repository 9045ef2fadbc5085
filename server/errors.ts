import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ChorusError, RateLimitedError, ValidationError, type FieldError } from '../src/core/errors.js';

/*
 * Every error answer has the contract's body `{ error: { code, message, fields? } }`. Route code
 * throws the core's typed errors (the same ones the embedded adapter throws) or an HttpError for
 * what only HTTP has (401, 412, 413); `toErrorResponse` turns either into the answer.
 */

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'payload-too-large'
  | 'rate-limited'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
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

const STATUS: Record<ChorusError['kind'], [ContentfulStatusCode, ErrorCode]> = {
  validation: [400, 'validation'],
  forbidden: [403, 'forbidden'],
  'not-found': [404, 'not-found'],
  conflict: [409, 'conflict'],
  'rate-limited': [429, 'rate-limited'],
  network: [500, 'internal'],
  unsupported: [500, 'internal'],
};

export function errorBody(code: ErrorCode, message: string, fields?: FieldError[]): ErrorBody {
  return { error: { code, message, ...(fields?.length ? { fields } : {}) } };
}

export function toErrorResponse(c: Context, error: unknown): Response {
  c.header('Cache-Control', 'no-store');
  if (error instanceof HttpError) return c.json(errorBody(error.code, error.message, error.fields), error.status);
  if (error instanceof ChorusError) {
    const [status, code] = STATUS[error.kind];
    if (status === 500) return internal(c, error);
    if (error instanceof RateLimitedError && error.retryAfterSeconds !== null) c.header('Retry-After', String(error.retryAfterSeconds));
    const fields = error instanceof ValidationError ? error.fieldErrors : undefined;
    return c.json(errorBody(code, error.message, fields), status);
  }
  return internal(c, error);
}

/** Requests made as nobody (the sender's side of feedback): a failure there logs nothing about them. */
const anonymousRequests = new WeakSet<object>();

/** Marks the request's context (not `c.req.raw`: the body limit replaces that Request on its way). */
export function markAnonymous(c: object): void {
  anonymousRequests.add(c);
}

function internal(c: Context, error: unknown): Response {
  if (anonymousRequests.has(c)) {
    console.error('chorus: an anonymous request failed:', anonymousTrace(error));
  } else {
    console.error('chorus: request failed:', c.req.method, c.req.path, error);
  }
  return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
}

/**
 * What is logged of an anonymous request's failure: the error's class, its code (e.g. SQLSTATE
 * 23505) and the stack frames. Not its message or other fields — a database error may quote the
 * values it choked on, i.e. the feedback — and nothing about the request (method, path, headers,
 * address).
 */
export function anonymousTrace(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.name}${typeof code === 'string' && /^[\w-]{1,20}$/.test(code) ? ` (${code})` : ''}`, ...frames].join('\n');
}
