import type { ChorusAdapter, PollPort } from '../../src/adapter/port.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { NetworkError } from '../../src/core/errors.js';
import type { PollDraft, PollVote } from '../../src/core/poll.js';
import { saveBallot } from '../../src/widgets/poll/ballot-store.js';
import { plainPollDraft } from '../../src/core/poll.rules.js';

/*
 * Backends for the poll's stories: the embedded adapter in memory (nothing persists between
 * stories), signed in as whoever the story needs, with votes cast or polls created beforehand.
 * The seeded polls: poll-lunch (single, live), poll-offsite (multiple, up to 2, moderated
 * "Other"), poll-enps (anonymous eNPS, results after close), poll-closed, poll-upcoming.
 */

export const storyAdapter = (userId?: string, latency: number | [number, number] = [150, 350]) =>
  new MemoryAdapter({ persist: false, latency, ...(userId ? { userId } : {}) });

const key = () => `story-${Math.random().toString(36).slice(2)}`;
const choose = (...optionIds: string[]): PollVote => ({ optionIds, writeIn: null, score: null });

/** The same backend with some poll calls replaced. */
export function withPolls(base: MemoryAdapter, overrides: Partial<PollPort>): ChorusAdapter {
  const polls = Object.assign(Object.create(base.polls) as PollPort, overrides);
  return { people: base.people, me: base.me, live: base.live, polls };
}

export const loadingAdapter = () => withPolls(storyAdapter(), { getPoll: () => new Promise(() => {}) });
export const failingAdapter = () => new MemoryAdapter({ persist: false, latency: 300, failureRate: 1 });

/** Loads fine, but every vote fails: the rollback and its message. */
export const voteFailsAdapter = () => withPolls(storyAdapter(), { vote: () => new Promise((_, reject) => setTimeout(() => reject(new NetworkError()), 600)) });

/**
 * The default user (p-01), or `userId`, has voted `vote` in `pollId` from this device: an anonymous
 * vote's receipt is kept where the widget keeps it, so the story shows "Your vote" and "Change vote".
 */
export async function votedAdapter(pollId: string, vote: PollVote, userId?: string): Promise<MemoryAdapter> {
  const adapter = storyAdapter(userId);
  const latency = adapter.latency;
  adapter.latency = 0;
  const { poll, receipt } = await adapter.polls.vote(pollId, vote, { idempotencyKey: key() });
  if (poll.anonymous) saveBallot(pollId, adapter.currentUserId, { receipt, vote });
  adapter.latency = latency;
  return adapter;
}

export const votedLunch = () => votedAdapter('poll-lunch', choose('lunch-ramen'));
export const votedOffsite = () => votedAdapter('poll-offsite', { optionIds: ['offsite-cooking'], writeIn: 'Karaoke night', score: null });
export const votedEnps = () => votedAdapter('poll-enps', { optionIds: [], writeIn: null, score: 8 });
/** The eNPS poll's author (a manager) has voted: they see the score and its breakdown. */
export const enpsManager = () => votedAdapter('poll-enps', { optionIds: [], writeIn: null, score: 9 }, 'p-34');
/** The offsite poll's author, who can approve the pending "Karaoke night". */
export const offsiteManager = () => votedAdapter('poll-offsite', choose('offsite-hike', 'offsite-sailing'), 'p-34');

/** Creates a poll as an author (p-06) with votes from the given people, then signs in as `viewer`. */
export async function pollWith(
  draft: Partial<PollDraft>,
  votes: [userId: string, vote: PollVote][] = [],
  viewer = 'p-01',
): Promise<{ adapter: MemoryAdapter; pollId: string }> {
  const adapter = storyAdapter('p-06');
  const latency = adapter.latency;
  adapter.latency = 0;
  const poll = await adapter.polls.createPoll(plainPollDraft('', [], draft), { idempotencyKey: key() });
  for (const [userId, vote] of votes) {
    adapter.setCurrentUser(userId);
    const ids = vote.optionIds.map((i) => poll.options[Number(i)]?.id ?? i);
    await adapter.polls.vote(poll.id, { ...vote, optionIds: ids }, { idempotencyKey: key() });
  }
  adapter.setCurrentUser(viewer);
  adapter.latency = latency;
  return { adapter, pollId: poll.id };
}

const people = (from: number, count: number) => Array.from({ length: count }, (_, i) => `p-${String(from + i).padStart(2, '0')}`);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Results hidden until 10 people have voted; three have, the viewer among them. */
export const belowMinimum = () =>
  pollWith(
    plainPollDraft('Should we move the team stand-up to 9:30?', ['Yes', 'No', 'No preference'], {
      minVotesForResults: 10,
      closesAt: inDays(4),
    }),
    [
      ['p-02', choose('0')],
      ['p-03', choose('1')],
      ['p-01', choose('0')],
    ],
  );

/** Ten options, long labels, an unbroken word, markup shown as text, mixed directions and emoji. */
export const longOptions = () =>
  pollWith(
    {
      question: 'Which of these internal tools should the platform team prioritise for the next two quarters, given the budget we agreed at the offsite?',
      description: 'Pick one. We will share the full results and the plan at the all-hands.',
      options: [
        'A self-service environment portal with approvals, cost estimates and automatic clean-up',
        'Supercalifragilisticexpialidocious-observability-dashboards-for-every-service',
        '<b>Bold</b> <script>alert("not run")</script> & other markup, shown as text',
        'لوحة تحكم للموارد البشرية — Arabic, right to left',
        '🚀 Faster CI (target: under 10 minutes) 🏎️',
        'Better on-call tooling',
        'Docs search',
        'Feature flags',
        'Single sign-on everywhere',
        'Nothing new; pay down tech debt',
      ],
      allowWriteIn: true,
      closesAt: inDays(6),
    },
    [...people(2, 9).map((id, i): [string, PollVote] => [id, choose(String(i % 4))]), ['p-20', choose('4')], ['p-21', choose('0')]],
  );

/**
 * Three town-hall polls by an author (p-06): last month's, closed; this month's, open, with a few
 * votes; next month's, not open yet. The viewer (p-01) sees this month's in `topic="town-hall"`.
 */
export async function townHall(): Promise<MemoryAdapter> {
  const adapter = storyAdapter('p-06');
  const latency = adapter.latency;
  adapter.latency = 0;
  const draft = (question: string, extra: Partial<PollDraft> = {}) =>
    plainPollDraft(question, ['Product roadmap', 'Hiring plans', 'Office move'], {
      topic: 'town-hall',
      description: 'Asked at the monthly town hall.',
      ...extra,
    });
  const last = await adapter.polls.createPoll(draft('Which topic first at the November town hall?'), { idempotencyKey: key() });
  await adapter.polls.closePoll(last.id);
  const current = await adapter.polls.createPoll(draft('Which topic first at the December town hall?'), { idempotencyKey: key() });
  await adapter.polls.createPoll(draft('Which topic first at the January town hall?', { opensAt: inDays(30) }), { idempotencyKey: key() });
  for (const [userId, option] of [
    ['p-02', 0],
    ['p-03', 1],
    ['p-04', 0],
  ] as const) {
    adapter.setCurrentUser(userId);
    await adapter.polls.vote(current.id, choose(current.options[option]!.id), { idempotencyKey: key() });
  }
  adapter.setCurrentUser('p-01');
  adapter.latency = latency;
  return adapter;
}
