import { fixture, html } from '@open-wc/testing';
import '../../../src/widgets/share-feed/share-feed.js';
import type { ChorusShareFeed } from '../../../src/widgets/share-feed/share-feed.element.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import { deepQuery, deepQueryAll, nameOf, textOf, waitFor } from '../../support.js';

/*
 * The feed's tests run on the embedded adapter and its seed: five published posts (newest first:
 * culture, peer motivation, advocacy programme, community, internal network), a scheduled one, an
 * expired one and p-20's suggestion waiting for approval. Priya (p-16) approves, Arjun (p-34)
 * writes and approves, Beatriz (p-33) writes; p-01 is an ordinary employee.
 */

export const FEED_ORDER = ['post-culture', 'post-peer-motivation', 'post-advocacy-program', 'post-community', 'post-internal-network'];
export const SUGGESTION = 'post-suggested-trust';

const adapters: MemoryAdapter[] = [];
afterEach(() => adapters.splice(0).forEach((a) => a.dispose()));

export function memory(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const adapter = new MemoryAdapter({ persist: false, latency: 0, ...options });
  adapters.push(adapter);
  return adapter;
}

/** The feed on `adapter`, once its first page is shown. */
export async function feed(adapter: MemoryAdapter = memory(), attrs: { pageSize?: number; theme?: 'light' | 'dark' } = {}): Promise<ChorusShareFeed> {
  const el = await fixture<ChorusShareFeed>(
    html`<chorus-share-feed .adapter=${adapter} .pageSize=${attrs.pageSize ?? 10} theme=${attrs.theme ?? 'light'}></chorus-share-feed>`,
  );
  await waitFor(() => deepQuery(el, 'li.item') || deepQuery(el, '.empty'), `the feed loaded: ${textOf(el)}`);
  return el;
}

/** The posts' ids in the order the feed shows them. */
export function shownIds(el: Element, selector = 'button.share-toggle'): string[] {
  return deepQueryAll<HTMLElement>(el, selector).map((b) => b.dataset['post']!);
}

/** The titles of the list items shown now (feed or queue). */
export function shownTitles(el: ChorusShareFeed): string[] {
  return [...el.shadowRoot!.querySelectorAll('li.item .item-title')].map((h) => nameOf(h));
}

export function tab(el: ChorusShareFeed, name: string | RegExp): HTMLButtonElement | undefined {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) =>
    typeof name === 'string' ? nameOf(t).includes(name) : name.test(nameOf(t)),
  );
}

/** Opens the queue tab as a person would, once the queue loaded. */
export async function openQueue(el: ChorusShareFeed): Promise<void> {
  const queueTab = await waitFor(() => tab(el, 'To review'), 'the queue tab');
  queueTab.click();
  await waitFor(() => el.shadowRoot!.querySelector('.queue-panel li.item, .queue-panel .empty'), `the queue shown: ${textOf(el)}`);
}

/** The queued item titled `title`. */
export function queued(el: ChorusShareFeed, title: string): HTMLElement | undefined {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.queue-panel li.item')].find((li) => nameOf(li.querySelector('.item-title')!) === title);
}

/** Types into a field as a person would (value, then an input event). */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Beatriz's (p-33) post, submitted and sent back by Priya (p-16) with a comment; the adapter is left signed in as Beatriz. */
export async function returnedPost(adapter: MemoryAdapter): Promise<string> {
  adapter.setCurrentUser('p-33');
  const post = await adapter.shareCard.createPost(
    {
      title: 'Our new parental leave policy',
      captions: { default: 'Six months for every parent.' },
      image: null,
      link: { url: 'https://brightwater.example/people/leave' },
      locked: { disclosure: '#employee', hashtags: [] },
      topic: 'Culture',
      publishAt: null,
      expireAt: null,
      captionEditable: true,
    },
    { idempotencyKey: 'returned-post' },
  );
  await adapter.shareCard.actOnPost(post.id, { action: 'submit' });
  adapter.setCurrentUser('p-16');
  await adapter.shareCard.actOnPost(post.id, { action: 'return', comment: 'Add a shorter caption for X.' });
  adapter.setCurrentUser('p-33');
  return post.id;
}
