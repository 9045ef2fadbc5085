import type { ChorusAdapter, FeedbackPort } from '../../src/adapter/port.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import type { FeedbackDraft, FeedbackReceipt } from '../../src/core/feedback.js';
import { draftStorageKey, type SendDraft } from '../../src/widgets/feedback-box/draft-store.js';
import { TOKENS_KEY, keepToken } from '../../src/widgets/feedback-box/token-store.js';

/*
 * Backends for the feedback box's stories: the embedded adapter in memory (nothing persists
 * between stories), signed in as Chloé Dubois (p-01, an ordinary employee) unless the story needs
 * a recipient (Nadia Haddad, p-29). The seed holds two dozen anonymous threads that nobody holds a
 * token for, so the sender's stories send their own feedback first and keep its token here.
 */

export const SENDER = 'p-01';
export const RECIPIENT = 'p-29';

export const storyAdapter = (options: MemoryAdapterOptions = {}) => new MemoryAdapter({ persist: false, latency: [150, 350], userId: SENDER, ...options });

/** The same backend with some feedback calls replaced. */
export function withFeedback(base: MemoryAdapter, overrides: Partial<FeedbackPort>): ChorusAdapter {
  const feedback = Object.assign(Object.create(base.feedback) as FeedbackPort, overrides);
  return { people: base.people, me: base.me, live: base.live, feedback };
}

/** Each story starts with no tokens kept on this device and no draft under its `draft-key`. */
export function freshDevice(draftKey: string): void {
  localStorage.removeItem(TOKENS_KEY);
  sessionStorage.removeItem(draftStorageKey(draftKey));
}

/** A draft as if the sender had started typing before a reload. */
export function seedDraft(draftKey: string, draft: Partial<SendDraft>): void {
  freshDevice(draftKey);
  sessionStorage.setItem(
    draftStorageKey(draftKey),
    JSON.stringify({ categoryId: '', score: null, message: '', idempotencyKey: crypto.randomUUID(), ...draft }),
  );
}

/** Runs `work` with no latency, as setup before the story shows. */
async function instantly<T>(adapter: MemoryAdapter, work: () => Promise<T>): Promise<T> {
  const latency = adapter.latency;
  adapter.latency = 0;
  try {
    return await work();
  } finally {
    adapter.latency = latency;
  }
}

async function send(adapter: MemoryAdapter, draft: Partial<FeedbackDraft>, keep = true): Promise<FeedbackReceipt> {
  const receipt = await adapter.feedback.sendFeedback({ categoryId: 'workplace', score: null, message: '', ...draft }, { idempotencyKey: crypto.randomUUID() });
  if (keep) keepToken({ token: receipt.replyToken, categoryId: receipt.thread.categoryId, sentAt: receipt.thread.createdAt });
  return receipt;
}

async function as<T>(adapter: MemoryAdapter, userId: string, work: () => Promise<T>): Promise<T> {
  const me = adapter.currentUserId;
  adapter.setCurrentUser(userId);
  try {
    return await work();
  } finally {
    adapter.setCurrentUser(me);
  }
}

const answer = (adapter: MemoryAdapter, threadId: string, message: string, by = RECIPIENT) =>
  as(adapter, by, () => adapter.feedback.answerFeedback(threadId, message, { idempotencyKey: crypto.randomUUID() }));

const close = (adapter: MemoryAdapter, threadId: string) => as(adapter, RECIPIENT, () => adapter.feedback.setFeedbackStatus(threadId, 'closed'));

const reply = (adapter: MemoryAdapter, token: string, message: string) =>
  adapter.feedback.replyToFeedback(token, message, { idempotencyKey: crypto.randomUUID() });

/** Three conversations kept on this device: one with a new answer, one waiting, one closed. */
export async function conversationsAdapter(draftKey: string, options: MemoryAdapterOptions = {}): Promise<MemoryAdapter> {
  freshDevice(draftKey);
  const adapter = storyAdapter(options);
  await instantly(adapter, async () => {
    const closed = await send(adapter, {
      categoryId: 'process',
      score: 2,
      message: 'Expense reports for small amounts need two approvals. Could one be enough under 50 €?',
    });
    await answer(adapter, closed.thread.id, 'Good news: from next month one approval is enough up to 100 €. Thank you for raising it.', 'p-06');
    await close(adapter, closed.thread.id);
    await send(adapter, {
      categoryId: 'ideas',
      score: 4,
      message: 'What about a quarterly "demo day" where every team shows one thing they shipped? It would help us see what others are doing.',
    });
    const answered = await send(adapter, {
      categoryId: 'culture',
      score: 2,
      message: 'Meetings keep getting scheduled over lunch. It makes it hard to take a proper break, especially for people who start early.',
    });
    await answer(
      adapter,
      answered.thread.id,
      'Thank you for writing. You are right, and it is not the first time we hear it. We are proposing a no-meetings window from 12:00 to 13:30 — does that sound like it would help?',
    );
  });
  return adapter;
}

/** The conversation with an answer, a reply from the sender and a second answer. */
export async function threadAdapter(draftKey: string): Promise<MemoryAdapter> {
  freshDevice(draftKey);
  const adapter = storyAdapter();
  await instantly(adapter, async () => {
    const sent = await send(adapter, {
      categoryId: 'culture',
      score: 2,
      message: 'Meetings keep getting scheduled over lunch. It makes it hard to take a proper break, especially for people who start early.',
    });
    await answer(
      adapter,
      sent.thread.id,
      'Thank you for writing. You are right, and it is not the first time we hear it. We are proposing a no-meetings window from 12:00 to 13:30 — does that sound like it would help?',
    );
    await reply(adapter, sent.replyToken, 'Yes, very much. Could it apply to recurring meetings too? Most of the lunch ones are weekly.');
    await answer(adapter, sent.thread.id, 'It will: we will ask organisers to move recurring meetings by the end of the month.', 'p-06');
  });
  return adapter;
}

/** A closed conversation: the reply composer is disabled, with the reason. */
export async function closedThreadAdapter(draftKey: string): Promise<MemoryAdapter> {
  freshDevice(draftKey);
  const adapter = storyAdapter();
  await instantly(adapter, async () => {
    const sent = await send(adapter, {
      categoryId: 'process',
      message: 'Expense reports for small amounts need two approvals. Could one be enough under 50 €?',
    });
    await answer(adapter, sent.thread.id, 'From next month one approval is enough up to 100 €. Thank you for raising it — closing this one.', 'p-06');
    await close(adapter, sent.thread.id);
  });
  return adapter;
}

/** Long, hostile and mixed-direction content in a conversation. */
export async function longContentAdapter(draftKey: string): Promise<MemoryAdapter> {
  freshDevice(draftKey);
  const adapter = storyAdapter({ feedbackRateLimit: { max: 100 } });
  await instantly(adapter, async () => {
    const sent = await send(adapter, {
      categoryId: 'workplace',
      score: 1,
      message:
        'Supercalifragilisticexpialidocious-ticket-queue-without-any-spaces-that-goes-on-and-on-and-on-and-on-and-on\n\n' +
        'The ticket system asks for the same details three times. '.repeat(6) +
        '\n\n<img src=x onerror="alert(1)"> <script>alert("hi")</script> **not markdown** & &amp; entities stay text.\n\n' +
        'الاجتماعات طويلة جداً — mixed directions stay readable. 🎉👩🏽‍💻🏳️‍🌈',
    });
    await answer(adapter, sent.thread.id, 'Thank you for the detail. '.repeat(12).trim());
  });
  return adapter;
}

/** A recipient whose inbox holds nothing (a new feedback box). */
export function emptyInboxAdapter(): ChorusAdapter {
  const base = storyAdapter({ userId: RECIPIENT });
  return withFeedback(base, {
    listFeedback: async () => ({ items: [], nextCursor: null }),
    getFeedbackSummary: async () => ({
      scoreKind: 'mood',
      minGroupSize: 5,
      groups: ['workplace', 'leadership', 'culture', 'process', 'ideas'].map((categoryId) => ({
        categoryId,
        responses: null,
        score: null,
      })),
    }),
  });
}

/** This device has just sent feedback, and the backend allows one per window. */
export async function rateLimitedAdapter(draftKey: string): Promise<MemoryAdapter> {
  const adapter = storyAdapter({ feedbackRateLimit: { max: 1, windowSeconds: 600 } });
  await instantly(adapter, () => send(adapter, { categoryId: 'ideas', message: 'A first piece of feedback, sent a moment ago.' }, false));
  seedDraft(draftKey, {
    categoryId: 'workplace',
    score: 2,
    message: 'And one more thing: the printers on the second floor have been out of toner all week.',
  });
  return adapter;
}

export const loadingAdapter = () => withFeedback(storyAdapter(), { getFeedbackConfig: () => new Promise(() => {}) });
export const failingAdapter = () => storyAdapter({ latency: 300, failureRate: 1 });
export function unsupportedAdapter(): ChorusAdapter {
  const base = storyAdapter();
  return { people: base.people, me: base.me };
}

/** Waits for the box in `root` to show a button named `name`, then clicks it (for `play`). */
export async function press(root: HTMLElement, name: string | RegExp, timeout = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const box = root.querySelector('chorus-feedback-box');
    const button = [...(box?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => {
      const text = (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim();
      return typeof name === 'string' ? text.includes(name) : name.test(text);
    });
    if (button) {
      button.click();
      return;
    }
    if (Date.now() - start > timeout) throw new Error(`No button "${String(name)}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A send whose answer never came (stored all the same), then an edit: the draft holds the edited
 * text and the first send's key, as the box keeps them, so Send finds the first version.
 */
export async function lostAnswerAdapter(draftKey: string, first: FeedbackDraft, edited: string): Promise<MemoryAdapter> {
  const adapter = storyAdapter();
  const idempotencyKey = crypto.randomUUID();
  await instantly(adapter, () => adapter.feedback.sendFeedback(first, { idempotencyKey }));
  seedDraft(draftKey, { ...first, message: edited });
  sessionStorage.setItem(`${draftStorageKey(draftKey)}#send`, JSON.stringify({ key: idempotencyKey, sent: JSON.stringify(first) }));
  return adapter;
}
