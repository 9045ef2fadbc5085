import { contract, type SchemaError } from '../edge/validation.js';

/*
 * The contract's component schemas by name, for the mock backends: an answer the mock gives, or
 * a live event, that breaks the contract is recorded, and tests fail on it. The validators are
 * the HTTP edge's (edge/validation.ts, precompiled by `npm run contract:types`).
 */

export type { SchemaError };

export type SchemaName =
  | 'Person'
  | 'PersonRef'
  | 'Team'
  | 'Role'
  | 'CurrentUser'
  | 'PersonList'
  | 'TeamList'
  | 'CompanyValue'
  | 'KudosConfig'
  | 'KudosVisibility'
  | 'KudosImage'
  | 'ReactionSummary'
  | 'Kudos'
  | 'KudosPage'
  | 'KudosDraft'
  | 'KudosComment'
  | 'CommentList'
  | 'CommentDraft'
  | 'ReportDraft'
  | 'Report'
  | 'ReportList'
  | 'FieldError'
  | 'ErrorCode'
  | 'ErrorBody'
  | 'PollKind'
  | 'ResultsVisibility'
  | 'PollStatus'
  | 'ResultsHiddenReason'
  | 'PollOption'
  | 'OptionResult'
  | 'WriteInResult'
  | 'EnpsResult'
  | 'PollResults'
  | 'PollVote'
  | 'Poll'
  | 'PollDraft'
  | 'PollLimits'
  | 'VoteReceipt'
  | 'KudosCreatedEvent'
  | 'KudosUpdatedEvent'
  | 'KudosDeletedEvent'
  | 'KudosLiveEvent'
  | 'PollChangedEvent'
  | 'PollLiveEvent'
  | 'LiveEvent'
  | 'FeedbackScoreKind'
  | 'FeedbackStatus'
  | 'FeedbackCategory'
  | 'FeedbackConfig'
  | 'FeedbackDraft'
  | 'FeedbackReply'
  | 'FeedbackStatusChange'
  | 'FeedbackMessage'
  | 'FeedbackThread'
  | 'FeedbackReceipt'
  | 'FeedbackThreadPage'
  | 'FeedbackGroupSummary'
  | 'FeedbackSummary';

/** The ways `data` breaks schema `name` (none when it conforms). */
export function schemaErrors(name: SchemaName, data: unknown): SchemaError[] {
  return contract.schemaErrorObjects(name, data);
}
