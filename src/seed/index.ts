/* The demo company, shared by the embedded adapter and the reference server. */
export { DEFAULT_USER_ID, REACTIONS, TEAMS, VALUES } from './company.js';
export { demoCompany } from './demo.js';
export { FEEDBACK_SEED, seedFeedback } from './feedback.seed.js';
export { SEED, SEED_KUDOS_COUNT, seedKudos } from './kudos.seed.js';
export { POLLS_SEED, SEEDED_POLL_IDS, seedPolls, seededPollTopics } from './poll.seed.js';
export { SEEDED_POST_IDS, SHARE_GUIDELINES_SEED, SHARE_SEED, seedShare } from './share.seed.js';
export type * from './types.js';
