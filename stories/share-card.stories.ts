import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import { NetworkError, NotFoundError } from '../src/core/errors.js';
import type { ShareNetwork } from '../src/core/share-card.domain.js';
import '../src/widgets/share-card/share-card.js';
import { resetBrowserFeatures, storyAdapter, storyGuidelines, storyPost, withRefusedClipboard, withShareSheet } from './support/share-card-adapters.js';

type Args = { theme?: 'light' | 'dark'; width?: string; dir?: 'ltr' | 'rtl'; lang?: string; network?: ShareNetwork };
type Loaded = { adapter?: ChorusAdapter };

const load = (make: () => ChorusAdapter, browser?: () => void) => async (): Promise<Loaded> => (browser?.(), { adapter: make() });
const DAY = 86_400_000;
const LONG =
  'We asked twelve colleagues what made them proud this year. Their answers, in their own words, are below: the night shift that kept the plant running through the storm, the apprentices who redesigned our onboarding, the team that answered every customer letter by hand. '.repeat(
    3,
  );

/** Each state of <chorus-share-card>, on a tiny fake port (nothing persists; the share windows really open). */
const meta = {
  title: 'Widgets/Share card',
  component: 'chorus-share-card',
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    network: { control: 'select', options: ['linkedin', 'x', 'facebook', 'teams', 'email', 'native', 'copy'] },
  },
  // Every story starts from the browser as it is; a story that fakes a feature sets it in its own loader.
  loaders: [async () => resetBrowserFeatures(), load(() => storyAdapter())],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const element = html`<chorus-share-card post-id="post-story" network=${args.network ?? nothing} .adapter=${adapter} theme=${args.theme ?? nothing}></chorus-share-card>`;
    return html`<div style="max-width: ${args.width ?? '560px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${element}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** LinkedIn: the caption is copied first (its share URL takes only the link), then LinkedIn opens. */
export const LinkedIn: Story = { args: { network: 'linkedin' } };
/** X: its own shorter caption, counted as X counts (a link 23, emoji 2). */
export const X: Story = { args: { network: 'x' } };
/** Facebook: like LinkedIn, the caption is copied to paste. */
export const Facebook: Story = { args: { network: 'facebook' } };
export const Teams: Story = { args: { network: 'teams' } };
/** E-mail: a mailto: link with the title as subject. */
export const Email: Story = { args: { network: 'email' } };
/** A device with a share sheet (phones, Safari, Edge): "Other apps" is offered. */
export const ShareSheet: Story = { args: { network: 'native' }, loaders: [load(() => storyAdapter(), withShareSheet)] };
/** No Web Share (most desktop browsers): no "Other apps", LinkedIn chosen instead. */
export const NoWebShare: Story = { args: { network: 'native' } };
export const CopyLink: Story = { args: { network: 'copy' } };

/** The clipboard is refused: the caption is selected in a read-only field, then "Continue to LinkedIn". */
export const ClipboardRefused: Story = { args: { network: 'linkedin' }, loaders: [load(() => storyAdapter(), withRefusedClipboard)] };

/** A long caption and title, still within LinkedIn's 3,000. */
export const LongCaption: Story = {
  loaders: [
    load(() =>
      storyAdapter(
        storyPost({ title: 'What made us proud in 2026: twelve colleagues, twelve stories, one year we will remember', captions: { default: LONG } }),
      ),
    ),
  ],
};

/** Over X's 280: the warning, and sharing to X blocked until it is shorter. */
export const OverTheLimit: Story = { args: { network: 'x' }, loaders: [load(() => storyAdapter(storyPost({ captions: { default: LONG } })))] };

/** A disclosure and several required hashtags, all kept whatever the person writes. */
export const LockedParts: Story = {
  loaders: [
    load(() =>
      storyAdapter(storyPost({ locked: { disclosure: '#employee #ad', hashtags: ['#LifeAtBrightwater', '#OpenBooks', '#Transparency', '#WeAreHiring'] } })),
    ),
  ],
};

/** The caption is fixed by the authors (a regulated announcement). */
export const CaptionLocked: Story = { loaders: [load(() => storyAdapter(storyPost({ captionEditable: false })))] };

/** No image and no preview: the link's host stands in. */
export const MissingImage: Story = {
  loaders: [load(() => storyAdapter(storyPost({ image: null, link: { url: 'https://brightwater.example/careers', preview: null } })))],
};

/** javascript: and data: addresses from a broken backend: never rendered as an image or link, and not shareable. */
export const HostileLinks: Story = {
  loaders: [
    load(() =>
      storyAdapter(
        storyPost({
          title: '<img src=x onerror=alert(1)> stays text',
          image: { url: 'javascript:alert(1)', alt: 'bad' },
          link: { url: 'javascript:alert(2)', preview: { title: 'Evil preview', site: 'evil.example', imageUrl: 'data:image/svg+xml,<svg/>' } },
        }),
      ),
    ),
  ],
};

/** The person already shared it. */
export const SharedByMe: Story = { loaders: [load(() => storyAdapter(storyPost({ sharedByMe: true })))] };

/** The guidelines must be accepted before the first share. */
export const GuidelinesToAccept: Story = { loaders: [load(() => storyAdapter(storyPost(), { guidelines: storyGuidelines({ mustAccept: true }) }))] };

/** Sharing worked but the count did not: the reason and "Try again" (the same key, counted once). */
export const RecordFails: Story = { args: { network: 'x' }, loaders: [load(() => storyAdapter(storyPost(), { failRecords: true }))] };

/** Scheduled: shown to authors and approvers, not shareable before its date. */
export const Scheduled: Story = {
  loaders: [load(() => storyAdapter(storyPost({ status: 'scheduled', publishAt: new Date(Date.now() + 3 * DAY).toISOString() })))],
};

/** Expired: no longer shareable. */
export const Expired: Story = { loaders: [load(() => storyAdapter(storyPost({ expireAt: new Date(Date.now() - DAY).toISOString() })))] };

/** While the post loads (it never arrives here). */
export const Loading: Story = { loaders: [load(() => storyAdapter(storyPost(), { getPost: () => new Promise(() => {}) }))] };

/** The backend could not be reached: the message and "Try again". */
export const LoadError: Story = {
  loaders: [
    load(() =>
      storyAdapter(storyPost(), {
        getPost: async () => {
          throw new NetworkError('offline');
        },
      }),
    ),
  ],
};

/** An unknown post, or one no longer shared. */
export const NotFound: Story = {
  loaders: [
    load(() =>
      storyAdapter(storyPost(), {
        getPost: async () => {
          throw new NotFoundError();
        },
      }),
    ),
  ],
};

/** A backend without the port: "not available on this site", no retry. */
export const NotAvailable: Story = { loaders: [load(() => ({}))] };

export const Dark: Story = { args: { theme: 'dark' } };

/** In a right-to-left page (Arabic), with an Arabic caption. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', lang: 'ar' },
  loaders: [
    load(() => storyAdapter(storyPost({ title: 'لماذا نشارك أرقامنا مع كل موظف', captions: { default: 'كل ربع سنة نشرح الأرقام للشركة كلها. #employee' } }))),
  ],
};

/** In a narrow column (360 px). */
export const Narrow: Story = { args: { width: '360px' } };
