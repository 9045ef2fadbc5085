import type { ChorusAdapter } from '../../src/adapter/port.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { GroupParticipation, Insights, ParticipationCounts } from '../../src/core/insights.js';

/* Figures and adapters for <chorus-insights>'s stories and tests: every state on demand. */

/** Nadia Haddad, People Partner: holds the insights role in the demo company. */
export const INSIGHTS_READER = 'p-29';

/** The embedded adapter, signed in as someone who may read the figures (or as `userId`). */
export const readerAdapter = (userId = INSIGHTS_READER): MemoryAdapter => new MemoryAdapter({ persist: false, latency: 0, userId });

const counts = (active: number, gave: number, received: number, voted: number, shared: number): ParticipationCounts => ({
  active,
  gave,
  received,
  voted,
  shared,
});
const team = (id: string, name: string, members: number, current: ParticipationCounts, previous: ParticipationCounts): GroupParticipation => ({
  id,
  name,
  withheld: false,
  members,
  current,
  previous,
});
const withheld = (id: string, name: string): GroupParticipation => ({ id, name, withheld: true, members: null, current: null, previous: null });

/** A company of four teams, one of them too small to show, with values nobody recognised. */
export function sampleInsights(overrides: Partial<Insights> = {}): Insights {
  return {
    period: 'month',
    bounds: { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' },
    previousBounds: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
    minGroupSize: 5,
    participation: {
      company: team('company', '', 24, counts(15, 11, 12, 6, 4), counts(12, 8, 10, 5, 2)),
      teams: [
        team('t-eng', 'Engineering', 8, counts(6, 5, 4, 2, 1), counts(4, 3, 3, 2, 0)),
        team('t-sales', 'Sales', 7, counts(3, 2, 3, 1, 2), counts(4, 2, 3, 1, 1)),
        team('t-ops', 'People & Operations', 6, counts(5, 3, 4, 3, 1), counts(3, 2, 3, 2, 1)),
        withheld('t-legal', 'Legal'),
      ],
    },
    feedback: { current: 9, previous: null },
    recognition: [
      { valueId: 'customer-first', label: 'Customer first', emoji: '💙', current: 7, previous: 4 },
      { valueId: 'own-it', label: 'Own it', emoji: '🎯', current: 3, previous: 5 },
      { valueId: 'be-curious', label: 'Be curious', emoji: '🔍', current: 0, previous: 1 },
      { valueId: 'keep-it-simple', label: 'Keep it simple', emoji: '✨', current: 0, previous: 0 },
    ],
    sharing: {
      networks: [
        { network: 'linkedin', current: 9, previous: 6 },
        { network: 'x', current: 2, previous: 3 },
        { network: 'facebook', current: 0, previous: 1 },
        { network: 'teams', current: 4, previous: 2 },
        { network: 'email', current: 1, previous: 0 },
        { network: 'native', current: 0, previous: 0 },
        { network: 'copy', current: 3, previous: 1 },
      ],
      posts: [
        { postId: 'post-1', title: 'We are hiring 40 engineers in Lyon', shares: 11, clicks: 64, previousShares: 0, previousClicks: 0 },
        { postId: 'post-2', title: 'Our 2026 sustainability report', shares: 6, clicks: 18, previousShares: 9, previousClicks: 31 },
        { postId: 'post-3', title: 'Brightwater at Web Summit', shares: 2, clicks: 0, previousShares: 4, previousClicks: 12 },
      ],
    },
    polls: [
      {
        pollId: 'poll-2',
        question: 'How likely are you to recommend Brightwater as a place to work?',
        kind: 'enps',
        opensAt: '2026-12-02T09:00:00.000Z',
        previous: false,
        voters: 14,
        eligible: 24,
        enps: 21,
      },
      {
        pollId: 'poll-1',
        question: 'Where should the team offsite be?',
        kind: 'single',
        opensAt: '2026-12-01T09:00:00.000Z',
        previous: false,
        voters: null,
        eligible: 24,
        enps: null,
      },
      {
        pollId: 'poll-0',
        question: 'How likely are you to recommend Brightwater as a place to work?',
        kind: 'enps',
        opensAt: '2026-11-03T09:00:00.000Z',
        previous: true,
        voters: 10,
        eligible: 24,
        enps: -10,
      },
    ],
    sentiment: { kind: 'mood', current: 3.8, previous: null },
    ...overrides,
  };
}

/** A period in which nothing happened. */
export function quietInsights(): Insights {
  const value = sampleInsights({ feedback: { current: null, previous: null } });
  const none = counts(0, 0, 0, 0, 0);
  value.participation.teams = value.participation.teams.map((g) => (g.withheld ? g : { ...g, current: none }));
  value.participation.company = { ...value.participation.company, current: none };
  value.recognition = value.recognition.map((r) => ({ ...r, current: 0 }));
  value.sharing = { networks: value.sharing.networks.map((n) => ({ ...n, current: 0 })), posts: [] };
  value.polls = value.polls.filter((p) => p.previous);
  value.sentiment = { ...value.sentiment, current: null };
  return value;
}

/** An adapter whose only port answers `get` (a tiny fake port). */
export const answering = (get: (period: Insights['period'] | undefined) => Promise<Insights>): ChorusAdapter => ({
  insights: { getInsights: (options) => get(options?.period) },
});
