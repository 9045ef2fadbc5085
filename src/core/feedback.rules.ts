import { ValidationError, type FieldError } from './errors.js';
import { DEFAULT_MIN_GROUP_SIZE, isTooSmall } from './group.rules.js';
import type { FeedbackConfig, FeedbackDraft, FeedbackGroupSummary, FeedbackScoreKind, FeedbackStatus, FeedbackSummary } from './feedback.js';
import type { RateLimit } from './kudos.rules.js';
import type { CurrentUser } from './people.js';
import { enpsFromDistribution } from './poll.rules.js';
import { normalizeMessage } from './text.js';
import { lengthError } from './text.rules.js';

/*
 * The feedback rules every backend enforces — the embedded adapter and the reference server import
 * them from here. Plain functions over domain data: no storage, no DOM, and nothing about the
 * sender, because no backend ever knows who they are.
 */

/** The feedback box unless a backend configures another (the embedded adapter's and the server's default). */
export const DEFAULT_FEEDBACK_CONFIG: Readonly<FeedbackConfig> = {
  categories: [
    { id: 'workplace', label: 'Workplace and tools', description: 'Offices, equipment, software, remote work.' },
    { id: 'leadership', label: 'Leadership', description: 'Decisions, communication, direction.' },
    { id: 'culture', label: 'Culture and wellbeing', description: 'How we treat each other, workload, inclusion.' },
    { id: 'process', label: 'Processes', description: 'Meetings, approvals, the way work gets done.' },
    { id: 'ideas', label: 'Ideas', description: 'Something we could start, stop or change.' },
  ],
  scoreKind: 'mood',
  messageMin: 10,
  messageMax: 2000,
  replyMax: 1000,
  minGroupSize: DEFAULT_MIN_GROUP_SIZE,
  deliverAfterHour: false,
};

/**
 * Messages and replies per network address (server) or per device (embedded) in a window. Many
 * colleagues may share an address behind a proxy, so the default is generous.
 */
export const DEFAULT_FEEDBACK_RATE_LIMIT: Readonly<RateLimit> = { max: 10, windowSeconds: 600 };

/** Bytes of randomness in a reply token: 192 bits (the issue asks for at least 128). */
export const REPLY_TOKEN_BYTES = 24;

export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['open', 'answered', 'closed'];

/** The scores each kind accepts. */
export function scoreRange(kind: FeedbackScoreKind): { min: number; max: number } | null {
  if (kind === 'mood') return { min: 1, max: 5 };
  if (kind === 'enps') return { min: 0, max: 10 };
  return null;
}

export interface ValidFeedback {
  categoryId: string;
  message: string;
  score: number | null;
}

/** Checks a draft against the box's setup; reports every field at fault at once. */
export function validateFeedback(draft: FeedbackDraft, config: FeedbackConfig): ValidFeedback {
  const errors: FieldError[] = [];
  const categoryId = String(draft?.categoryId ?? '');
  if (!categoryId) errors.push({ field: 'categoryId', code: 'required', message: 'Choose a topic.' });
  else if (!config.categories.some((c) => c.id === categoryId)) {
    errors.push({ field: 'categoryId', code: 'invalid', message: 'Choose one of the topics offered.' });
  }

  const message = normalizeMessage(String(draft?.message ?? ''));
  const messageError = lengthError('message', message, config.messageMin, config.messageMax);
  if (messageError) errors.push(messageError);

  const raw = draft?.score ?? null;
  const range = scoreRange(config.scoreKind);
  let score: number | null = null;
  if (raw !== null) {
    if (!range || !Number.isInteger(raw) || raw < range.min || raw > range.max) {
      errors.push(
        range
          ? { field: 'score', code: 'invalid', message: `Choose a score from ${range.min} to ${range.max}.`, params: range }
          : { field: 'score', code: 'invalid', message: 'This feedback box asks for no score.' },
      );
    } else {
      score = raw;
    }
  }

  if (errors.length) throw new ValidationError(errors);
  return { categoryId, message, score };
}

/** A reply in a thread, from the sender or a recipient. */
export function validateReply(message: string, config: FeedbackConfig): string {
  const text = normalizeMessage(String(message ?? ''));
  const error = lengthError('message', text, 1, config.replyMax);
  if (error) throw new ValidationError([error]);
  return text;
}

export function validateStatus(status: string): FeedbackStatus {
  if (!(FEEDBACK_STATUSES as readonly string[]).includes(status)) {
    throw new ValidationError([{ field: 'status', code: 'invalid', message: 'Choose open, answered or closed.' }]);
  }
  return status as FeedbackStatus;
}

/** HR, managers and admins read and answer the inbox. */
export function isFeedbackRecipient(user: Pick<CurrentUser, 'roles'> | undefined): boolean {
  return !!user && (user.roles.includes('feedback-recipient') || user.roles.includes('admin'));
}

const HOUR_MS = 3_600_000;

/**
 * The time stored for a sender's message: rounded down to the hour, so it cannot be matched to
 * someone's activity in other logs (sign-ins, page views) to the minute.
 */
export function coarseTime(epochMs: number): string {
  return new Date(Math.floor(epochMs / HOUR_MS) * HOUR_MS).toISOString();
}

/**
 * The latest hour whose sender messages have reached recipients at `now` (their hour has ended),
 * or null when the box delivers at once. A message stored at hour `h` is delivered when `h <= cutoff`.
 */
export function deliveryCutoff(config: Pick<FeedbackConfig, 'deliverAfterHour'>, now: number): string | null {
  return config.deliverAfterHour ? new Date(Math.floor(now / HOUR_MS) * HOUR_MS - HOUR_MS).toISOString() : null;
}

/**
 * A thread as recipients may see it under `cutoff` (deliveryCutoff): the sender's messages of an
 * hour not yet ended left out, and the status as it was before them (a held reply has not reopened
 * it yet). Null while the feedback itself is held. Both backends call this on what they load.
 */
export function deliveredThread<T extends { status: FeedbackStatus; createdAt: string; messages: { from: 'sender' | 'recipient'; createdAt: string }[] }>(
  thread: T,
  cutoff: string | null,
): T | null {
  if (cutoff === null) return thread;
  const limit = Date.parse(cutoff);
  if (Date.parse(thread.createdAt) > limit) return null;
  const messages = thread.messages.filter((m) => m.from === 'recipient' || Date.parse(m.createdAt) <= limit);
  if (messages.length === thread.messages.length) return thread;
  const status = thread.status === 'open' && messages.at(-1)?.from === 'recipient' ? 'answered' : thread.status;
  return { ...thread, messages, status };
}

/** A looked-up reply token that may be malformed: anything but base64url of sane length matches nothing. */
export function isPlausibleToken(token: string): boolean {
  return typeof token === 'string' && /^[\w-]{22,200}$/.test(token);
}

/**
 * Summaries per category. A category with fewer than `minGroupSize` threads shows neither its
 * count nor its score: with three answers, a score may point at the people who gave it.
 */
export function summarize(threads: ReadonlyArray<{ categoryId: string; score: number | null }>, config: FeedbackConfig): FeedbackSummary {
  const groups: FeedbackGroupSummary[] = config.categories.map((category) => {
    const inGroup = threads.filter((t) => t.categoryId === category.id);
    if (isTooSmall(inGroup.length, config.minGroupSize)) return { categoryId: category.id, responses: null, score: null };
    const scores = inGroup.map((t) => t.score).filter((s): s is number => s !== null);
    return { categoryId: category.id, responses: inGroup.length, score: groupScore(scores, config.scoreKind) };
  });
  return { scoreKind: config.scoreKind, minGroupSize: config.minGroupSize, groups };
}

function groupScore(scores: number[], kind: FeedbackScoreKind): number | null {
  if (!scores.length || kind === 'none') return null;
  if (kind === 'mood') return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
  const distribution = Array.from({ length: 11 }, (_, s) => scores.filter((x) => x === s).length);
  return enpsFromDistribution(distribution).score;
}

/** After a message: an answer marks the thread answered, a sender's reply reopens it. */
export function statusAfter(from: 'sender' | 'recipient'): FeedbackStatus {
  return from === 'recipient' ? 'answered' : 'open';
}
