import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/feedback-box/feedback-box.js';
import type { ChorusFeedbackBox, FeedbackBoxView } from '../../../src/widgets/feedback-box/feedback-box.element.js';
import { THREADS_MODULE } from '../../../src/widgets/feedback-box/box.js';
import { loadOnce } from '../../../src/base/load-once.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { ChorusAdapter, FeedbackPort } from '../../../src/adapter/port.js';
import type { FeedbackDraft, FeedbackReceipt } from '../../../src/core/feedback.js';
import { keepToken } from '../../../src/widgets/feedback-box/token-store.js';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nameOf, textOf, waitFor } from '../../support.js';

/** Seeded: Chloé Dubois (p-01) is an ordinary employee; Nadia Haddad (p-29) and Kwame Mensah (p-06) read the inbox. */
export const SENDER = 'p-01';
export const NADIA = 'p-29';

const adapters: MemoryAdapter[] = [];
/** An instant in-memory adapter; disposed after each test. */
export function quiet(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const adapter = new MemoryAdapter({ persist: false, latency: 0, ...options });
  adapters.push(adapter);
  return adapter;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  for (const adapter of adapters.splice(0)) adapter.dispose();
});

/** The same backend with some feedback calls replaced. */
export function withFeedback(base: MemoryAdapter, overrides: Partial<FeedbackPort>): ChorusAdapter {
  const feedback = Object.assign(Object.create(base.feedback) as FeedbackPort, overrides);
  return { people: base.people, me: base.me, live: base.live, feedback };
}

export interface BoxOptions {
  view?: FeedbackBoxView;
  draftKey?: string;
  theme?: 'light' | 'dark';
  lang?: string;
  dir?: string;
}

/** A feedback box on `adapter`, once it has loaded (or shows a message). */
export async function boxEl(adapter: ChorusAdapter, o: BoxOptions = {}): Promise<ChorusFeedbackBox> {
  const el = await fixture<ChorusFeedbackBox>(html`<chorus-feedback-box view=${o.view ?? 'send'} draft-key=${o.draftKey ?? 'test'}
    theme=${o.theme ?? 'light'} lang=${o.lang ?? 'en'} dir=${o.dir ?? 'ltr'} .adapter=${adapter}></chorus-feedback-box>`);
  await waitFor(() => !el.matches(':state(loading)'), 'box loaded');
  if (o.view === 'conversations' || o.view === 'inbox') await viewShown(el);
  return el;
}

/**
 * Waits until the conversations or the inbox are drawn: their module is imported when either is
 * first shown, and until then the panel holds only a loading state (or its load error).
 */
export function viewShown(el: Element): Promise<Element> {
  return waitFor(() => deepQuery(el, '[role="tabpanel"] > :is(.conversations, .inbox, .thread, .load-error)'), 'conversations or inbox shown');
}

/** Whether the browser fetched the conversations' and inbox's module (threads.ts) on this page. */
export function threadsModuleFetched(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /\/feedback-box\/threads\.(js|ts)(\?|$)/.test(entry.name));
}

/**
 * Makes the next import of the conversations' and inbox's module fail as a dropped connection
 * would, when the returned function is called (the box is then waiting for it). Only before the
 * module has loaded on this page: a test that uses it runs first in its file.
 */
export function threadsModuleWillFail(): () => void {
  let fail!: (error: Error) => void;
  loadOnce(THREADS_MODULE, () => new Promise((_, reject) => (fail = reject))).catch(() => {});
  return () => fail(new TypeError('Failed to fetch dynamically imported module'));
}

/** Sends feedback straight through the port, as another visit of the sender would have. */
export async function sendDirect(adapter: MemoryAdapter, draft: Partial<FeedbackDraft> = {}): Promise<FeedbackReceipt> {
  return adapter.feedback.sendFeedback(
    { categoryId: 'workplace', score: null, message: 'The coffee machine on the fourth floor has been broken for weeks.', ...draft },
    { idempotencyKey: crypto.randomUUID() },
  );
}

/** Sends feedback and keeps its token on this device, as the box does by default. */
export async function sentAndKept(adapter: MemoryAdapter, draft: Partial<FeedbackDraft> = {}): Promise<FeedbackReceipt> {
  const receipt = await sendDirect(adapter, draft);
  keepToken({ token: receipt.replyToken, categoryId: receipt.thread.categoryId, sentAt: receipt.thread.createdAt });
  return receipt;
}

/** Answers a thread as a recipient, then signs back in as the sender. */
export async function answerAs(adapter: MemoryAdapter, threadId: string, message: string, recipient = NADIA): Promise<void> {
  const me = adapter.currentUserId;
  adapter.setCurrentUser(recipient);
  await adapter.feedback.answerFeedback(threadId, message, { idempotencyKey: crypto.randomUUID() });
  adapter.setCurrentUser(me);
}

export async function closeAs(adapter: MemoryAdapter, threadId: string, recipient = NADIA): Promise<void> {
  const me = adapter.currentUserId;
  adapter.setCurrentUser(recipient);
  await adapter.feedback.setFeedbackStatus(threadId, 'closed');
  adapter.setCurrentUser(me);
}

export function radio(el: Element, label: string): HTMLInputElement {
  const input = fieldLabelled<HTMLInputElement>(el, label);
  if (!input || input.type !== 'radio') throw new Error(`No radio labelled "${label}"`);
  return input;
}

export function messageField(el: Element): HTMLTextAreaElement {
  return fieldLabelled<HTMLTextAreaElement>(el, 'Your message')!;
}

/** Types into a field with the keyboard, as a user would. */
export async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
}

/** Sets a long text at once (typing 2,000 characters key by key is slow), firing `input` like typing. */
export function fill(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function tab(el: Element, name: string): HTMLButtonElement {
  const found = deepQueryAll<HTMLButtonElement>(el, '[role="tab"]').find((t) => nameOf(t).startsWith(name));
  if (!found) throw new Error(`No tab "${name}" in: ${deepQueryAll(el, '[role="tab"]').map(nameOf).join(' | ')}`);
  return found;
}

export function tabNames(el: Element): string[] {
  return deepQueryAll(el, '[role="tab"]').map(nameOf);
}

export function selectedTab(el: Element): string {
  return nameOf(deepQuery(el, '[role="tab"][aria-selected="true"]')!);
}

export function liveRegion(el: Element): string {
  return deepQuery(el, '[role="status"][aria-live="polite"]')?.textContent ?? '';
}

export async function clickAndWait(el: Element, button: string | RegExp, until: () => unknown, message?: string): Promise<void> {
  const found = await waitFor(() => buttonNamed(el, button), `button ${String(button)}`);
  found.click();
  await waitFor(until, message ?? `after ${String(button)}: ${textOf(el)}`);
}

/** Fills the form with a valid feedback. */
export async function fillValid(el: Element, message = 'The stand-up runs 30 minutes over most days; could we time-box it?'): Promise<void> {
  radio(el, 'Processes').click();
  fill(messageField(el), message);
  await (el as ChorusFeedbackBox).updateComplete;
}

export { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nameOf, textOf, waitFor };

/** The threads in the recipients' inbox (read as Nadia, a recipient), newest first. */
export const inboxThreads = async (adapter: ReturnType<typeof quiet>) => {
  const me = adapter.currentUserId;
  adapter.setCurrentUser(NADIA);
  const page = await adapter.feedback.listFeedback({ limit: 100 });
  adapter.setCurrentUser(me);
  return page.items;
};
