import type { JsonBodyType } from 'msw';
import type { FieldError } from '../src/core/errors.js';
import { codeOf, errorAnswer, errorBody } from '../edge/errors.js';
import type { SchemaName } from './contract.js';

/* What a mock route answers, before MSW makes a Response of it; errors by the edge's table. */

export interface Answer {
  status: number;
  body?: JsonBodyType;
  schema?: SchemaName;
  headers?: Record<string, string>;
  /** A body that is not JSON (a kudos' image), answered as it is with its headers. */
  bytes?: ArrayBuffer;
  /** An event stream (the feedback sender's live channel), handed on as the edge made it. */
  stream?: Response;
}

export function statusAnswer(status: number, message: string, fields?: FieldError[], headers?: Record<string, string>): Answer {
  return { status, body: errorBody(codeOf(status), message, fields) as unknown as JsonBodyType, schema: 'ErrorBody', headers };
}

/** A thrown error → the contract's status and ErrorBody (the server's table); null when it is not one of ours. */
export function fromError(error: unknown): Answer | null {
  const answer = errorAnswer(error);
  return answer && { status: answer.status, body: answer.body as unknown as JsonBodyType, schema: 'ErrorBody', headers: answer.headers };
}
