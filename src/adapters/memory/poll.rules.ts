/*
 * The poll rules live in core (src/core/poll.rules.ts), so a server can enforce exactly the same
 * limits, permissions and visibility as the embedded adapter. Re-exported here so the memory
 * ports import them from next door, as the kudos ports do.
 */
export {
  DEFAULT_POLL_LIMITS,
  MIN_VOTES_MAX,
  canCreatePolls,
  canManagePoll,
  enpsFromDistribution,
  foldLabel,
  pollStatus,
  resultsHiddenReason,
  validatePollDraft,
  validateVote,
  type PollShape,
  type ValidPollDraft,
  type ValidVote,
} from '../../core/poll.rules.js';
