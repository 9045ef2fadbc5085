import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/post-composer/post-composer.js';
import type { ChorusPostComposer } from '../../../src/widgets/post-composer/post-composer.element.js';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import type { ShareCardPort } from '../../../src/adapter/share-card.port.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { Post } from '../../../src/core/share-card.domain.js';
import { deepQuery, fieldLabelled, textOf, waitFor } from '../../support.js';

/*
 * The composer's tests run on the embedded adapter, signed in as Beatriz (p-33, post-author) or
 * Priya (p-16, post-approver); a port's calls may be replaced to fail on demand.
 */

export const AUTHOR = 'p-33';
export const APPROVER = 'p-16';

const adapters: MemoryAdapter[] = [];
afterEach(() => adapters.splice(0).forEach((a) => a.dispose()));
beforeEach(() => sessionStorage.clear());

export function memory(userId = AUTHOR): MemoryAdapter {
  const adapter = new MemoryAdapter({ persist: false, latency: 0, userId });
  adapters.push(adapter);
  return adapter;
}

/** `base` with some of the share port's calls replaced. */
export function withShare(base: MemoryAdapter, overrides: Partial<ShareCardPort>): ChorusAdapter {
  return { ...base, shareCard: Object.assign(Object.create(base.shareCard) as ShareCardPort, overrides) } as ChorusAdapter;
}

export async function composer(adapter: ChorusAdapter, post?: Post, theme: 'light' | 'dark' = 'light'): Promise<ChorusPostComposer> {
  const el = await fixture<ChorusPostComposer>(html`<chorus-post-composer theme=${theme} .adapter=${adapter} .post=${post}></chorus-post-composer>`);
  await waitFor(() => deepQuery(el, 'form'), `the form: ${textOf(el)}`);
  return el;
}

export function field<T extends HTMLElement = HTMLInputElement>(el: Element, label: string): T {
  const found = fieldLabelled<T>(el, label);
  if (!found) throw new Error(`no field labelled "${label}"`);
  return found;
}

/** Types into a field as a person would (focus, keys). */
export async function type(el: Element, label: string, text: string): Promise<void> {
  field(el, label).focus();
  await sendKeys({ type: text });
}

/** Sets a long text at once (as a paste would), firing `input`. */
export function paste(el: Element, label: string, text: string): void {
  const control = field<HTMLInputElement | HTMLTextAreaElement>(el, label);
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** The preview's counter, as a person reads it. */
export const counter = (el: Element): string => textOf(deepQuery(el, '#preview-counter')!);

export function previewOn(el: Element, name: string): void {
  const input = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="preview"]')].find((i) => i.parentElement!.textContent!.trim() === name);
  if (!input) throw new Error(`no preview for ${name}`);
  input.click();
}

/** The error shown under a field (through its aria-describedby), or ''. */
export function errorOf(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
  const root = control.getRootNode() as ShadowRoot;
  return ids
    .map((id) => root.getElementById(id))
    .filter((node) => node?.classList.contains('field-error'))
    .map((node) => textOf(node!))
    .join(' ');
}

/** A post ready to save: title, link, caption. */
export async function fillBasics(el: Element, title = 'We are hiring in Lyon'): Promise<void> {
  paste(el, 'Title', title);
  paste(el, 'Link to share', 'https://careers.example.com/lyon');
  paste(el, 'Caption', 'Join our team in Lyon!');
  await (el as ChorusPostComposer).updateComplete;
}

/** The queue as an approver sees it (drafts are their authors' own). */
export async function queueAs(adapter: MemoryAdapter, userId: string): Promise<Post[]> {
  const before = adapter.currentUserId;
  adapter.setCurrentUser(userId);
  try {
    return (await adapter.shareCard.listPosts({ filter: { queue: true }, limit: 100 })).items;
  } finally {
    adapter.setCurrentUser(before);
  }
}
