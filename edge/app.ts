import type { Context } from 'hono';
import type { ChorusAdapter } from '../src/adapter/port.js';
import { ChorusError } from '../src/core/errors.js';
import type { CurrentUser } from '../src/core/people.js';
import { parseJsonBody } from './request.js';
import { contract, type CheckedRequest } from './validation.js';

/*
 * What the edge's routes (edge/routes/) need from whoever mounts them, the server or the mock:
 * the signed-in user and the ports that act as them, set on the context by the mounting app
 * (`user`, `ports`) after it has authenticated the request. The routes are written once, over
 * the port (src/adapter/port.ts): the server gives ports over its SQL stores, the mock a
 * MemoryAdapter signed in as the bearer user.
 */

export type EdgeEnv = { Variables: { user: CurrentUser; ports: ChorusAdapter } };
export type EdgeContext = Context<EdgeEnv>;

/** The port a route needs; a backend that mounts the route without it has a bug, not the client. */
export function port<K extends keyof ChorusAdapter>(c: EdgeContext, name: K): NonNullable<ChorusAdapter[K]> {
  const found = c.get('ports')[name];
  if (!found) throw new ChorusError('unsupported', `This backend has no ${name} port.`);
  return found as NonNullable<ChorusAdapter[K]>;
}

/** Checks the request to `operationId` against the contract (path, query, headers, body). */
export async function checked(c: Context, operationId: string, withBody = false): Promise<CheckedRequest> {
  return contract.check(operationId, {
    path: c.req.param() as Record<string, string>,
    query: c.req.query(),
    header: (name) => c.req.header(name),
    body: withBody ? parseJsonBody(await c.req.text(), c.req.header('content-type')) : undefined,
  });
}
