import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import { ForbiddenError, NetworkError } from '../src/core/errors.js';
import '../src/widgets/insights/insights.js';
import { answering, quietInsights, readerAdapter, sampleInsights } from './support/insights-adapters.js';

type Args = { theme?: 'light' | 'dark'; width?: string; dir?: 'ltr' | 'rtl'; lang?: string };
type Loaded = { adapter?: ChorusAdapter };

const load = (make: () => ChorusAdapter) => async (): Promise<Loaded> => ({ adapter: make() });

/** Each state of <chorus-insights>, on the embedded adapter (signed in as Nadia Haddad, who holds the insights role) or a tiny fake port. */
const meta = {
  title: 'Widgets/Insights',
  component: 'chorus-insights',
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  loaders: [load(() => readerAdapter())],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const element = html`<chorus-insights .adapter=${adapter} theme=${args.theme ?? nothing}></chorus-insights>`;
    return html`<div style="max-width: ${args.width ?? '720px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${element}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The demo company's figures, as the embedded adapter computes them. */
export const Filled: Story = {};

/** A team under the minimum group size: "fewer than 5 people — withheld", not zero; feedback last period withheld too. */
export const WithheldGroups: Story = { loaders: [load(() => answering(async () => sampleInsights()))] };

/** A period in which nothing happened. */
export const EmptyPeriod: Story = { loaders: [load(() => answering(async () => quietInsights()))] };

/** Someone without the insights or admin role (Chloé Dubois, an engineer). */
export const Forbidden: Story = { loaders: [load(() => readerAdapter('p-01'))] };

/** The same refusal from a fake port. */
export const ForbiddenByPort: Story = {
  loaders: [
    load(() =>
      answering(async () => {
        throw new ForbiddenError();
      }),
    ),
  ],
};

/** While the figures load (they never arrive here). */
export const Loading: Story = { loaders: [load(() => answering(() => new Promise(() => {})))] };

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

export const Dark: Story = { args: { theme: 'dark' }, loaders: [load(() => answering(async () => sampleInsights()))] };

/** In a right-to-left page (Arabic): bars grow from the right. */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar' }, loaders: [load(() => answering(async () => sampleInsights()))] };

/** In French. */
export const French: Story = { args: { lang: 'fr' }, loaders: [load(() => answering(async () => sampleInsights()))] };

/** In a narrow column. */
export const Narrow: Story = { args: { width: '320px' }, loaders: [load(() => answering(async () => sampleInsights()))] };
