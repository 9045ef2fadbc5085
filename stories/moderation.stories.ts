import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import { NetworkError } from '../src/core/errors.js';
import type { Queue, QueueItem } from '../src/core/moderation.js';
import '../src/widgets/moderation/moderation.js';

type Args = { theme?: 'light' | 'dark'; width?: string; dir?: 'ltr' | 'rtl'; lang?: string };
type Loaded = { adapter?: ChorusAdapter };

/** Nadia Haddad, a moderator in the demo company. */
const MODERATOR = 'p-29';
const load = (make: () => ChorusAdapter) => async (): Promise<Loaded> => ({ adapter: make() });
/** An adapter whose moderation port answers `list` (a tiny fake port: every state on demand). */
const answering = (list: () => Promise<Queue>): ChorusAdapter => ({
  moderation: {
    listQueue: list,
    moderate: async () => {
      throw new NetworkError('offline');
    },
    listReports: async () => ({ items: [] }),
  },
});

const hostile: QueueItem = {
  ref: { kind: 'comment', id: 'c-hostile' },
  kudosId: 'k-1',
  text: `<img src=x onerror=alert(1)> ${'Averyveryverylongwordwithoutanyspaces'.repeat(8)} مرحبا بالعالم`,
  author: { id: 'p-x', name: '<b>Not bold</b> Person With A Very Long Name Indeed', teamId: 't-1' },
  recipients: [],
  createdAt: '2026-12-01T09:00:00.000Z',
  reportCount: 12,
  reasons: [
    { reason: '<script>alert(1)</script>', count: 7 },
    { reason: 'x'.repeat(300), count: 4 },
    { reason: '', count: 1 },
  ],
  lastReportedAt: '2026-12-02T09:00:00.000Z',
  state: 'hidden',
  history: [{ action: 'auto-hide', moderator: null, reason: '', at: '2026-12-02T09:00:00.000Z' }],
};

/** Each state of <chorus-moderation>, on the embedded adapter (signed in as a moderator) or a tiny fake port. */
const meta = {
  title: 'Widgets/Moderation',
  component: 'chorus-moderation',
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  loaders: [load(() => new MemoryAdapter({ persist: false, latency: 0, userId: MODERATOR }))],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const element = html`<chorus-moderation .adapter=${adapter} theme=${args.theme ?? nothing}></chorus-moderation>`;
    return html`<div style="max-width: ${args.width ?? '640px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${element}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The demo company's reported kudos, as a moderator sees them. */
export const Filled: Story = {};

/** While the queue loads (it never arrives here). */
export const Loading: Story = { loaders: [load(() => answering(() => new Promise(() => {})))] };

/** Nothing reported. */
export const Empty: Story = { loaders: [load(() => answering(async () => ({ items: [] })))] };

/** Signed in as a plain employee: the queue is not for them. */
export const Forbidden: Story = { loaders: [load(() => new MemoryAdapter({ persist: false, latency: 0 }))] };

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

const decided: QueueItem = {
  ref: { kind: 'kudos', id: 'k-decided' },
  kudosId: 'k-decided',
  text: 'Thanks for covering the on-call weekend, and for the notes about the customer’s outage.',
  author: { id: 'p-07', name: 'Dana Reyes', teamId: 't-eng' },
  recipients: [{ id: 'p-08', name: 'Ben Okafor', teamId: 't-eng' }],
  createdAt: '2026-11-20T09:00:00.000Z',
  reportCount: 4,
  reasons: [
    { reason: 'Names a customer.', count: 3 },
    { reason: '', count: 1 },
  ],
  lastReportedAt: '2026-11-21T10:00:00.000Z',
  state: 'kept',
  history: [
    { action: 'auto-hide', moderator: null, reason: '', at: '2026-11-21T10:00:00.000Z' },
    { action: 'hide', moderator: { id: 'p-29', name: 'Nadia Haddad', teamId: 't-ops' }, reason: 'Names a customer in public.', at: '2026-11-21T11:00:00.000Z' },
    {
      action: 'restore',
      moderator: { id: 'p-34', name: 'Arjun Mehta', teamId: 't-ops' },
      reason: 'The author removed the name.',
      at: '2026-11-22T08:00:00.000Z',
    },
  ],
};

/** An item moderators decided about: hidden by reports, then by a moderator, restored; its history open. */
export const WithHistory: Story = {
  loaders: [load(() => answering(async () => ({ items: [decided] })))],
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('chorus-moderation');
    for (let i = 0; i < 50 && !el?.shadowRoot?.querySelector('details'); i++) await new Promise((r) => setTimeout(r, 20));
    el?.shadowRoot?.querySelector('details')?.setAttribute('open', '');
  },
};

/** Long and hostile text, shown as text; an action fails (offline) and keeps the reason typed. */
export const HostileText: Story = { loaders: [load(() => answering(async () => ({ items: [hostile] })))] };

export const Dark: Story = { args: { theme: 'dark' } };

/** In a right-to-left page (Arabic). */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar' } };

/** In a narrow column. */
export const Narrow: Story = { args: { width: '320px' } };
