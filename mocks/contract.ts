import type { FieldError } from '../src/core/errors.js';
import * as generated from './contract.validators.gen.js';

/*
 * The contract's component schemas as validators (precompiled by `npm run contract:types`, so
 * no ajv at run time), for the mock backends: a body the REST adapter sends, or an answer the
 * mock gives, that breaks the contract is recorded, and tests fail on it.
 */

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export type SchemaName =
  | 'Person' | 'PersonRef' | 'Team' | 'Role' | 'CurrentUser' | 'PersonList' | 'TeamList' | 'CompanyValue' | 'KudosConfig'
  | 'KudosVisibility' | 'KudosImage' | 'ReactionSummary' | 'Kudos' | 'KudosPage' | 'KudosDraft' | 'KudosComment'
  | 'CommentList' | 'CommentDraft' | 'ReportDraft' | 'Report' | 'ReportList' | 'FieldError' | 'ErrorCode' | 'ErrorBody'
  | 'PollKind' | 'ResultsVisibility' | 'PollStatus' | 'ResultsHiddenReason' | 'PollOption' | 'OptionResult' | 'WriteInResult'
  | 'EnpsResult' | 'PollResults' | 'PollVote' | 'Poll' | 'PollDraft' | 'PollLimits' | 'VoteReceipt'
  | 'KudosCreatedEvent' | 'KudosUpdatedEvent' | 'KudosDeletedEvent' | 'KudosLiveEvent' | 'PollChangedEvent' | 'PollLiveEvent'
  | 'LiveEvent'
  | 'FeedbackScoreKind' | 'FeedbackStatus' | 'FeedbackCategory' | 'FeedbackConfig' | 'FeedbackDraft' | 'FeedbackReply'
  | 'FeedbackStatusChange' | 'FeedbackMessage' | 'FeedbackThread' | 'FeedbackReceipt' | 'FeedbackThreadPage'
  | 'FeedbackGroupSummary' | 'FeedbackSummary';

const validators = generated as unknown as Record<SchemaName, Validate>;

/** The ways `data` breaks schema `name` (none when it conforms). */
export function schemaErrors(name: SchemaName, data: unknown): SchemaError[] {
  const validate = validators[name];
  if (!validate) throw new Error(`No schema named ${name} in the contract.`);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Schema errors as the contract's field errors (`/image/url` → `image.url`), for a 400 answer. */
export function toFieldErrors(errors: readonly SchemaError[]): FieldError[] {
  return errors.map((e) => {
    const path = e.instancePath.split('/').filter(Boolean);
    if (e.keyword === 'required') path.push(String(e.params.missingProperty));
    if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
    const field = path.filter((p) => !/^\d+$/.test(p)).join('.') || 'body';
    const limit = Number(e.params.limit);
    switch (e.keyword) {
      case 'required':
        return { field, code: 'required', message: `${field} is required.` };
      case 'maxLength':
        return { field, code: 'too-long', message: `${field} is too long.`, params: { max: limit } };
      case 'maxItems':
        return { field, code: 'too-many', message: `${field} has too many items.`, params: { max: limit } };
      default:
        return { field, code: 'invalid', message: `${field} ${e.message ?? 'is not valid'}.` };
    }
  });
}
