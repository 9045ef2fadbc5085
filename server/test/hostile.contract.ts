import { contract } from './helpers.js';

/*
 * What the hostile-input tests read from the contract: each operation's method, path, parameters
 * and every status it declares (with or without a body), and whether an answer carries the
 * ErrorBody. One place, so every hostile test holds the server to the same declared table.
 */

interface DocOperation {
  operationId: string;
  responses: Record<string, unknown>;
}

const paths = (contract.document as { paths: Record<string, Record<string, DocOperation>> }).paths;

/** Every status the contract declares for `operationId`. */
export function declaredStatuses(operationId: string): Set<number> {
  for (const item of Object.values(paths)) {
    for (const op of Object.values(item)) {
      if (op && typeof op === 'object' && op.operationId === operationId) return new Set(Object.keys(op.responses).map(Number));
    }
  }
  throw new Error(`no operation ${operationId} in the contract`);
}

/** The contract path with each `{param}` replaced by `values[param]` (URL-encoded) or `fill`. */
export function pathOf(operationId: string, values: Record<string, string> = {}, fill = 'nothing-here'): string {
  return contract.operation(operationId).path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? fill));
}

/** Why an answer breaks the contract: an undeclared status, or a 4xx/5xx without the ErrorBody; '' when it holds. */
export function breach(operationId: string, status: number, body: unknown): string {
  if (!declaredStatuses(operationId).has(status)) return `${operationId} answered ${status}, which the contract does not declare`;
  if (status >= 400) {
    const errors = body === undefined ? ['no body'] : contract.schemaErrors('ErrorBody', body);
    if (errors.length) return `${operationId} answered ${status} without the ErrorBody: ${errors.join('; ')}`;
  }
  return '';
}

/** The body of an answer as JSON, or undefined when it has none or it is not JSON. */
export async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
