import type { ChorusAdapter } from '../../src/adapter/port.js';
import type { CurrentUser } from '../../src/core/people.js';
import type { Deps } from '../context.js';
import { sqlPeoplePorts } from './people.port.js';

/*
 * The ports over the server's SQL stores, for the signed-in user: what the edge's routes
 * (edge/routes/) run on here. Features whose routes are still the server's own (server/routes/)
 * are not in it yet.
 */
export function portsFor(deps: Deps, user: CurrentUser): ChorusAdapter {
  return { ...sqlPeoplePorts(deps.db, user) };
}
