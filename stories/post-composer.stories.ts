import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import type { ShareCardPort } from '../src/adapter/share-card.port.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import { NetworkError } from '../src/core/errors.js';
import type { Post, PostDraft } from '../src/core/share-card.domain.js';
import '../src/widgets/post-composer/post-composer.js';

type Args = { theme?: 'light' | 'dark'; width?: string; dir?: 'ltr' | 'rtl'; lang?: string };
type Loaded = { adapter?: ChorusAdapter; post?: Post };

const AUTHOR = 'p-33'; // Beatriz Santos, post-author
const APPROVER = 'p-16'; // Priya Raghunathan, post-approver

const DRAFT: PostDraft = {
  title: 'Join our autumn hiring open house in Lyon',
  captions: { default: 'We are hiring engineers, designers and customer success managers. Meet the teams at our open house in Lyon.' },
  image: { url: 'https://picsum.photos/seed/chorus-composer/960/480', alt: 'Colleagues chatting at the Lyon office' },
  link: { url: 'https://brightwater.example/careers/open-house' },
  locked: { disclosure: '#employee', hashtags: ['#LifeAtBrightwater'] },
  topic: 'Careers',
  publishAt: null,
  expireAt: null,
  captionEditable: true,
};

/** The embedded backend signed in as `userId`, its calls quick but visible; the unsaved draft of an earlier story dropped. */
function memory(userId = AUTHOR): MemoryAdapter {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('chorus:post-draft')) sessionStorage.removeItem(key);
  return new MemoryAdapter({ persist: false, latency: 300, userId });
}

/** What the author typed earlier in this tab, as the composer keeps it (restored on the next render). */
function typed(form: Record<string, unknown>): void {
  sessionStorage.setItem(
    `chorus:post-draft:${AUTHOR}:new`,
    JSON.stringify({ title: '', link: '', imageUrl: '', imageAlt: '', topic: '', caption: '', variants: {}, disclosure: '#employee', hashtags: '', ...form }),
  );
}

/** `adapter` with some share calls replaced. */
const withShare = (adapter: MemoryAdapter, overrides: Partial<ShareCardPort>): ChorusAdapter =>
  ({ ...adapter, shareCard: Object.assign(Object.create(adapter.shareCard) as ShareCardPort, overrides) }) as ChorusAdapter;

/** A post of Beatriz's, created (and moved) before the story shows. */
async function ownPost(adapter: MemoryAdapter, steps: 'draft' | 'returned'): Promise<Post> {
  adapter.latency = 0;
  const post = await adapter.shareCard.createPost(DRAFT, { idempotencyKey: `story-${steps}` });
  if (steps === 'returned') {
    await adapter.shareCard.actOnPost(post.id, { action: 'submit' });
    adapter.setCurrentUser(APPROVER);
    await adapter.shareCard.actOnPost(post.id, { action: 'return', comment: 'Please add the date of the open house, and a shorter caption for X.' });
    adapter.setCurrentUser(AUTHOR);
  }
  adapter.latency = 300;
  return adapter.shareCard.getPost(post.id);
}

/** Clicks a button of the composer once it is there (Storybook's play, without a testing library). */
async function press(root: HTMLElement, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const el = root.querySelector('chorus-post-composer');
    const control = [...(el?.shadowRoot?.querySelectorAll<HTMLElement>('button, label.segment') ?? [])].find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (control) return control.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No control "${name}"`);
}

/** Each state of <chorus-post-composer>, on the embedded backend (nothing persists). */
const meta = {
  title: 'Widgets/Post composer',
  component: 'chorus-post-composer',
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  loaders: [async (): Promise<Loaded> => ({ adapter: memory() })],
  render: (args, { loaded }) => {
    const { adapter, post } = loaded as Loaded;
    const element = html`<chorus-post-composer .adapter=${adapter} .post=${post} theme=${args.theme ?? nothing}></chorus-post-composer>`;
    return html`<div style="max-width: ${args.width ?? '720px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${element}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A new post: empty, the #employee disclosure ready. */
export const NewPost: Story = {};

/** Half written (restored from this tab's draft): the preview shows the caption with the locked parts put back. */
export const Typing: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = memory();
      typed({ title: 'Open day in Porto', link: 'https://brightwater.example/porto', caption: 'Meet the Porto team on Saturday!', hashtags: '#Porto #Hiring' });
      return { adapter };
    },
  ],
};

/** Editing one of the author's drafts: "Save draft" and "Submit for approval". */
export const EditingDraft: Story = {
  loaders: [async (): Promise<Loaded> => ((adapter) => ownPost(adapter, 'draft').then((post) => ({ adapter, post })))(memory())],
};

/** Sent back by an approver: the comment on top, the same post submitted again. */
export const EditingReturned: Story = {
  loaders: [async (): Promise<Loaded> => ((adapter) => ownPost(adapter, 'returned').then((post) => ({ adapter, post })))(memory())],
};

/** An approver polishing a submitted suggestion: "Save" only. */
export const ApproverEditing: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = memory(APPROVER);
      adapter.latency = 0;
      const post = await adapter.shareCard.getPost('post-suggested-trust');
      adapter.latency = 300;
      return { adapter, post };
    },
  ],
};

/** X's own caption past 280 (the link counts 23): the warning in the preview. */
export const OverTheLimitOnX: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = memory();
      typed({
        title: 'What made us proud in 2026',
        link: 'https://brightwater.example/blog/proud-2026',
        caption: 'Twelve colleagues, twelve stories.',
        variants: {
          x: 'We asked twelve colleagues what made them proud this year: the night shift that kept the plant running through the storm, the apprentices who redesigned our onboarding, the team that answered every customer letter by hand. Their answers, in their own words.',
        },
      });
      return { adapter };
    },
  ],
  play: async ({ canvasElement }) => press(canvasElement, 'X'),
};

/** What the rules refuse, each error under its field (a javascript: link, an image without a description). */
export const FieldErrors: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = memory();
      typed({
        title: 'Our new office',
        link: 'javascript:alert(1)',
        imageUrl: 'https://picsum.photos/seed/office/960/480',
        caption: 'We moved!',
        hashtags: '#new-office',
      });
      return { adapter };
    },
  ],
  play: async ({ canvasElement }) => press(canvasElement, 'Save draft'),
};

/** Saving: the backend takes its time. */
export const Saving: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = memory();
      typed({ title: 'Open day in Porto', link: 'https://brightwater.example/porto', caption: 'Meet the Porto team on Saturday!' });
      return { adapter: withShare(adapter, { createPost: () => new Promise(() => {}) }) };
    },
  ],
  play: async ({ canvasElement }) => press(canvasElement, 'Save draft'),
};

/** The backend could not be reached: the message and "Try again", nothing typed lost. */
export const NetworkFailure: Story = {
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = memory();
      typed({ title: 'Open day in Porto', link: 'https://brightwater.example/porto', caption: 'Meet the Porto team on Saturday!' });
      return { adapter: withShare(adapter, { createPost: () => Promise.reject(new NetworkError('offline')) }) };
    },
  ],
  play: async ({ canvasElement }) => press(canvasElement, 'Submit for approval'),
};

/** Someone without the post-author role. */
export const NotAnAuthor: Story = { loaders: [async (): Promise<Loaded> => ({ adapter: memory('p-01') })] };

export const Dark: Story = { args: { theme: 'dark' }, loaders: Typing.loaders };

/** In a right-to-left page (Arabic), with an Arabic caption. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', lang: 'ar' },
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = memory();
      typed({ title: 'لماذا نشارك أرقامنا مع كل موظف', link: 'https://brightwater.example/blog/open-books', caption: 'كل ربع سنة نشرح الأرقام للشركة كلها.' });
      return { adapter };
    },
  ],
};

/** In a narrow column (360 px). */
export const Narrow: Story = { args: { width: '360px' }, loaders: Typing.loaders };
