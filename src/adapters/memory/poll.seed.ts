// TODO(issue 9): server/test/polls.test.ts still imports from here; the demo polls live in src/seed.
export { POLLS_SEED, SEEDED_POLL_IDS, seedPolls } from '../../seed/poll.seed.js';
