import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ChorusAdapter } from '../src/adapter/port.js';
import '../src/widgets/feedback-box/feedback-box.js';
import type { FeedbackBoxView } from '../src/widgets/feedback-box/feedback-box.element.js';
import {
  RECIPIENT,
  closedThreadAdapter,
  conversationsAdapter,
  emptyInboxAdapter,
  failingAdapter,
  freshDevice,
  loadingAdapter,
  longContentAdapter,
  lostAnswerAdapter,
  press,
  rateLimitedAdapter,
  seedDraft,
  storyAdapter,
  threadAdapter,
  unsupportedAdapter,
  withFeedback,
} from './support/feedback-adapters.js';

type Args = {
  view?: FeedbackBoxView;
  'draft-key': string;
  theme?: 'light' | 'dark';
  width?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
};

type Loaded = { adapter?: ChorusAdapter };

/** A loader for the story's backend; `make` gets the story's `draft-key` to seed its draft or device. */
const load =
  (make: (draftKey: string) => ChorusAdapter | Promise<ChorusAdapter>) =>
  async ({ args }: { args: Args }): Promise<Loaded> => ({ adapter: await make(args['draft-key']) });

const typing = {
  categoryId: 'process',
  score: 3,
  message: 'The weekly all-hands runs long and the Q&A at the end gets cut every time. Could we',
};
const personal = {
  categoryId: 'leadership',
  score: 2,
  message:
    'Hi, Chloé here from the platform team. The reorg announcement left us guessing for two weeks — write to chloe.dubois@example.com or call +41 79 123 45 67 if you want the details. Nadia Haddad knows the whole story.',
};

/**
 * Anonymous feedback: a topic, an optional mood, a message, and a reply token shown once to come
 * back to the conversation. Each story runs on its own embedded adapter in memory, signed in as
 * Chloé Dubois (an ordinary employee) unless it says otherwise; recipients (Nadia Haddad) also get
 * the inbox.
 */
const meta = {
  title: 'Widgets/Feedback box',
  component: 'chorus-feedback-box',
  args: { view: 'send', 'draft-key': 'story' },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    view: { control: 'inline-radio', options: ['send', 'conversations', 'inbox'] },
  },
  loaders: [load((key) => (freshDevice(key), storyAdapter()))],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const box = html`<chorus-feedback-box .adapter=${adapter} view=${args.view ?? nothing} draft-key=${args['draft-key']}
      theme=${args.theme ?? nothing}></chorus-feedback-box>`;
    return html`<div style="max-width: ${args.width ?? '640px'}" dir=${args.dir ?? nothing} lang=${args.lang ?? nothing}>${box}</div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const dark = [(story: () => unknown) => html`<div style="background:#141414;padding:16px;border-radius:8px">${story()}</div>`];

/** Nothing typed yet: why it is anonymous, the topics, the mood, the message. */
export const Empty: Story = { args: { 'draft-key': 'story-empty' } };

/** A draft restored after a reload, part-way through the message. */
export const Typing: Story = { args: { 'draft-key': 'story-typing' }, loaders: [load((key) => (seedDraft(key, typing), storyAdapter()))] };

/** The message names its sender and a colleague, and gives an address and a phone number: the note, and the question on Send. */
export const Warning: Story = {
  args: { 'draft-key': 'story-warning' },
  loaders: [load((key) => (seedDraft(key, personal), storyAdapter()))],
  play: async ({ canvasElement }) => press(canvasElement, 'Send anonymously'),
};

/** On its way: the backend takes its time. */
export const Sending: Story = {
  args: { 'draft-key': 'story-sending' },
  loaders: [
    load(
      (key) => (
        seedDraft(key, { ...typing, message: `${typing.message} time-box it to 45 minutes?` }),
        withFeedback(storyAdapter(), { sendFeedback: () => new Promise(() => {}) })
      ),
    ),
  ],
  play: async ({ canvasElement }) => press(canvasElement, 'Send anonymously'),
};

/** Sent: the reply token, shown this once, to copy and keep on this device. */
export const SentWithToken: Story = {
  args: { 'draft-key': 'story-sent' },
  loaders: [load((key) => (seedDraft(key, { ...typing, message: `${typing.message} time-box it to 45 minutes?` }), storyAdapter({ latency: 100 })))],
  play: async ({ canvasElement }) => press(canvasElement, 'Send anonymously'),
};

/**
 * The first send's answer never came and the sender edited the text: Send finds that the first
 * version had arrived, shows its reply token, and keeps the edit in the form, unsent.
 */
export const FirstVersionRecovered: Story = {
  args: { 'draft-key': 'story-recovered' },
  loaders: [
    load((key) =>
      lostAnswerAdapter(
        key,
        { categoryId: typing.categoryId, score: typing.score, message: `${typing.message} time-box it?` },
        `${typing.message} time-box it to 45 minutes?`,
      ),
    ),
  ],
  play: async ({ canvasElement }) => press(canvasElement, 'Send anonymously'),
};

/** Conversations kept on this device: one with a new answer, one waiting, one closed. */
export const Conversations: Story = {
  args: { view: 'conversations', 'draft-key': 'story-conversations' },
  loaders: [load((key) => conversationsAdapter(key))],
};

/** A conversation: the feedback, answers with the recipient's name, the sender's reply, and the reply composer. */
export const ThreadWithAnswers: Story = {
  args: { view: 'conversations', 'draft-key': 'story-thread' },
  loaders: [load((key) => threadAdapter(key))],
  play: async ({ canvasElement }) => press(canvasElement, 'Culture and wellbeing'),
};

/** Closed by the recipients: no more replies, and why. */
export const ClosedThread: Story = {
  args: { view: 'conversations', 'draft-key': 'story-closed' },
  loaders: [load((key) => closedThreadAdapter(key))],
  play: async ({ canvasElement }) => press(canvasElement, 'Processes'),
};

/** Nadia Haddad reads the inbox: the summary per topic (small ones withheld), filters, the list. */
export const Inbox: Story = {
  args: { view: 'inbox', 'draft-key': 'story-inbox' },
  loaders: [load(() => storyAdapter({ userId: RECIPIENT }))],
};

/** A recipient opens a conversation: the answer composer, close and reopen. */
export const InboxThread: Story = {
  args: { view: 'inbox', 'draft-key': 'story-inbox-thread' },
  loaders: [load(() => storyAdapter({ userId: RECIPIENT }))],
  play: async ({ canvasElement }) => press(canvasElement, 'back-to-back deadlines'),
};

/** A new box: no feedback yet, every topic too small to show. */
export const InboxEmpty: Story = { args: { view: 'inbox', 'draft-key': 'story-inbox-empty' }, loaders: [load(() => emptyInboxAdapter())] };

/** This network has sent its share for now: why the limit is per network, and when to try again. */
export const RateLimited: Story = {
  args: { 'draft-key': 'story-rate' },
  loaders: [load((key) => rateLimitedAdapter(key))],
  play: async ({ canvasElement }) => press(canvasElement, 'Send anonymously'),
};

/** The backend cannot be reached. */
export const LoadError: Story = { loaders: [load(() => failingAdapter())] };

/** Still loading. */
export const Loading: Story = { loaders: [load(() => loadingAdapter())] };

/** A backend without a feedback port. */
export const Unsupported: Story = { loaders: [load(() => unsupportedAdapter())] };

/** The box asks for an eNPS score (0–10) instead of a mood. */
export const Enps: Story = {
  args: { 'draft-key': 'story-enps' },
  loaders: [load((key) => (seedDraft(key, { categoryId: 'culture', score: 8, message: '' }), storyAdapter({ feedbackConfig: { scoreKind: 'enps' } })))],
};

/** A long message with an unbroken word, markup shown as text, Arabic and emoji. */
export const LongContent: Story = {
  args: { view: 'conversations', 'draft-key': 'story-long' },
  loaders: [load((key) => longContentAdapter(key))],
  play: async ({ canvasElement }) => press(canvasElement, 'Workplace and tools'),
};

/** Right to left, following the page's `dir` and `lang`. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', lang: 'ar', 'draft-key': 'story-rtl' },
  loaders: [load((key) => (seedDraft(key, personal), storyAdapter()))],
};

/** A conversation right to left. */
export const RightToLeftThread: Story = {
  args: { dir: 'rtl', lang: 'ar', view: 'conversations', 'draft-key': 'story-rtl-thread' },
  loaders: [load((key) => threadAdapter(key))],
  play: async ({ canvasElement }) => press(canvasElement, 'Culture and wellbeing'),
};

export const Dark: Story = {
  args: { theme: 'dark', 'draft-key': 'story-dark' },
  loaders: [load((key) => (seedDraft(key, personal), storyAdapter()))],
  decorators: dark,
};

export const DarkConversations: Story = {
  args: { theme: 'dark', view: 'conversations', 'draft-key': 'story-dark-conversations' },
  loaders: [load((key) => conversationsAdapter(key))],
  decorators: dark,
};

export const DarkInbox: Story = {
  args: { theme: 'dark', view: 'inbox', 'draft-key': 'story-dark-inbox' },
  loaders: [load(() => storyAdapter({ userId: RECIPIENT }))],
  decorators: dark,
};

/** At 320 px, the width of a narrow SharePoint column or a phone. */
export const Narrow: Story = {
  args: { width: '320px', 'draft-key': 'story-narrow' },
  loaders: [load((key) => (seedDraft(key, personal), storyAdapter()))],
};

export const NarrowThread: Story = {
  args: { width: '320px', view: 'conversations', 'draft-key': 'story-narrow-thread' },
  loaders: [load((key) => threadAdapter(key))],
  play: async ({ canvasElement }) => press(canvasElement, 'Culture and wellbeing'),
};

export const NarrowInbox: Story = {
  args: { width: '320px', view: 'inbox', 'draft-key': 'story-narrow-inbox' },
  loaders: [load(() => storyAdapter({ userId: RECIPIENT }))],
};

/** At 1,200 px: topics and summary spread over columns. */
export const Wide: Story = {
  args: { width: '1200px', view: 'inbox', 'draft-key': 'story-wide' },
  loaders: [load(() => storyAdapter({ userId: RECIPIENT }))],
};

/** In a 340 px side column: topics as chips (the chosen one's description below), one row of moods, a shorter message box. */
export const SideColumn: Story = {
  args: { width: '340px', 'draft-key': 'story-side' },
  loaders: [load((key) => (seedDraft(key, { categoryId: 'culture', score: 4, message: '' }), storyAdapter()))],
};

/** A recipient's box at 360 px with the Inbox tab and a "new answer" badge: the tabs keep one line each. */
export const SideColumnTabs: Story = {
  args: { width: '360px', view: 'conversations', 'draft-key': 'story-side-tabs' },
  loaders: [load((key) => conversationsAdapter(key, { userId: RECIPIENT }))],
};

/** The eNPS scale on one row in a 340 px column. */
export const SideColumnEnps: Story = {
  args: { width: '340px', 'draft-key': 'story-side-enps' },
  loaders: [load((key) => (seedDraft(key, { categoryId: 'culture', score: 8, message: '' }), storyAdapter({ feedbackConfig: { scoreKind: 'enps' } })))],
};

/**
 * A backend that delivers feedback once its hour has ended (`deliverAfterHour`): the Sent view says
 * from when the recipients will see it, and the sender's own times read "earlier this hour".
 */
export const DeliveredAfterTheHour: Story = {
  args: { 'draft-key': 'story-held' },
  loaders: [
    load(
      (key) => (
        seedDraft(key, { ...typing, message: `${typing.message} time-box it to 45 minutes?` }),
        storyAdapter({ latency: 100, feedbackConfig: { deliverAfterHour: true } })
      ),
    ),
  ],
  play: async ({ canvasElement }) => press(canvasElement, 'Send anonymously'),
};
