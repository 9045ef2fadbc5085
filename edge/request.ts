import { invalid } from './errors.js';

/** A JSON request body from its text; undefined when there is none. Anything but JSON is a validation error. */
export function parseJsonBody(text: string, contentType: string | null | undefined): unknown {
  if (!text) return undefined;
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType ?? '')) throw invalid('body', 'Send JSON with Content-Type: application/json.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid('body', 'The body is not valid JSON.');
  }
}
