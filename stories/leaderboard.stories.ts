import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import { NetworkError } from '../src/core/errors.js';
import type { Metric, Period, Scope, TeamScore } from '../src/core/leaderboard.js';
import '../src/widgets/leaderboard/leaderboard.js';
import { earned, entrant, fakeBoard, manyRows, ranked, storyAdapter } from './support/leaderboard-adapters.js';

type Args = {
  theme?: 'light' | 'dark';
  width?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  period?: Period;
  metric?: Metric;
  scope?: Scope;
  teamScore?: TeamScore;
  limit?: number;
};
type Loaded = { adapter?: ChorusAdapter };

const load = (make: () => ChorusAdapter) => async (): Promise<Loaded> => ({ adapter: make() });

/** Each state of <chorus-leaderboard>: on the embedded adapter (the demo company's activity) or a fake board written row by row. */
const meta = {
  title: 'Widgets/Leaderboard',
  component: 'chorus-leaderboard',
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    period: { control: 'select', options: ['week', 'month', 'quarter', 'all', 'rolling-30'] },
    metric: { control: 'select', options: ['points', 'kudos-received', 'kudos-given', 'shares'] },
    scope: { control: 'inline-radio', options: ['people', 'teams'] },
    teamScore: { control: 'inline-radio', options: ['total', 'per-head'] },
  },
  args: { period: 'all', metric: 'points', scope: 'people', teamScore: 'total', limit: 10 },
  loaders: [load(() => storyAdapter())],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const element = html`<chorus-leaderboard
      .adapter=${adapter}
      theme=${args.theme ?? nothing}
      period=${args.period ?? nothing}
      metric=${args.metric ?? nothing}
      scope=${args.scope ?? nothing}
      team-score=${args.teamScore ?? nothing}
      .limit=${args.limit ?? 10}
    ></chorus-leaderboard>`;
    return html`<div style="max-width: ${args.width ?? '640px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${element}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The demo company's activity of all time, by points. */
export const AllTimePoints: Story = {};
export const ThisWeek: Story = { args: { period: 'week' } };
export const ThisMonth: Story = { args: { period: 'month' } };
export const ThisQuarter: Story = { args: { period: 'quarter' } };
export const Last30Days: Story = { args: { period: 'rolling-30' } };
export const KudosReceived: Story = { args: { metric: 'kudos-received' } };
export const KudosGiven: Story = { args: { metric: 'kudos-given' } };
export const Shares: Story = { args: { metric: 'shares' } };
export const Teams: Story = { args: { scope: 'teams' } };
/** Teams by points per person: fair to small teams. */
export const TeamsPerHead: Story = { args: { scope: 'teams', teamScore: 'per-head' } };

const tiedRows = () =>
  ranked([
    entrant(0, 42, { previousRank: 3, badges: ['communicator-of-the-month', 'ten-kudos-received'] }),
    entrant(1, 37, { previousRank: 1 }),
    entrant(2, 37, { previousRank: 2, badges: ['first-kudos'] }),
    entrant(3, 37),
    entrant(4, 20, { previousRank: 5, isMe: true, badges: ['first-kudos', 'five-shares'] }),
    entrant(5, 12, { previousRank: 4 }),
  ]);

/** The viewer's standing and badges as the tied board has them. */
const tiedSummary = { rank: 5, total: 6, score: 20, badges: [earned('first-kudos'), earned('five-shares')] };

/** Standard competition ranking: three tied at 2nd, then 5th. */
export const Ties: Story = { loaders: [load(() => fakeBoard(tiedRows(), { summary: tiedSummary }).adapter)] };

/** The viewer inside the top N: their row highlighted in place. */
export const YouInTheTop: Story = { loaders: [load(() => fakeBoard(tiedRows(), { summary: tiedSummary }).adapter)], args: { limit: 10 } };

/** The viewer 37th of 412: their row pinned under the top 10, and "Show my place". */
export const YouOutsideTheTop: Story = { loaders: [load(() => fakeBoard(manyRows(412, 36)).adapter)] };

/** People who opted out, under their stable pseudonym; the viewer opted out too and sees how others see them. */
export const OptedOut: Story = {
  loaders: [
    load(
      () =>
        fakeBoard(
          ranked([
            entrant(0, 30),
            entrant(1, 25, { entrant: { id: 'colleague-a', name: '', kind: 'person', pseudonym: '4F2A9C' } }),
            entrant(2, 19, { isMe: true, entrant: { id: 'colleague-b', name: 'Chloé Dubois', kind: 'person', pseudonym: 'B00B1E' } }),
            entrant(3, 11),
          ]),
          { summary: { optedOut: true } },
        ).adapter,
    ),
  ],
};

/** Badges on rows, in the viewer's summary, and one just earned (announced once). */
export const Badges: Story = {
  loaders: [
    load(
      () =>
        fakeBoard(tiedRows(), {
          summary: { ...tiedSummary, unannounced: ['five-shares:p-me'] },
        }).adapter,
    ),
  ],
};

/** No activity in the period yet. */
export const Empty: Story = { loaders: [load(() => fakeBoard([]).adapter)] };

/** While the board loads (it never arrives here). */
export const Loading: Story = { loaders: [load(() => fakeBoard([], { getBoard: () => new Promise(() => {}) }).adapter)] };

/** The backend could not be reached: the message and "Try again". */
export const LoadError: Story = {
  loaders: [
    load(
      () =>
        fakeBoard([], {
          getBoard: async () => {
            throw new NetworkError('offline');
          },
        }).adapter,
    ),
  ],
};

/** A backend without the port: "not available on this site", no retry. */
export const NotAvailable: Story = { loaders: [load(() => ({}))] };

/** 10,000 people: pages of 100 from the backend; past 150 rows only those in view are in the DOM. */
export const TenThousandPeople: Story = { loaders: [load(() => fakeBoard(manyRows(10_000, 3_731)).adapter)], args: { limit: 100 } };

export const Dark: Story = { args: { theme: 'dark' }, loaders: [load(() => fakeBoard(tiedRows(), { summary: tiedSummary }).adapter)] };

/** In a right-to-left page (Arabic). */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar' }, loaders: [load(() => fakeBoard(tiedRows(), { summary: tiedSummary }).adapter)] };

/** In a narrow side column: the change goes under the rank, the score under the name. */
export const Narrow: Story = { args: { width: '320px' }, loaders: [load(() => fakeBoard(manyRows(40, 22)).adapter)] };

/** In French. */
export const French: Story = { args: { lang: 'fr' }, loaders: [load(() => fakeBoard(tiedRows(), { summary: tiedSummary }).adapter)] };
