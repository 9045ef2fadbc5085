import { ForbiddenError } from './errors.js';
import { isModerator } from './kudos.rules.js';
import type { CurrentUser } from './people.js';

/** The most reports one list answers, on every backend. */
export const REPORT_LIST_MAX = 500;

/** Only moderators and admins see what was reported (ForbiddenError for anyone else). */
export function assertModerator(user: Pick<CurrentUser, 'roles'>): void {
  if (!isModerator(user)) throw new ForbiddenError('Only moderators and admins can see reports.');
}
