import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import { NetworkError } from '../src/core/errors.js';
import { DEFAULT_INSIGHTS, type Insights } from '../src/core/insights.js';
import '../src/widgets/insights/insights.js';

type Args = { theme?: 'light' | 'dark'; width?: string; dir?: 'ltr' | 'rtl'; lang?: string };
type Loaded = { adapter?: ChorusAdapter };

const load = (make: () => ChorusAdapter) => async (): Promise<Loaded> => ({ adapter: make() });
/** An adapter whose only port answers `get` (a tiny fake port: every state on demand). */
const answering = (get: () => Promise<Insights>): ChorusAdapter => ({ insights: { getInsights: get } });

/** Scaffolded by `npm run create insights`: each state of <chorus-insights>, on the embedded adapter or a tiny fake port. */
const meta = {
  title: 'Widgets/Insights',
  component: 'chorus-insights',
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  loaders: [load(() => new MemoryAdapter({ persist: false, latency: 0 }))],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const element = html`<chorus-insights .adapter=${adapter} theme=${args.theme ?? nothing}></chorus-insights>`;
    return html`<div style="max-width: ${args.width ?? '560px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${element}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** What the embedded adapter serves. */
export const Filled: Story = {};

/** While the data loads (it never arrives here). */
export const Loading: Story = { loaders: [load(() => answering(() => new Promise(() => {})))] };

/** Nothing to show yet. */
export const Empty: Story = { loaders: [load(() => answering(async () => ({ ...DEFAULT_INSIGHTS, items: [] })))] };

/** The backend could not be reached: the message and "Try again". */
export const LoadError: Story = {
  loaders: [
    load(() =>
      answering(async () => {
        throw new NetworkError('offline');
      }),
    ),
  ],
};

/** A backend without the port: "not available on this site", no retry. */
export const NotAvailable: Story = { loaders: [load(() => ({}))] };

export const Dark: Story = { args: { theme: 'dark' } };

/** In a right-to-left page (Arabic). */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar' } };

/** In a narrow column. */
export const Narrow: Story = { args: { width: '320px' } };
