import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ContractChecker } from '../edge/validation.js';

/*
 * Requests are checked against contract/openapi.yaml by the HTTP edge's one checker
 * (edge/validation.ts), the same code the MSW mocks run in the browser: validators precompiled
 * from the contract by `npm run contract:types` (`npm run contract:check` fails when stale).
 */

export const CONTRACT_PATH = fileURLToPath(new URL('../contract/openapi.yaml', import.meta.url));

export type { CheckedRequest, RawRequest } from '../edge/validation.js';
export { toFieldErrors } from '../edge/validation.js';

export class ContractValidator extends ContractChecker {
  /** The contract itself, parsed (for what the operation table does not say, e.g. `security`). */
  readonly document = parse(readFileSync(CONTRACT_PATH, 'utf8')) as Record<string, unknown>;

  /** The contract as generated into edge/contract.gen.ts (kept for callers of the runtime-compiled version). */
  static fromFile(): ContractValidator {
    return new ContractValidator();
  }
}
