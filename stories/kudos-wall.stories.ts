import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import '../src/widgets/kudos-wall/kudos-wall.js';
import { emptyAdapter, failingAdapter, loadingAdapter, longContentAdapter, manyRecipientsAdapter, storyAdapter } from './support/kudos-adapters.js';

type Args = {
  theme?: 'light' | 'dark';
  'require-value': boolean;
  'page-size': number;
  infinite: boolean;
  'no-composer': boolean;
  'no-filters': boolean;
  width?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
};

type Loaded = { adapter?: ChorusAdapter };

/**
 * Peer recognition: give kudos to one or more colleagues with a company value, react, comment,
 * filter by value, team or person, and page through the wall. Each story runs on its own embedded
 * adapter in memory, so what you do in one story stays there until you reload.
 */
const meta = {
  title: 'Widgets/Kudos wall',
  component: 'chorus-kudos-wall',
  args: { 'require-value': false, 'page-size': 10, infinite: false, 'no-composer': false, 'no-filters': false },
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  loaders: [async (): Promise<Loaded> => ({ adapter: storyAdapter() })],
  render: (args, { loaded }) => {
    const wall = html`<chorus-kudos-wall
      .adapter=${(loaded as Loaded).adapter}
      theme=${args.theme ?? nothing}
      ?require-value=${args['require-value']}
      page-size=${args['page-size']}
      ?infinite=${args.infinite}
      ?no-composer=${args['no-composer']}
      ?no-filters=${args['no-filters']}
    ></chorus-kudos-wall>`;
    return html`<div style="max-width: ${args.width ?? '720px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${wall}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The seeded wall: 200 kudos from 32 colleagues, newest first. */
export const Filled: Story = {};

/** Config and first page still on their way. */
export const Loading: Story = { loaders: [async () => ({ adapter: loadingAdapter() })] };

/** A brand-new company: nobody has given kudos yet. */
export const Empty: Story = { loaders: [async () => ({ adapter: emptyAdapter() })] };

/** The backend cannot be reached: a clear message and a way to try again. */
export const LoadError: Story = { loaders: [async () => ({ adapter: failingAdapter() })] };

/** Every third call fails: reactions and kudos roll back with a message, the composer keeps the text. */
export const FlakyBackend: Story = {
  loaders: [
    async () => {
      const adapter = storyAdapter([300, 900]);
      adapter.failureRate = 0.35;
      return { adapter };
    },
  ],
};

/** A very long message, an unbroken word, HTML and script tags (shown as text), mixed directions, emoji. */
export const LongAndHostileContent: Story = { loaders: [async () => ({ adapter: await longContentAdapter() })] };

/** Kudos to ten people: the first names, then "+7 others" that expands. */
export const ManyRecipients: Story = { loaders: [async () => ({ adapter: await manyRecipientsAdapter() })] };

/** This instance requires a company value on every kudos. */
export const ValueRequired: Story = { args: { 'require-value': true } };

/** A read-only wall, e.g. on a team's landing page, loading more as you scroll. */
export const ReadOnlyInfinite: Story = { args: { 'no-composer': true, infinite: true, 'page-size': 5 } };

/** A long wall: 100 cards shown, only those in view in the DOM (windowed), scrolling with the page. */
export const LongWindowed: Story = { args: { 'no-composer': true, 'page-size': 100 } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#141414;padding:16px;border-radius:8px">${story()}</div>`],
};

/** Right to left, following the page's `dir` and `lang`. */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar' } };

/** At 320 px, the width of a narrow SharePoint column or a phone. */
export const Narrow: Story = { args: { width: '320px', 'page-size': 3 } };
