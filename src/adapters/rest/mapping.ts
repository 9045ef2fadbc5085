import { feedbackConfigFaults, kudosConfigFaults, pollLimitsFaults } from '../../core/config.rules.js';
import { NetworkError } from '../../core/errors.js';
import type { CompanyValue, Kudos, KudosComment, KudosConfig, KudosDraft, KudosImage, ReactionSummary } from '../../core/kudos.js';
import type { LiveEvent } from '../../core/live.js';
import type { ModerationEntry, Queue, QueueItem, ReportList } from '../../core/moderation.js';
import type { CurrentUser, Page, Person, Team } from '../../core/people.js';
import type { EnpsResult, Poll, PollDraft, PollLimits, PollOption, PollResults, PollVote, VoteReceipt, WriteInResult } from '../../core/poll.js';
import type { FeedbackConfig, FeedbackDraft, FeedbackMessage, FeedbackReceipt, FeedbackSummary, FeedbackThread } from '../../core/feedback.js';
import type { Post, ShareGuidelines, ShareLink } from '../../core/share-card.js';
import { isHttpUrl } from '../../core/share-card.links.js';
import type { components } from './contract.gen.js';

/*
 * Wire shapes (generated from contract/openapi.yaml) ⇄ domain types (src/core). The contract
 * makes them the same today, so this mostly copies; it is still the one place where the two
 * meet, so a contract change shows up here as a type error and nowhere else. Every function
 * builds a fresh object of known fields: whatever else a server adds never reaches a widget.
 */
export type Wire = components['schemas'];

/** The answer was not the shape the contract promises: a broken server or proxy, reported as a failure of the service. */
function unexpected(what: string): NetworkError {
  return new NetworkError(`The service answered with an unexpected ${what}.`);
}

/** A configuration whose numbers cannot work (core's config.rules.ts) is a broken server's too: not shown as is. */
function sound<T>(value: T, faults: (value: T) => string[], what: string): T {
  const found = faults(value);
  if (found.length) throw new NetworkError(`The service answered with a ${what} that cannot work: ${found.join(' ')}`);
  return value;
}

function object<T>(value: unknown, what: string): T {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw unexpected(what);
  return value as T;
}

function list<T>(value: unknown, what: string): T[] {
  const items = object<{ items?: unknown }>(value, what).items;
  if (!Array.isArray(items)) throw unexpected(what);
  return items as T[];
}

export function toPerson(w: Wire['Person']): Person {
  const person: Person = { id: w.id, name: w.name, teamId: w.teamId };
  if (w.title !== undefined) person.title = w.title;
  if (w.avatarUrl !== undefined) person.avatarUrl = w.avatarUrl;
  return person;
}

export function toCurrentUser(value: unknown): CurrentUser {
  const w = object<Wire['CurrentUser']>(value, 'user');
  return { ...toPerson(w), roles: Array.isArray(w.roles) ? [...w.roles] : [] };
}

export function toTeam(w: Wire['Team']): Team {
  return { id: w.id, name: w.name };
}

export const toPeople = (value: unknown): Person[] => list<Wire['Person']>(value, 'people list').map(toPerson);
export const toTeams = (value: unknown): Team[] => list<Wire['Team']>(value, 'team list').map(toTeam);
export const toNames = (value: unknown): string[] => list<unknown>(value, 'name list').filter((name): name is string => typeof name === 'string');

function toValue(w: Wire['CompanyValue']): CompanyValue {
  const value: CompanyValue = { id: w.id, label: w.label };
  if (w.emoji !== undefined) value.emoji = w.emoji;
  if (w.description !== undefined) value.description = w.description;
  return value;
}

export function toKudosConfig(value: unknown): KudosConfig {
  const w = object<Wire['KudosConfig']>(value, 'kudos configuration');
  const config: KudosConfig = {
    values: w.values.map(toValue),
    reactions: [...w.reactions],
    messageMin: w.messageMin,
    messageMax: w.messageMax,
    commentMax: w.commentMax,
    maxRecipients: w.maxRecipients,
    requireValue: w.requireValue,
  };
  return sound(config, kudosConfigFaults, 'kudos configuration');
}

/** An image address from the wire → one a page can load (KudosImages.url: a relative one is the server's image route). */
export type ImageUrl = (address: string) => string;
const asGiven: ImageUrl = (address) => address;

function toImage(w: Wire['KudosImage'] | null, url: ImageUrl): KudosImage | null {
  return w ? { url: url(w.url), alt: w.alt } : null;
}

function toReaction(w: Wire['ReactionSummary']): ReactionSummary {
  return { emoji: w.emoji, count: w.count, mine: w.mine, people: w.people.map((p) => ({ id: p.id, name: p.name })) };
}

export function toKudos(value: unknown, url: ImageUrl = asGiven): Kudos {
  const w = object<Wire['Kudos']>(value, 'kudos');
  return {
    id: w.id,
    author: toPerson(w.author),
    recipients: w.recipients.map(toPerson),
    message: w.message,
    valueId: w.valueId ?? null,
    image: toImage(w.image ?? null, url),
    visibility: w.visibility,
    createdAt: w.createdAt,
    reactions: w.reactions.map(toReaction),
    commentCount: w.commentCount,
    reportedByMe: w.reportedByMe,
    ...(w.hidden ? { hidden: { reason: w.hidden.reason } } : {}),
  };
}

export function toKudosPage(value: unknown, url: ImageUrl = asGiven): Page<Kudos> {
  const w = object<Wire['KudosPage']>(value, 'kudos page');
  if (!Array.isArray(w.items)) throw unexpected('kudos page');
  return { items: w.items.map((k) => toKudos(k, url)), nextCursor: w.nextCursor ?? null };
}

export function toComment(value: unknown): KudosComment {
  const w = object<Wire['KudosComment']>(value, 'comment');
  return {
    id: w.id,
    kudosId: w.kudosId,
    author: toPerson(w.author),
    message: w.message,
    createdAt: w.createdAt,
    ...(w.reportedByMe !== undefined ? { reportedByMe: w.reportedByMe } : {}),
    ...(w.hidden ? { hidden: { reason: w.hidden.reason } } : {}),
  };
}

export const toComments = (value: unknown): KudosComment[] => list<Wire['KudosComment']>(value, 'comment list').map(toComment);

export function toWireDraft(draft: KudosDraft): Wire['KudosDraft'] {
  return {
    recipientIds: [...draft.recipientIds],
    message: draft.message,
    valueId: draft.valueId ?? null,
    image: draft.image ? { url: draft.image.url, alt: draft.image.alt } : null,
    visibility: draft.visibility,
  };
}

export const toWireComment = (message: string): Wire['CommentDraft'] => ({ message });
export const toWireReport = (reason: string): Wire['ReportDraft'] => ({ reason });

export const toReportList = (value: unknown): ReportList => ({
  items: list<Wire['Report']>(value, 'report list').map((w) => ({ kudosId: w.kudosId, reason: w.reason, reportedAt: w.reportedAt })),
});

export function toQueueItem(value: unknown): QueueItem {
  const w = object<Wire['QueueItem']>(value, 'moderation item');
  if (!w.ref || !w.author || !Array.isArray(w.reasons) || !Array.isArray(w.history)) throw unexpected('moderation item');
  return {
    ref: { kind: w.ref.kind, id: w.ref.id },
    kudosId: w.kudosId,
    text: w.text,
    author: toPerson(w.author),
    recipients: (w.recipients ?? []).map(toPerson),
    createdAt: w.createdAt,
    reportCount: w.reportCount,
    reasons: w.reasons.map((r) => ({ reason: r.reason, count: r.count })),
    lastReportedAt: w.lastReportedAt,
    state: w.state,
    history: w.history.map((h): ModerationEntry => ({ action: h.action, moderator: h.moderator ? toPerson(h.moderator) : null, reason: h.reason, at: h.at })),
  };
}

export const toQueue = (value: unknown): Queue => ({ items: list<unknown>(value, 'moderation queue').map(toQueueItem) });

// ---- polls ---------------------------------------------------------------------------------

export function toPollLimits(value: unknown): PollLimits {
  const w = object<Wire['PollLimits']>(value, 'poll limits');
  const limits: PollLimits = {
    questionMax: w.questionMax,
    descriptionMax: w.descriptionMax,
    optionMax: w.optionMax,
    minOptions: w.minOptions,
    maxOptions: w.maxOptions,
    writeInMax: w.writeInMax,
  };
  return sound(limits, pollLimitsFaults, 'set of poll limits');
}

function toOption(w: Wire['PollOption']): PollOption {
  return { id: w.id, label: w.label };
}

function toWriteInResult(w: Wire['WriteInResult']): WriteInResult {
  return { id: w.id, text: w.text, count: w.count, approved: w.approved };
}

function toEnps(w: Wire['EnpsResult'] | null | undefined): EnpsResult | null {
  if (!w) return null;
  return { promoters: w.promoters, passives: w.passives, detractors: w.detractors, score: w.score, distribution: [...w.distribution] };
}

function toResults(w: Wire['PollResults'] | null | undefined): PollResults | null {
  if (!w) return null;
  return {
    totalVotes: w.totalVotes,
    options: w.options.map((o) => ({ optionId: o.optionId, count: o.count })),
    writeIns: w.writeIns.map(toWriteInResult),
    enps: toEnps(w.enps),
  };
}

function toVote(w: Wire['PollVote'] | null | undefined): PollVote | null {
  if (!w) return null;
  return { optionIds: [...w.optionIds], writeIn: w.writeIn ?? null, score: w.score ?? null };
}

export function toPoll(value: unknown): Poll {
  const w = object<Wire['Poll']>(value, 'poll');
  if (!Array.isArray(w.options) || !w.createdBy) throw unexpected('poll');
  return {
    id: w.id,
    question: w.question,
    description: w.description ?? null,
    kind: w.kind,
    options: w.options.map(toOption),
    maxChoices: w.maxChoices,
    allowWriteIn: w.allowWriteIn,
    moderateWriteIns: w.moderateWriteIns,
    anonymous: w.anonymous,
    allowChangeVote: w.allowChangeVote,
    resultsVisibility: w.resultsVisibility,
    minVotesForResults: w.minVotesForResults,
    opensAt: w.opensAt ?? null,
    closesAt: w.closesAt ?? null,
    topic: w.topic ?? null,
    status: w.status,
    createdBy: toPerson(w.createdBy),
    createdAt: w.createdAt,
    voted: w.voted,
    // An anonymous poll never tells whose vote is whose, whatever a server sends.
    myVote: w.anonymous ? null : toVote(w.myVote),
    results: toResults(w.results),
    resultsHiddenReason: w.resultsHiddenReason ?? null,
    canManage: w.canManage,
  };
}

export function toVoteReceipt(value: unknown): VoteReceipt {
  const w = object<Wire['VoteReceipt']>(value, 'vote receipt');
  return { poll: toPoll(w.poll), receipt: typeof w.receipt === 'string' && w.receipt ? w.receipt : null };
}

export function toWireVote(vote: PollVote): Wire['PollVote'] {
  return {
    optionIds: [...(vote.optionIds ?? [])],
    writeIn: vote.writeIn ?? null,
    score: vote.score ?? null,
  };
}

export function toWirePollDraft(draft: PollDraft): Wire['PollDraft'] {
  return {
    question: draft.question,
    description: draft.description ?? null,
    kind: draft.kind,
    options: [...(draft.options ?? [])],
    maxChoices: draft.maxChoices,
    allowWriteIn: draft.allowWriteIn,
    moderateWriteIns: draft.moderateWriteIns,
    anonymous: draft.anonymous,
    allowChangeVote: draft.allowChangeVote,
    resultsVisibility: draft.resultsVisibility,
    minVotesForResults: draft.minVotesForResults,
    opensAt: draft.opensAt ?? null,
    closesAt: draft.closesAt ?? null,
    // Sent only when given, so a server older than topics still takes a draft without one.
    ...(draft.topic ? { topic: draft.topic } : {}),
  };
}

/**
 * The `data` of a Server-Sent Event → a LiveEvent, or null for what this version does not know
 * (a newer server's topic or type is skipped, not an error).
 */
// ---- feedback ------------------------------------------------------------------------------

export function toFeedbackConfig(value: unknown): FeedbackConfig {
  const w = object<Wire['FeedbackConfig']>(value, 'feedback configuration');
  if (!Array.isArray(w.categories)) throw unexpected('feedback configuration');
  const config: FeedbackConfig = {
    categories: w.categories.map((c) =>
      c.description === undefined ? { id: c.id, label: c.label } : { id: c.id, label: c.label, description: c.description },
    ),
    scoreKind: w.scoreKind,
    messageMin: w.messageMin,
    messageMax: w.messageMax,
    replyMax: w.replyMax,
    minGroupSize: w.minGroupSize,
    deliverAfterHour: w.deliverAfterHour === true,
  };
  return sound(config, feedbackConfigFaults, 'feedback configuration');
}

function toFeedbackMessage(w: Wire['FeedbackMessage']): FeedbackMessage {
  // The sender's messages never name anyone, whatever a server sends.
  const author = w.from === 'recipient' && w.author ? toPerson(w.author) : null;
  return { id: w.id, from: w.from, author, message: w.message, createdAt: w.createdAt };
}

export function toFeedbackThread(value: unknown): FeedbackThread {
  const w = object<Wire['FeedbackThread']>(value, 'feedback thread');
  if (!Array.isArray(w.messages)) throw unexpected('feedback thread');
  return {
    id: w.id,
    categoryId: w.categoryId,
    score: w.score ?? null,
    status: w.status,
    createdAt: w.createdAt,
    messages: w.messages.map(toFeedbackMessage),
  };
}

export function toFeedbackReceipt(value: unknown): FeedbackReceipt {
  const w = object<Wire['FeedbackReceipt']>(value, 'feedback receipt');
  if (typeof w.replyToken !== 'string' || !w.replyToken) throw unexpected('feedback receipt');
  return { thread: toFeedbackThread(w.thread), replyToken: w.replyToken };
}

export function toFeedbackPage(value: unknown): Page<FeedbackThread> {
  const w = object<Wire['FeedbackThreadPage']>(value, 'feedback page');
  if (!Array.isArray(w.items)) throw unexpected('feedback page');
  return { items: w.items.map(toFeedbackThread), nextCursor: w.nextCursor ?? null };
}

export function toFeedbackSummary(value: unknown): FeedbackSummary {
  const w = object<Wire['FeedbackSummary']>(value, 'feedback summary');
  if (!Array.isArray(w.groups)) throw unexpected('feedback summary');
  return {
    scoreKind: w.scoreKind,
    minGroupSize: w.minGroupSize,
    groups: w.groups.map((g) => ({ categoryId: g.categoryId, responses: g.responses ?? null, score: g.score ?? null })),
  };
}

export function toWireFeedbackDraft(draft: FeedbackDraft): Wire['FeedbackDraft'] {
  // Exactly these three fields: nothing else a caller put on the object can ride along.
  return { categoryId: draft.categoryId, message: draft.message, score: draft.score ?? null };
}

export function toLiveEvent(data: string, url: ImageUrl = asGiven): LiveEvent | null {
  let w: Wire['LiveEvent'];
  try {
    w = JSON.parse(data) as Wire['LiveEvent'];
  } catch {
    return null;
  }
  if (!w || typeof w !== 'object') return null;
  if (w.topic === 'poll') {
    return w.type === 'changed' && typeof w.pollId === 'string' && w.pollId ? { topic: 'poll', type: 'changed', pollId: w.pollId } : null;
  }
  if (w.topic === 'share') {
    return w.type === 'changed' && typeof w.postId === 'string' && w.postId ? { topic: 'share', type: 'changed', postId: w.postId } : null;
  }
  if (w.topic === 'moderation') return w.type === 'changed' ? { topic: 'moderation', type: 'changed' } : null;
  if (w.topic === 'feedback') {
    return w.type === 'changed' && typeof w.threadId === 'string' && w.threadId ? { topic: 'feedback', type: 'changed', threadId: w.threadId } : null;
  }
  if (w.topic !== 'kudos') return null;
  switch (w.type) {
    case 'created':
    case 'updated':
      return { topic: 'kudos', type: w.type, kudos: toKudos(w.kudos, url) };
    case 'deleted':
      return typeof w.id === 'string' ? { topic: 'kudos', type: 'deleted', id: w.id } : null;
    default:
      return null;
  }
}

/** An http(s) URL from the wire, or the failure of a broken server: another scheme never reaches the card. */
function httpUrl(value: unknown, what: string): string {
  if (!isHttpUrl(value)) throw unexpected(what);
  return value;
}

export function toPost(value: unknown): Post {
  const w = object<Wire['Post']>(value, 'post');
  if (!w.link || !w.captions || !w.locked || !w.shares || !w.author) throw unexpected('post');
  const preview = w.link.preview;
  return {
    id: w.id,
    title: w.title,
    captions: { ...w.captions },
    image: w.image ? { url: httpUrl(w.image.url, 'post image'), alt: w.image.alt } : null,
    link: {
      url: httpUrl(w.link.url, 'post link'),
      preview: preview
        ? { title: preview.title, site: preview.site, imageUrl: preview.imageUrl == null ? null : httpUrl(preview.imageUrl, 'preview image') }
        : null,
    },
    locked: { disclosure: w.locked.disclosure ?? null, hashtags: [...w.locked.hashtags] },
    topic: w.topic ?? null,
    status: w.status,
    publishAt: w.publishAt ?? null,
    expireAt: w.expireAt ?? null,
    captionEditable: w.captionEditable,
    shares: { byNetwork: { ...w.shares.byNetwork }, total: w.shares.total, people: w.shares.people },
    clicks: w.clicks,
    sharedByMe: w.sharedByMe,
    author: toPerson(w.author),
    suggested: w.suggested,
    returnComment: w.returnComment ?? null,
    createdAt: w.createdAt,
  };
}

export function toPostPage(value: unknown): Page<Post> {
  const nextCursor = object<{ nextCursor?: unknown }>(value, 'post list').nextCursor;
  return { items: list<unknown>(value, 'post list').map(toPost), nextCursor: typeof nextCursor === 'string' ? nextCursor : null };
}

export function toShareGuidelines(value: unknown): ShareGuidelines {
  const w = object<Wire['ShareGuidelines']>(value, 'guidelines');
  return { title: w.title, body: w.body, version: w.version, mustAccept: w.mustAccept, acceptedByMe: w.acceptedByMe };
}

export function toShareLink(value: unknown): ShareLink {
  const w = object<Wire['ShareLink']>(value, 'share link');
  return { postId: w.postId, network: w.network, url: httpUrl(w.url, 'share link') };
}
