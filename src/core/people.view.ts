import type { CurrentUser, Person } from './people.js';

/** How a person no longer in the directory is shown: they still authored what they wrote. */
export const FORMER_COLLEAGUE = 'Former colleague';

/** The public face of a person: no roles. Always a fresh object. */
export function toPerson(user: CurrentUser | undefined, id: string): Person {
  if (!user) return { id, name: FORMER_COLLEAGUE, teamId: '' };
  const { roles: _roles, ...person } = user;
  return { ...person };
}
