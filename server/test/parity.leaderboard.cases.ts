/*
 * The leaderboard's raw requests of the wire-level parity test (parity.test.ts), sent after the
 * share card's (so its shares and clicks count): boards for each period, metric and scope, top N
 * with the viewer pinned, around the viewer, bad queries, the summary and its badges announced
 * once, opting out and back in. A pseudonym hides behind each backend's own secret, so
 * parity.test.ts compares pseudonyms and their ids by shape.
 */
import type { WireCase } from './parity.cases.js';

// Not imported from parity.cases.ts, which imports this file: its values are not there yet when this one runs.
const CHLOE = 'p-01';
const MAI = 'p-03';

const board = (name: string, query: string, as = CHLOE): WireCase => ({ op: 'getBoard', name, as, method: 'GET', path: `/leaderboard/board${query}` });
const optOut = (name: string, body: unknown, as = MAI): WireCase => ({
  op: 'setLeaderboardOptOut',
  name,
  as,
  method: 'PUT',
  path: '/leaderboard/me/opt-out',
  body,
});

export const LEADERBOARD_CASES: WireCase[] = [
  { op: 'getLeaderboardConfig', name: 'the defaults', as: CHLOE, method: 'GET', path: '/leaderboard/config' },
  board('the default query', ''),
  ...['week', 'month', 'quarter', 'all', 'rolling-30'].map((period) => board(`${period}, people by points`, `?period=${period}&limit=100`)),
  ...['kudos-received', 'kudos-given', 'shares'].map((metric) => board(`all time, people by ${metric}`, `?period=all&metric=${metric}&limit=100`)),
  board('teams, total', '?period=all&scope=teams&limit=100'),
  board('teams per head', '?period=all&scope=teams&teamScore=per-head&limit=100'),
  board('teams per head this month', '?period=month&scope=teams&teamScore=per-head'),
  board('top 1, the viewer pinned', '?period=all&limit=1'),
  board('top 3', '?period=quarter&limit=3'),
  board('around the viewer', '?period=all&around=2'),
  board('around, as someone unranked', '?period=week&around=2', 'p-05'),
  board('a limit of 0', '?limit=0'),
  board('a limit past the most', '?limit=101'),
  board('an unknown period', '?period=year'),
  board('around too far', '?around=51'),
  board('an unknown metric', '?metric=likes'),
  {
    op: 'getMyLeaderboardSummary',
    name: 'mine',
    as: CHLOE,
    method: 'GET',
    path: '/leaderboard/me',
    keep: (b: { unannounced: string[] }) => ({ badgeKey: b.unannounced[0] ?? 'none' }),
  },
  {
    op: 'markBadgesAnnounced',
    name: 'one of mine and an unknown key',
    as: CHLOE,
    method: 'PUT',
    path: '/leaderboard/me/announced',
    body: (ids: Record<string, string>) => ({ keys: [ids.badgeKey, 'first-kudos:nobody'] }),
  },
  { op: 'markBadgesAnnounced', name: 'not a list', as: CHLOE, method: 'PUT', path: '/leaderboard/me/announced', body: { keys: 'first-kudos' } },
  { op: 'getMyLeaderboardSummary', name: 'after marking one', as: CHLOE, method: 'GET', path: '/leaderboard/me' },
  optOut('opt out', { optedOut: true }),
  optOut('not a boolean', { optedOut: 'yes' }),
  board('as someone who opted out', '?period=all&around=0', MAI),
  board('teams, with someone opted out', '?period=all&scope=teams&teamScore=per-head&limit=100'),
  optOut('back in', { optedOut: false }),
  board('all time again', '?period=all&limit=100'),
];
