import type { Person } from './people.js';

/** Single choice, multiple choice (with a maximum), or an eNPS question scored 0–10. */
export type PollKind = 'single' | 'multiple' | 'enps';

/** When voters see the results; admins and the poll's author always may. */
export type ResultsVisibility = 'live' | 'after-vote' | 'after-close' | 'never';

/** Computed by the backend from the poll's dates at the time of the request. */
export type PollStatus = 'scheduled' | 'open' | 'closed';

export interface PollOption {
  id: string;
  label: string;
}

/** A voter's own "other" answer; shown to others only once approved when the poll moderates them. */
export interface WriteIn {
  id: string;
  text: string;
  approved: boolean;
  /** Taken out of everyone's results by a manager; the ballots naming it still count. Absent: false. */
  rejected?: boolean;
}

export interface OptionResult {
  optionId: string;
  count: number;
}

export interface WriteInResult {
  id: string;
  text: string;
  count: number;
  /** False for a write-in awaiting approval (only managers are shown those). */
  approved: boolean;
}

/** eNPS breakdown: promoters 9–10, passives 7–8, detractors 0–6; score = %promoters − %detractors. */
export interface EnpsResult {
  promoters: number;
  passives: number;
  detractors: number;
  /** −100…100, rounded to a whole number. */
  score: number;
  /** Votes per score 0–10 (index = score). */
  distribution: number[];
}

export interface PollResults {
  totalVotes: number;
  /** Counts per option (single/multiple). */
  options: OptionResult[];
  /** Approved write-ins (and, for admins and the author, pending ones). */
  writeIns: WriteInResult[];
  enps: EnpsResult | null;
}

/** Why a viewer sees no results (null when they do). */
export type ResultsHiddenReason = 'vote-first' | 'until-closed' | 'admins-only' | 'below-minimum';

export interface PollVote {
  /** Chosen option ids (single: exactly one unless a write-in is given; multiple: up to maxChoices). */
  optionIds: string[];
  /** Free text for "other", when the poll allows it. */
  writeIn: string | null;
  /** eNPS score 0–10. */
  score: number | null;
}

/** How a poll is set up: what an author chooses, and what every backend stores. */
export interface PollSettings {
  question: string;
  description: string | null;
  kind: PollKind;
  options: PollOption[];
  /** For multiple choice: how many options a voter may pick (≥ 1). */
  maxChoices: number;
  allowWriteIn: boolean;
  /** Write-ins stay hidden from other voters until approved. */
  moderateWriteIns: boolean;
  /** No one, admins included, can learn who voted what. */
  anonymous: boolean;
  allowChangeVote: boolean;
  resultsVisibility: ResultsVisibility;
  /** Results stay hidden until this many votes are in (protects small groups). */
  minVotesForResults: number;
  opensAt: string | null;
  closesAt: string | null;
  /**
   * A short slug (`town-hall`) that places the poll: `<chorus-poll topic="town-hall">` shows the
   * newest open poll of its topic. Null for none.
   */
  topic: string | null;
}

export interface Poll extends PollSettings {
  id: string;
  status: PollStatus;
  createdBy: Person;
  createdAt: string;
  /** Whether the current user has voted. */
  voted: boolean;
  /**
   * The current user's vote when the backend may know it (named polls). Anonymous polls never
   * return it: the widget remembers the voter's own choice on their device.
   */
  myVote: PollVote | null;
  /** Null when hidden for this viewer; see `resultsHiddenReason`. */
  results: PollResults | null;
  resultsHiddenReason: ResultsHiddenReason | null;
  /** Whether the current user may approve write-ins, close or delete the poll. */
  canManage: boolean;
}

/** What an author submits to create a poll: the settings, with options as plain labels. */
export interface PollDraft extends Omit<PollSettings, 'options' | 'topic'> {
  /** Option labels (single/multiple: 2–10; eNPS: none). */
  options: string[];
  /** Optional: none when absent, null or empty. */
  topic?: string | null;
}

/** Which poll `findLatestPoll` looks for: the newest open one of `topic`, or of any topic without one. */
export interface LatestPollQuery {
  topic?: string | null;
}

/**
 * Returned by a vote. In an anonymous poll, `receipt` is a secret only the voter keeps: presenting it
 * is how they change their vote, since the backend never links their ballot to them.
 */
export interface VoteReceipt {
  poll: Poll;
  receipt: string | null;
}

export interface PollLimits {
  questionMax: number;
  descriptionMax: number;
  optionMax: number;
  minOptions: number;
  maxOptions: number;
  writeInMax: number;
}
