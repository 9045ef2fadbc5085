import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import '../src/widgets/poll/poll.js';
import {
  belowMinimum,
  enpsManager,
  failingAdapter,
  loadingAdapter,
  longOptions,
  offsiteManager,
  storyAdapter,
  townHall,
  voteFailsAdapter,
  votedEnps,
  votedLunch,
  votedOffsite,
} from './support/poll-adapters.js';

type Args = {
  'poll-id'?: string;
  topic?: string;
  theme?: 'light' | 'dark';
  composer: boolean;
  width?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
};

type Loaded = { adapter?: ChorusAdapter; pollId?: string };

const load = (make: () => ChorusAdapter | Promise<ChorusAdapter>) => async (): Promise<Loaded> => ({ adapter: await make() });

/**
 * A poll: single or multiple choice (with a maximum and a written "Other"), or an eNPS question on
 * a 0–10 scale; named or anonymous; results as accessible bars, live. Each story runs on its own
 * embedded adapter in memory, signed in as an ordinary employee unless it says otherwise.
 */
const meta = {
  title: 'Widgets/Poll',
  component: 'chorus-poll',
  args: { 'poll-id': 'poll-lunch', composer: false },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    'poll-id': { control: 'select', options: ['poll-lunch', 'poll-offsite', 'poll-enps', 'poll-closed', 'poll-upcoming'] },
  },
  loaders: [load(() => storyAdapter())],
  render: (args, { loaded }) => {
    const { adapter, pollId } = loaded as Loaded;
    const id = pollId ?? args['poll-id'];
    const poll = html`<chorus-poll .adapter=${adapter} poll-id=${id || nothing} topic=${args.topic || nothing} theme=${args.theme ?? nothing} ?composer=${args.composer}></chorus-poll>`;
    return html`<div style="max-width: ${args.width ?? '560px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${poll}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Single choice, results live, named, changeable until Friday. */
export const SingleChoice: Story = {};

/** Multiple choice, up to two, with a written "Other" answer that the organisers approve first. */
export const MultipleChoice: Story = { args: { 'poll-id': 'poll-offsite' } };

/** An anonymous eNPS question on a 0–10 scale; results once it closes. */
export const Enps: Story = { args: { 'poll-id': 'poll-enps' } };

/** After voting: the bars with counts and percentages, the leader and your own choice in words. */
export const Voted: Story = { loaders: [load(votedLunch)] };

/** Multiple choice after voting, with your own "Other" answer still awaiting approval. */
export const VotedMultiple: Story = { args: { 'poll-id': 'poll-offsite' }, loaders: [load(votedOffsite)] };

/** The eNPS score and its promoter / passive / detractor breakdown, as the poll's author sees it. */
export const EnpsResults: Story = { args: { 'poll-id': 'poll-enps' }, loaders: [load(enpsManager)] };

/** Closed three days ago; you voted Wednesday. */
export const Closed: Story = { args: { 'poll-id': 'poll-closed' } };

/** Opens in three days: the options are shown, voting is not possible yet. */
export const Upcoming: Story = { args: { 'poll-id': 'poll-upcoming' } };

/** You voted in an anonymous poll whose results show only after it closes. */
export const HiddenResults: Story = { args: { 'poll-id': 'poll-enps' }, loaders: [load(votedEnps)] };

/** Results stay hidden until ten people have voted, so no one's answer stands out. */
export const BelowMinimum: Story = { loaders: [async (): Promise<Loaded> => belowMinimum()] };

/** The poll's author: approve the pending written answer, close the poll. */
export const Manager: Story = { args: { 'poll-id': 'poll-offsite' }, loaders: [load(offsiteManager)] };

/** Every vote fails after a moment: it rolls back with a clear message and the choice stays selected. */
export const VoteFails: Story = { loaders: [load(voteFailsAdapter)] };

/** The backend cannot be reached. */
export const LoadError: Story = { loaders: [load(failingAdapter)] };

/** The poll is still on its way. */
export const Loading: Story = { loaders: [load(loadingAdapter)] };

/** Ten options with long labels, an unbroken word, markup (shown as text), Arabic and emoji. */
export const LongOptions: Story = { loaders: [async (): Promise<Loaded> => longOptions()] };

/** A poll author with no poll-id: the composer. The new poll shows in its place once created. */
export const Composer: Story = { args: { 'poll-id': '' }, loaders: [load(() => storyAdapter('p-06'))] };

/** A poll with the `composer` attribute: its authors may also start a new poll below it. */
export const WithComposer: Story = { args: { 'poll-id': 'poll-closed', composer: true }, loaders: [load(() => storyAdapter('p-11'))] };

/** Right to left, following the page's `dir` and `lang`. */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar' }, loaders: [load(votedLunch)] };

export const Dark: Story = {
  args: { theme: 'dark' },
  loaders: [load(votedLunch)],
  decorators: [(story) => html`<div style="background:#141414;padding:16px;border-radius:8px">${story()}</div>`],
};

/** eNPS results in the dark. */
export const DarkEnps: Story = {
  args: { theme: 'dark', 'poll-id': 'poll-enps' },
  loaders: [load(enpsManager)],
  decorators: [(story) => html`<div style="background:#141414;padding:16px;border-radius:8px">${story()}</div>`],
};

/** At 320 px, the width of a narrow SharePoint column or a phone: the 0–10 scale wraps. */
export const Narrow: Story = { args: { width: '320px', 'poll-id': 'poll-enps' } };

/** Results at 320 px. */
export const NarrowResults: Story = { args: { width: '320px' }, loaders: [load(votedLunch)] };

/** Placed by topic (`topic="town-hall"`, no poll-id): this month's town-hall poll, the newest open one; last month's is closed, next month's not open yet. */
export const ByTopic: Story = { args: { 'poll-id': '', topic: 'town-hall' }, loaders: [load(townHall)] };

/** Placed by topic, and no poll of it is open: said plainly. */
export const NoOpenPollForTopic: Story = { args: { 'poll-id': '', topic: 'town-hall' } };

/** Fills the composer of the poll in `root` and creates the poll (for `play`). */
async function createFromComposer(root: HTMLElement): Promise<void> {
  const deadline = Date.now() + 5000;
  let composer: HTMLElement | null | undefined;
  while (!(composer = root.querySelector('chorus-poll')?.shadowRoot?.querySelector<HTMLElement>('chorus-poll-composer'))?.shadowRoot?.querySelector('form')) {
    if (Date.now() > deadline) throw new Error('No composer');
    await new Promise((r) => setTimeout(r, 50));
  }
  const form = composer.shadowRoot!;
  const set = (selector: string, value: string) => {
    const field = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  set('[data-field="question"]', 'Which city for the autumn offsite?');
  set('[data-field="options.0"]', 'Lisbon');
  set('[data-field="options.1"]', 'Porto');
  await new Promise((r) => setTimeout(r, 50));
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** Just created: the snippet to paste into the page that will show the poll, with Copy. */
export const CreatedWithSnippet: Story = {
  args: { 'poll-id': '' },
  loaders: [load(() => storyAdapter('p-06', 0))],
  play: async ({ canvasElement }) => createFromComposer(canvasElement),
};
