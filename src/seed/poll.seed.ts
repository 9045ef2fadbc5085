import type { PollKind, PollOption, ResultsVisibility, WriteIn } from '../core/poll.js';
import { sample, seededRandom, shuffle, type Random } from './random.js';
import { toBase64Url } from '../core/secret.js';
import { sortedByKey } from '../core/order.js';
import type { StoredBallot, StoredPoll } from './types.js';

/*
 * Demo polls with stable ids, so a page or a story can place them: <chorus-poll poll-id="poll-lunch">.
 * Votes come from the seeded colleagues through their own PRNG (the kudos seed stays as it was);
 * the default user (p-01) has voted only in the closed poll, so the demo starts with polls to vote in.
 */

export const POLLS_SEED = 20251104;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Everyone in the seeded directory. */
const PEOPLE = Array.from({ length: 35 }, (_, i) => `p-${String(i + 1).padStart(2, '0')}`);
const DEFAULT_USER = 'p-01';

export const SEEDED_POLL_IDS = ['poll-lunch', 'poll-offsite', 'poll-enps', 'poll-closed', 'poll-upcoming'] as const;

interface PollSeed {
  id: string;
  /** Where a page places it (`<chorus-poll topic>`). */
  topic?: string;
  question: string;
  description?: string;
  kind: PollKind;
  options?: [id: string, label: string][];
  maxChoices?: number;
  allowWriteIn?: boolean;
  moderateWriteIns?: boolean;
  anonymous?: boolean;
  allowChangeVote?: boolean;
  resultsVisibility: ResultsVisibility;
  minVotesForResults?: number;
  /** Relative to now, in ms. */
  opensIn?: number;
  closesIn?: number;
  createdAgo: number;
  createdById: string;
}

function base(seed: PollSeed, now: number): StoredPoll {
  return {
    id: seed.id,
    question: seed.question,
    description: seed.description ?? null,
    kind: seed.kind,
    options: (seed.options ?? []).map(([id, label]): PollOption => ({ id, label })),
    maxChoices: seed.maxChoices ?? 1,
    allowWriteIn: seed.allowWriteIn ?? false,
    moderateWriteIns: seed.moderateWriteIns ?? false,
    anonymous: seed.anonymous ?? false,
    allowChangeVote: seed.allowChangeVote ?? true,
    resultsVisibility: seed.resultsVisibility,
    minVotesForResults: seed.minVotesForResults ?? 0,
    opensAt: seed.opensIn === undefined ? null : new Date(now + seed.opensIn).toISOString(),
    closesAt: seed.closesIn === undefined ? null : new Date(now + seed.closesIn).toISOString(),
    topic: seed.topic ?? null,
    closedAt: null,
    createdById: seed.createdById,
    createdAt: new Date(now - seed.createdAgo).toISOString(),
    writeIns: [],
    ballots: {},
    voters: [],
  };
}

/** Voters other than the default user, `count` of them. */
function voters(random: Random, count: number, include: string[] = []): string[] {
  const pool = PEOPLE.filter((id) => id !== DEFAULT_USER && !include.includes(id));
  return [...include, ...sample(random, pool, count - include.length)];
}

/** `counts[i]` copies of item i, shuffled: how many voters chose what. */
function spread<T>(random: Random, items: readonly T[], counts: readonly number[]): T[] {
  return shuffle(
    random,
    items.flatMap((item, i) => Array.from({ length: counts[i] ?? 0 }, () => item)),
  );
}

function randomKey(random: Random, bytes: number): string {
  return toBase64Url(Uint8Array.from({ length: bytes }, () => Math.floor(random() * 256)));
}

function named(poll: StoredPoll, ballots: [voterId: string, ballot: StoredBallot][]): StoredPoll {
  poll.ballots = sortedByKey(Object.fromEntries(ballots));
  return poll;
}

/** Anonymous ballots under random keys (seeded voters hold no receipts), voters apart and sorted. */
function anonymous(random: Random, poll: StoredPoll, ballots: [voterId: string, ballot: StoredBallot][]): StoredPoll {
  poll.ballots = sortedByKey(Object.fromEntries(ballots.map(([, ballot]) => [randomKey(random, 32), ballot])));
  poll.voters = ballots.map(([id]) => id).sort();
  return poll;
}

const choice = (...optionIds: string[]): StoredBallot => ({ optionIds, writeInId: null, score: null });

export function seedPolls(now: number, seed = POLLS_SEED): StoredPoll[] {
  const random = seededRandom(seed);

  // Single choice, named, live results, changeable until Friday.
  const lunch = base(
    {
      id: 'poll-lunch',
      topic: 'team-lunch',
      question: 'Where should we go for the team lunch on Friday?',
      description: 'Booking for 12:30. Vegetarian and vegan options everywhere on the list.',
      kind: 'single',
      options: [
        ['lunch-ramen', 'Ramen Taro'],
        ['lunch-bowl', 'The Green Bowl'],
        ['lunch-pizza', 'Pizzeria Da Marco'],
        ['lunch-tacos', 'Tacos El Güero'],
      ],
      resultsVisibility: 'live',
      closesIn: 2 * DAY + 3 * HOUR,
      createdAgo: DAY,
      createdById: 'p-06',
    },
    now,
  );
  const lunchChoices = spread(
    random,
    lunch.options.map((o) => o.id),
    [6, 3, 4, 2],
  );
  named(
    lunch,
    voters(random, lunchChoices.length).map((id, i) => [id, choice(lunchChoices[i]!)]),
  );

  // Multiple choice (up to 2), write-ins moderated, results once you have voted.
  const offsite = base(
    {
      id: 'poll-offsite',
      question: 'Which activities should we plan for the autumn offsite?',
      description: 'Pick up to two. Suggest something else under “Other”; suggestions appear once the organisers have seen them.',
      kind: 'multiple',
      options: [
        ['offsite-hike', 'Guided hike in the hills'],
        ['offsite-cooking', 'Cooking class'],
        ['offsite-escape', 'Escape room'],
        ['offsite-volunteer', 'Volunteering day'],
        ['offsite-sailing', 'Sailing trip'],
      ],
      maxChoices: 2,
      allowWriteIn: true,
      moderateWriteIns: true,
      resultsVisibility: 'after-vote',
      closesIn: 9 * DAY,
      createdAgo: 3 * DAY,
      createdById: 'p-34',
    },
    now,
  );
  const pottery: WriteIn = { id: `w-${randomKey(random, 9)}`, text: 'Pottery workshop', approved: true };
  const karaoke: WriteIn = { id: `w-${randomKey(random, 9)}`, text: 'Karaoke night', approved: false };
  offsite.writeIns = [pottery, karaoke].sort((a, b) => (a.id < b.id ? -1 : 1));
  const o = offsite.options.map((x) => x.id);
  const offsiteBallots: StoredBallot[] = [
    ...spread(random, [[o[0]!, o[1]!], [o[1]!, o[3]!], [o[2]!], [o[0]!, o[4]!], [o[3]!], [o[1]!, o[2]!], [o[4]!, o[0]!]], [4, 3, 2, 2, 2, 3, 2]).map((ids) =>
      choice(...ids),
    ),
    { optionIds: [o[1]!], writeInId: pottery.id, score: null },
    { optionIds: [], writeInId: pottery.id, score: null },
    { optionIds: [o[2]!], writeInId: karaoke.id, score: null },
  ];
  // Ballots list option ids in the poll's order, as validation leaves them.
  for (const b of offsiteBallots) b.optionIds.sort((x, y) => o.indexOf(x) - o.indexOf(y));
  named(
    offsite,
    voters(random, offsiteBallots.length).map((id, i) => [id, offsiteBallots[i]!]),
  );

  // eNPS, anonymous, results after the close and never below five votes.
  const enps = base(
    {
      id: 'poll-enps',
      question: 'How likely are you to recommend working here to a friend?',
      description: 'Our quarterly pulse. Answers are anonymous and shown only as a total once the survey closes.',
      kind: 'enps',
      anonymous: true,
      resultsVisibility: 'after-close',
      minVotesForResults: 5,
      closesIn: 12 * DAY,
      createdAgo: 2 * DAY,
      createdById: 'p-34',
    },
    now,
  );
  const scores = spread(random, [10, 9, 8, 7, 6, 5, 3], [3, 5, 4, 3, 2, 1, 1]);
  anonymous(
    random,
    enps,
    voters(random, scores.length).map((id, i): [string, StoredBallot] => [id, { optionIds: [], writeInId: null, score: scores[i]! }]),
  );

  // Closed three days ago, results for everyone; the default user voted in it.
  const closed = base(
    {
      id: 'poll-closed',
      question: 'Which day works best for the monthly all-hands?',
      kind: 'single',
      options: [
        ['allhands-tue', 'Tuesday'],
        ['allhands-wed', 'Wednesday'],
        ['allhands-thu', 'Thursday'],
      ],
      resultsVisibility: 'live',
      closesIn: -3 * DAY,
      createdAgo: 10 * DAY,
      createdById: 'p-11',
    },
    now,
  );
  const days = spread(
    random,
    closed.options.map((x) => x.id),
    [5, 11, 7],
  );
  named(
    closed,
    voters(random, days.length + 1, [DEFAULT_USER]).map((id, i) => [id, choice(i === 0 ? 'allhands-wed' : days[i - 1]!)]),
  );

  // Opens in three days.
  const upcoming = base(
    {
      id: 'poll-upcoming',
      question: 'Pick a theme for the winter party',
      kind: 'single',
      options: [
        ['party-wonderland', 'Winter wonderland'],
        ['party-disco', '80s disco'],
        ['party-masquerade', 'Masquerade'],
        ['party-games', 'Cosy board-game night'],
      ],
      allowWriteIn: true,
      resultsVisibility: 'after-vote',
      opensIn: 3 * DAY,
      closesIn: 10 * DAY,
      createdAgo: 4 * HOUR,
      createdById: 'p-24',
    },
    now,
  );

  return [closed, offsite, enps, lunch, upcoming].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/** The demo polls' topics by id, for a demo stored before polls had topics (both backends fill them in). */
export function seededPollTopics(): ReadonlyMap<string, string> {
  return new Map(seedPolls(0).flatMap((p) => (p.topic ? [[p.id, p.topic] as const] : [])));
}
