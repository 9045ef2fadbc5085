import type { CreateOptions } from '../../adapter/port.js';
import { idempotencyKey } from '../../core/idempotency-key.js';
import { operationTable, type operations, type paths } from './contract.gen.js';
import type { HttpClient, HttpRequest, HttpResponse, Method } from './http.js';

/*
 * Every operation of the contract (contract/openapi.yaml), keyed by operationId: its method and
 * path template, generated with the types (`npm run contract:types`) and checked against them
 * here, so a path or method that the contract does not have for that operation, or a missing
 * operation, is a compile error; so is a parameter or a body `call` is given that it does not
 * take. test/contract/operations.test.ts checks the table against the YAML and that the
 * reference server serves each one.
 */

export type OperationId = keyof operations;
type Path = keyof paths;

/** `{ method, path }` pairs under which the contract declares exactly operation `Op`. */
type RouteOf<Op extends OperationId> = {
  [P in Path]: {
    [M in Method]: paths[P][Lowercase<M>] extends operations[Op] ? (operations[Op] extends paths[P][Lowercase<M>] ? { method: M; path: P } : never) : never;
  }[Method];
}[Path];

/** The generated table, checked here against the generated types. */
export const OPERATIONS = operationTable satisfies { [Op in OperationId]: RouteOf<Op> };

type Parameters<Op extends OperationId> = operations[Op]['parameters'];
type PathParams<Op extends OperationId> = NonNullable<Parameters<Op>['path']>;
type QueryParams<Op extends OperationId> = NonNullable<Parameters<Op>['query']>;
type HeaderParams<Op extends OperationId> = NonNullable<Parameters<Op>['header']>;
type RequestBody<Op extends OperationId> = NonNullable<operations[Op]['requestBody']>;
type Body<Op extends OperationId> = [RequestBody<Op>] extends [never]
  ? never
  : RequestBody<Op> extends { content: { 'application/json': infer B } }
    ? B
    : never;

/** The parts of a request the contract types: present exactly when the operation has them. */
type Typed<Op extends OperationId> = ([PathParams<Op>] extends [never] ? { params?: never } : { params: PathParams<Op> }) &
  ([QueryParams<Op>] extends [never] ? { query?: never } : { query?: { [K in keyof QueryParams<Op>]?: QueryParams<Op>[K] | null } }) &
  ([Body<Op>] extends [never] ? { body?: never } : { body: Body<Op> }) &
  // The contract's header parameters, typed; the Idempotency-Key is `idempotencyKey` (it also makes a POST retryable).
  ([HeaderParams<Op>] extends [never]
    ? { headers?: never }
    : Partial<Omit<HeaderParams<Op>, 'Idempotency-Key'>> extends Omit<HeaderParams<Op>, 'Idempotency-Key'>
      ? { headers?: Omit<HeaderParams<Op>, 'Idempotency-Key'> }
      : { headers: Omit<HeaderParams<Op>, 'Idempotency-Key'> }) &
  ([HeaderParams<Op>] extends [never]
    ? { idempotencyKey?: never }
    : 'Idempotency-Key' extends keyof HeaderParams<Op>
      ? { idempotencyKey: string }
      : { idempotencyKey?: never });

export type OperationRequest<Op extends OperationId> = Typed<Op> & Pick<HttpRequest, 'idempotent' | 'signal'>;

/** The path of an operation relative to the base URL, each parameter encoded: `kudos/k-1/reactions/%F0%9F%91%8F`. */
export function pathOf(op: OperationId, params: Record<string, string> = {}): string {
  return OPERATIONS[op].path.slice(1).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`${op}: the path parameter "${name}" is missing.`);
    return encodeURIComponent(value);
  });
}

/** Sends operation `op` of the contract through `http`. */
export function call<Op extends OperationId>(http: HttpClient, op: Op, request: OperationRequest<Op>): Promise<HttpResponse> {
  const { params, query, body, headers, idempotencyKey, idempotent, signal } = request as OperationRequest<Op> & {
    params?: Record<string, string>;
    query?: HttpRequest['query'];
    headers?: Record<string, string>;
    body?: unknown;
    idempotencyKey?: string;
  };
  return http.send({
    method: OPERATIONS[op].method,
    path: pathOf(op, params),
    ...(query ? { query } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(headers ? { headers } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(idempotent ? { idempotent } : {}),
    ...(signal ? { signal } : {}),
  });
}

/** The create's Idempotency-Key: a caller that forgot one still gets a create that is safe to retry. */
export function keyOf(options: CreateOptions | undefined): string {
  return options?.idempotencyKey || idempotencyKey();
}
