import type { Context } from 'hono';
import { ValidationError } from '../src/core/errors.js';
import { errorAnswer, errorBody, INTERNAL_MESSAGE } from '../edge/errors.js';

/*
 * Every error answer has the contract's body; the kind ↔ status table and ErrorBody are the
 * HTTP edge's (edge/errors.ts), shared with the mocks. What is the server's own: logging a
 * failure, and logging nothing about an anonymous request's.
 */

export { errorBody, HttpError, invalid, payloadTooLarge, preconditionFailed, unauthenticated, type ErrorBody, type ErrorCode } from '../edge/errors.js';

/**
 * PostgreSQL's data exceptions that only a client's value causes: a NUL or an invalid byte
 * (22021, 22P05), a date or number out of range (22008, 22007, 22009, 22003), a malformed literal
 * (22P02). The edge refuses such values in ids and parameters first; this is the backstop for
 * any that reach SQL in a body, so bad input never answers 500.
 */
const CLIENT_DATA_ERRORS = new Set(['22021', '22P05', '22008', '22007', '22009', '22003', '22P02']);

function clientDataError(error: unknown): ValidationError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !CLIENT_DATA_ERRORS.has(code)) return null;
  return new ValidationError([
    { field: 'body', code: 'invalid', message: 'The request holds a value that cannot be stored (a control character, or a number or date out of range).' },
  ]);
}

export function toErrorResponse(c: Context, error: unknown): Response {
  c.header('Cache-Control', 'no-store');
  const answer = errorAnswer(clientDataError(error) ?? error);
  if (!answer) return internal(c, error);
  for (const [name, value] of Object.entries(answer.headers)) c.header(name, value);
  return c.json(answer.body, answer.status);
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
    // Quoted, so a decoded %0A or %0D in the path cannot start a log line of its own.
    console.error('chorus: request failed:', c.req.method, JSON.stringify(c.req.path), error);
  }
  return c.json(errorBody('internal', INTERNAL_MESSAGE), 500);
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
