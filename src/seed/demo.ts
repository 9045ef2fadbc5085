import { TEAMS, WALL_PEOPLE, seedPeople } from './company.js';
import { seedFeedback } from './feedback.seed.js';
import { seedKudos, SEED } from './kudos.seed.js';
import { seedPolls } from './poll.seed.js';
import { seedShare } from './share.seed.js';
import type { DemoCompany } from './types.js';

/**
 * The whole demo company, timestamps relative to `now`: 40 people in 7 teams, 200 kudos over the
 * ~90 days before, five polls, 24 feedback threads and eight
 * shareable posts with their colleagues' shares. The same on every call for the same `now`.
 */
export function demoCompany(now: number, seed = SEED): DemoCompany {
  const people = seedPeople();
  return {
    teams: TEAMS.map((t) => ({ ...t })),
    people,
    // Among the first 35 only: the same wall as before the small teams joined.
    kudos: seedKudos(now, people.slice(0, WALL_PEOPLE), seed),
    polls: seedPolls(now),
    feedback: seedFeedback(now),
    share: seedShare(now),
  };
}
