import { ValidationError, type FieldError, fieldError } from './errors.js';
import type { CurrentUser } from './people.js';
import type { EnpsResult, PollDraft, PollKind, PollLimits, PollOption, PollStatus, PollVote, ResultsHiddenReason, ResultsVisibility } from './poll.js';
import { graphemeCount, normalizeMessage, visibleLength } from './text.js';
import { isDate, unreadableError } from './text.rules.js';
import { normalizeTopic, topicError } from './poll-topic.rules.js';

/*
 * The poll rules every backend enforces — the embedded adapter imports them from here, and a
 * server can too, so widgets meet the same errors in the demo as in production. Plain functions
 * over domain data: no storage, no DOM. Validation reports every field at fault at once.
 */

/** The limits of a poll instance unless it configures others (the embedded adapter's defaults). */
export const DEFAULT_POLL_LIMITS: Readonly<PollLimits> = {
  questionMax: 200,
  descriptionMax: 500,
  optionMax: 100,
  minOptions: 2,
  maxOptions: 10,
  writeInMax: 80,
};

/** The highest `minVotesForResults` an author may set. */
export const MIN_VOTES_MAX = 1000;

/**
 * A plain poll: one choice, named votes that may change, live results, no write-ins and no
 * deadline. What a new poll is until its author changes something (tests and seeds start here).
 */
export function plainPollDraft(question: string, options: string[], overrides: Partial<PollDraft> = {}): PollDraft {
  return {
    question,
    description: null,
    kind: 'single',
    options,
    maxChoices: 1,
    allowWriteIn: false,
    moderateWriteIns: false,
    anonymous: false,
    allowChangeVote: true,
    resultsVisibility: 'live',
    minVotesForResults: 0,
    opensAt: null,
    closesAt: null,
    ...overrides,
  };
}

export const POLL_KINDS: readonly PollKind[] = ['single', 'multiple', 'enps'];
export const RESULTS_VISIBILITIES: readonly ResultsVisibility[] = ['live', 'after-vote', 'after-close', 'never'];

/** What the vote and visibility rules need to know about a poll, however it is stored. */
export interface PollShape {
  kind: PollKind;
  options: readonly PollOption[];
  maxChoices: number;
  allowWriteIn: boolean;
}

/** A vote after validation: option ids in the poll's order, write-in trimmed (or null). */
export interface ValidVote {
  optionIds: string[];
  writeIn: string | null;
  score: number | null;
}

/** A draft after validation: trimmed, with settings that do not apply to its kind reset. */
/** A draft after validation: trimmed, with settings that do not apply to its kind reset, the topic normalized (or null). */
export type ValidPollDraft = PollDraft & { topic: string | null };

/** Open, scheduled or closed at `now`; `closedAt` is when a manager closed it early. */
export function pollStatus(poll: { opensAt: string | null; closesAt: string | null; closedAt?: string | null }, now: number): PollStatus {
  if (poll.closedAt && Date.parse(poll.closedAt) <= now) return 'closed';
  if (poll.closesAt && Date.parse(poll.closesAt) <= now) return 'closed';
  if (poll.opensAt && Date.parse(poll.opensAt) > now) return 'scheduled';
  return 'open';
}

export function canCreatePolls(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return !!user && (user.roles.includes('poll-author') || user.roles.includes('admin'));
}

/** The author and admins manage a poll: see results always, approve write-ins, close it. */
export function canManagePoll(poll: { createdById: string }, user: Pick<CurrentUser, 'id' | 'roles'> | undefined): boolean {
  return !!user && (poll.createdById === user.id || user.roles.includes('admin'));
}

/**
 * Why this viewer may not see the results yet, or null when they may. Managers always see them;
 * everyone else per `resultsVisibility`, and only once `minVotesForResults` votes are in.
 */
export function resultsHiddenReason(
  poll: { resultsVisibility: ResultsVisibility; minVotesForResults: number },
  viewer: { manager: boolean; voted: boolean; status: PollStatus; totalVotes: number },
): ResultsHiddenReason | null {
  if (viewer.manager) return null;
  switch (poll.resultsVisibility) {
    case 'never':
      return 'admins-only';
    case 'after-close':
      if (viewer.status !== 'closed') return 'until-closed';
      break;
    case 'after-vote':
      if (!viewer.voted && viewer.status !== 'closed') return 'vote-first';
      break;
    case 'live':
      break;
  }
  return viewer.totalVotes < poll.minVotesForResults ? 'below-minimum' : null;
}

/** One line of text as a reader sees it: trimmed, inner runs of white space folded. */
export function normalizeLine(text: string): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Case- and width-insensitive form, so "Lisbon" and " lisbon " are the same write-in or option. */
export function foldLabel(text: string): string {
  return normalizeLine(text).normalize('NFKC').toLocaleLowerCase();
}

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function validateVote(poll: PollShape, vote: PollVote, limits: PollLimits): ValidVote {
  const errors: FieldError[] = [];
  if (poll.kind === 'enps') {
    const score = vote?.score;
    if (score === null || score === undefined) errors.push({ field: 'score', code: 'required', message: 'Choose a score from 0 to 10.' });
    else if (!isInteger(score, 0, 10)) errors.push({ field: 'score', code: 'invalid', message: 'Choose a whole score from 0 to 10.' });
    if ((Array.isArray(vote?.optionIds) && vote.optionIds.length) || normalizeLine(vote?.writeIn ?? '')) {
      errors.push({ field: 'optionIds', code: 'invalid', message: 'An eNPS poll takes a score, not options.' });
    }
    if (errors.length) throw new ValidationError(errors);
    return { optionIds: [], writeIn: null, score: score! };
  }

  const chosen = new Set(Array.isArray(vote?.optionIds) ? vote.optionIds.map(String) : []);
  const known = new Set(poll.options.map((o) => o.id));
  if ([...chosen].some((id) => !known.has(id))) {
    errors.push({ field: 'optionIds', code: 'invalid', message: 'Choose among the poll’s options.' });
  }
  const writeIn = normalizeLine(vote?.writeIn ?? '') || null;
  if (writeIn !== null) {
    if (!poll.allowWriteIn) {
      errors.push({ field: 'writeIn', code: 'invalid', message: 'This poll does not take answers of your own.' });
    } else if (graphemeCount(writeIn) > limits.writeInMax) {
      errors.push(fieldError('writeIn', 'too-long', `Keep your answer under ${limits.writeInMax} characters.`, { max: limits.writeInMax }));
    }
  }
  // A write-in is one more choice: single choice takes an option or a write-in, not both.
  const count = chosen.size + (writeIn === null ? 0 : 1);
  const max = poll.kind === 'single' ? 1 : Math.max(1, poll.maxChoices);
  if (count === 0) errors.push({ field: 'optionIds', code: 'required', message: 'Choose an option.' });
  else if (count > max) errors.push({ field: 'optionIds', code: 'too-many', message: `Choose at most ${max}.`, params: { max } });
  if (errors.length) throw new ValidationError(errors);
  return { optionIds: poll.options.map((o) => o.id).filter((id) => chosen.has(id)), writeIn, score: null };
}

/** Checks what an author submits; `now` decides whether the deadline is still ahead. */
export function validatePollDraft(draft: PollDraft, limits: PollLimits, now: number): ValidPollDraft {
  const errors: FieldError[] = [];
  const question = normalizeMessage(String(draft?.question ?? ''));
  const questionLength = graphemeCount(question);
  const unreadableQuestion = unreadableError('question', question);
  if (unreadableQuestion) errors.push(unreadableQuestion);
  else if (!visibleLength(question)) errors.push({ field: 'question', code: 'required', message: 'Write the question.' });
  else if (questionLength > limits.questionMax) {
    errors.push(fieldError('question', 'too-long', `Keep the question under ${limits.questionMax} characters.`, { max: limits.questionMax }));
  }
  const description = normalizeMessage(String(draft?.description ?? '')) || null;
  if (description && graphemeCount(description) > limits.descriptionMax) {
    errors.push(fieldError('description', 'too-long', `Keep the description under ${limits.descriptionMax} characters.`, { max: limits.descriptionMax }));
  }

  const kind = draft?.kind;
  if (!POLL_KINDS.includes(kind)) errors.push({ field: 'kind', code: 'invalid', message: 'Choose single choice, multiple choice or eNPS.' });
  const choice = kind === 'single' || kind === 'multiple';
  const options = Array.isArray(draft?.options) ? draft.options.map((o) => normalizeLine(String(o ?? ''))) : [];
  let maxChoices = 1;
  if (choice) {
    if (options.length < limits.minOptions) {
      errors.push(fieldError('options', 'too-few', `Give at least ${limits.minOptions} options.`, { min: limits.minOptions }));
    } else if (options.length > limits.maxOptions) {
      errors.push(fieldError('options', 'too-many', `Give at most ${limits.maxOptions} options.`, { max: limits.maxOptions }));
    }
    const seen = new Set<string>();
    options.forEach((label, i) => {
      const field = `options.${i}`;
      if (!label) errors.push({ field, code: 'required', message: 'Write this option or remove it.' });
      else if (graphemeCount(label) > limits.optionMax) {
        errors.push({
          field,
          code: 'too-long',
          message: `Keep options under ${limits.optionMax} characters.`,
          params: { max: limits.optionMax },
        });
      } else if (seen.has(foldLabel(label))) errors.push({ field, code: 'duplicate', message: 'Each option must be different.' });
      seen.add(foldLabel(label));
    });
    if (kind === 'multiple') {
      maxChoices = draft.maxChoices;
      const most = Math.max(1, options.length);
      if (!isInteger(maxChoices, 1, Number.MAX_SAFE_INTEGER)) {
        errors.push({ field: 'maxChoices', code: 'invalid', message: 'Allow at least one choice.' });
      } else if (maxChoices > most) {
        errors.push(fieldError('maxChoices', 'too-many', `A voter can choose at most all ${most} options.`, { max: most }));
      }
    }
  } else if (kind === 'enps' && options.some(Boolean)) {
    errors.push({ field: 'options', code: 'invalid', message: 'An eNPS poll has the 0–10 scale instead of options.' });
  }

  const resultsVisibility = draft?.resultsVisibility;
  if (!RESULTS_VISIBILITIES.includes(resultsVisibility)) {
    errors.push({ field: 'resultsVisibility', code: 'invalid', message: 'Choose when voters see the results.' });
  }
  const minVotesForResults = draft?.minVotesForResults ?? 0;
  if (!isInteger(minVotesForResults, 0, MIN_VOTES_MAX)) {
    errors.push(fieldError('minVotesForResults', 'invalid', `Use a whole number from 0 to ${MIN_VOTES_MAX}.`, { max: MIN_VOTES_MAX }));
  }

  const opensAt = draft?.opensAt || null;
  const closesAt = draft?.closesAt || null;
  if (opensAt !== null && !isDate(opensAt)) errors.push({ field: 'opensAt', code: 'invalid', message: 'Use a valid date and time.' });
  if (closesAt !== null && !isDate(closesAt)) errors.push({ field: 'closesAt', code: 'invalid', message: 'Use a valid date and time.' });
  else if (closesAt !== null) {
    const start = opensAt !== null && isDate(opensAt) ? Math.max(Date.parse(opensAt), now) : now;
    if (Date.parse(closesAt) <= start) {
      errors.push({
        field: 'closesAt',
        code: 'too-early',
        message: opensAt ? 'The deadline must come after the poll opens.' : 'The deadline must be in the future.',
      });
    }
  }

  const topic = normalizeTopic(draft?.topic);
  const badTopic =
    draft?.topic != null && typeof draft.topic !== 'string'
      ? { field: 'topic', code: 'invalid', message: 'Give the topic as text.' }
      : topicError('topic', topic);
  if (badTopic) errors.push(badTopic);

  if (errors.length) throw new ValidationError(errors);
  const allowWriteIn = choice && !!draft.allowWriteIn;
  return {
    question,
    description,
    kind,
    options: choice ? options : [],
    maxChoices: kind === 'multiple' ? maxChoices : 1,
    allowWriteIn,
    moderateWriteIns: allowWriteIn && !!draft.moderateWriteIns,
    anonymous: !!draft.anonymous,
    allowChangeVote: !!draft.allowChangeVote,
    resultsVisibility,
    minVotesForResults,
    opensAt: opensAt && new Date(opensAt).toISOString(),
    closesAt: closesAt && new Date(closesAt).toISOString(),
    topic: topic || null,
  };
}

export type EnpsGroup = 'promoter' | 'passive' | 'detractor';

/** Promoters score 9–10, passives 7–8, detractors 0–6. */
export function enpsGroup(score: number): EnpsGroup {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** The eNPS breakdown of votes per score (index = score 0–10): score = %promoters − %detractors. */
export function enpsFromDistribution(distribution: readonly number[]): EnpsResult {
  const counts = Array.from({ length: 11 }, (_, i) => Math.max(0, distribution[i] ?? 0));
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((n, score) => {
    const group = enpsGroup(score);
    if (group === 'promoter') promoters += n;
    else if (group === 'passive') passives += n;
    else detractors += n;
  });
  const total = promoters + passives + detractors;
  // `+ 0` turns a rounded −0 into 0.
  const score = total ? Math.round(((promoters - detractors) * 100) / total) + 0 : 0;
  return { promoters, passives, detractors, score, distribution: counts };
}
