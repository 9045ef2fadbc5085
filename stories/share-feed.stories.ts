import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import { NetworkError } from '../src/core/errors.js';
import '../src/widgets/share-feed/share-feed.js';

type Args = { theme?: 'light' | 'dark'; width?: string; dir?: 'ltr' | 'rtl'; lang?: string; topic?: string; pageSize?: number };
type Loaded = { adapter?: ChorusAdapter };

/*
 * Each state of <chorus-share-feed> on the embedded adapter and its seed (five published posts, a
 * scheduled one, an expired one, an employee's suggestion waiting for approval). Nothing persists.
 * Priya (p-16) approves, Beatriz (p-33) writes posts, p-01 is an ordinary employee.
 */

const memory = (userId = 'p-01') => new MemoryAdapter({ persist: false, latency: [100, 250], userId });
const load = (make: () => ChorusAdapter | Promise<ChorusAdapter>) => async (): Promise<Loaded> => ({ adapter: await make() });

/** The adapter with some of the share port's calls replaced. */
function withShare(base: MemoryAdapter, overrides: Partial<MemoryAdapter['shareCard']>): ChorusAdapter {
  return { ...base, shareCard: Object.assign(Object.create(base.shareCard) as MemoryAdapter['shareCard'], overrides) };
}

/** Beatriz's post, sent back by Priya with a comment; the adapter stays signed in as Beatriz. */
async function authorWithReturnedPost(): Promise<ChorusAdapter> {
  const adapter = new MemoryAdapter({ persist: false, latency: 0, userId: 'p-33' });
  const post = await adapter.shareCard.createPost(
    {
      title: 'Our new parental leave policy',
      captions: { default: 'Six months of paid leave for every new parent, whoever they are. Proud of this one.' },
      image: null,
      link: { url: 'https://brightwater.example/people/parental-leave' },
      locked: { disclosure: '#employee', hashtags: ['#LifeAtBrightwater'] },
      topic: 'Culture',
      publishAt: null,
      expireAt: null,
      captionEditable: true,
    },
    { idempotencyKey: 'story-returned' },
  );
  await adapter.shareCard.actOnPost(post.id, { action: 'submit' });
  adapter.setCurrentUser('p-16');
  await adapter.shareCard.actOnPost(post.id, { action: 'return', comment: 'Please link to the policy page itself, and add a shorter caption for X.' });
  adapter.setCurrentUser('p-33');
  adapter.latency = [100, 250];
  return adapter;
}

/** Waits for a tab (or button) named `name` in the feed, then clicks it (for `play`). */
async function press(root: HTMLElement, name: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const feed = root.querySelector('chorus-share-feed');
    const button = [...(feed?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
      (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').includes(name),
    );
    if (button) return button.click();
    if (Date.now() - start > timeout) throw new Error(`No button "${name}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const meta = {
  title: 'Widgets/Share feed',
  component: 'chorus-share-feed',
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  loaders: [load(() => memory())],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const element = html`<chorus-share-feed .adapter=${adapter} topic=${args.topic ?? ''} .pageSize=${args.pageSize ?? 10} theme=${args.theme ?? nothing}></chorus-share-feed>`;
    return html`<div style="max-width: ${args.width ?? '760px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${element}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The posts to share, newest first, as an employee sees them. */
export const Feed: Story = {};

/** Nothing published yet. */
export const Empty: Story = { loaders: [load(() => withShare(memory(), { listPosts: async () => ({ items: [], nextCursor: null }) }))] };

/** While the first page loads (it never arrives here). */
export const Loading: Story = { loaders: [load(() => withShare(memory(), { listPosts: () => new Promise(() => {}) }))] };

/** The backend could not be reached: the message and "Try again". */
export const LoadError: Story = {
  loaders: [
    load(() =>
      withShare(memory(), {
        listPosts: async () => {
          throw new NetworkError('offline');
        },
      }),
    ),
  ],
};

/** Only the Culture posts (the `topic` attribute, or the person's choice in the filter). */
export const Filtered: Story = { args: { topic: 'Culture' } };

/** Two posts a page: "Show more" loads the next. */
export const Paged: Story = { args: { pageSize: 2 } };

/** "Suggest a link" open. */
export const Suggesting: Story = { play: async ({ canvasElement }) => press(canvasElement, 'Suggest a link') };

/** A post's share card open in place. */
export const Sharing: Story = { play: async ({ canvasElement }) => press(canvasElement, 'Share “How our culture') };

/** Priya approves posts: the queue with the employee's suggestion and the scheduled summit post. */
export const QueueAsApprover: Story = { loaders: [load(() => memory('p-16'))], play: async ({ canvasElement }) => press(canvasElement, 'To review') };

/** Beatriz writes posts: hers came back with the approver's comment; she may edit and submit it again. */
export const QueueAsAuthor: Story = { loaders: [load(authorWithReturnedPost)], play: async ({ canvasElement }) => press(canvasElement, 'To review') };

/** Sending back asks what should change. */
export const SendingBack: Story = {
  loaders: [load(() => memory('p-16'))],
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'To review');
    await press(canvasElement, 'Send back');
  },
};

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

/** Right to left, as on an Arabic page (the posts' own text keeps its direction). */
export const RTL: Story = { args: { dir: 'rtl', lang: 'ar' } };

/** 360 px, a phone. */
export const Narrow: Story = { args: { width: '360px' } };

/** The queue at 360 px. */
export const NarrowQueue: Story = {
  args: { width: '360px' },
  loaders: [load(() => memory('p-16'))],
  play: async ({ canvasElement }) => press(canvasElement, 'To review'),
};
