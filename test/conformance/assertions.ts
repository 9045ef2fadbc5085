import { resolveObjectURL } from 'node:buffer';
import assert from 'node:assert/strict';
import { ValidationError, type FieldError } from '../../src/core/errors.js';

/* Assertions both conformance suites make about what a port call throws. */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The error a promise rejects with; fails if it resolves. */
export async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail(`${what} should have failed`);
}

export async function rejectsWith<E extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => E, what: string): Promise<E> {
  const error = await rejection(promise, what);
  assert.ok(error instanceof type, `${what}: expected ${type.name}, got ${String(error)}`);
  return error;
}

/** Rejects with a ValidationError naming `field` with `code` (and a message); returns that field error. */
export async function fieldError(promise: Promise<unknown>, field: string, code: string, what: string): Promise<FieldError> {
  const error = await rejectsWith(promise, ValidationError, what);
  const found = error.fieldErrors.find((f) => f.field === field);
  assert.ok(found, `${what}: no field error for "${field}" (got ${JSON.stringify(error.fieldErrors)})`);
  assert.equal(found.code, code, `${what}: the code of "${field}"`);
  assert.equal(typeof found.message, 'string');
  return found;
}

/**
 * The bytes an image address shows: a data: URL's own, a blob: URL's (the REST adapter's, for
 * hosts whose credentials are headers), or what an http(s) one answers.
 */
export async function imageBytes(url: string): Promise<Uint8Array> {
  if (url.startsWith('data:')) return new Uint8Array(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  const blob = url.startsWith('blob:') ? resolveObjectURL(url) : await (await fetch(url)).blob();
  if (!blob) throw new Error(`${url} shows nothing`);
  return new Uint8Array(await blob.arrayBuffer());
}
