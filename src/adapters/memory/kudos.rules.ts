/*
 * The kudos rules live in core (src/core/kudos.rules.ts), shared with the reference server so
 * both backends enforce exactly the same limits and permissions. Re-exported here so the memory
 * ports keep importing them from next door.
 */
export {
  DEFAULT_KUDOS_LIMITS,
  DEFAULT_RATE_LIMIT,
  REPORT_REASON_MAX,
  canDelete,
  canSee,
  canSeeComment,
  checkRateLimit,
  isModerator,
  validateComment,
  validateDraft,
  validateReaction,
  validateReportReason,
  type KudosAudience,
  type RateLimit,
  type ValidDraft,
} from '../../core/kudos.rules.js';
