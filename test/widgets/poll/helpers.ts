import { fixture, html } from '@open-wc/testing';
import '../../../src/widgets/poll/poll.js';
import type { ChorusPoll } from '../../../src/widgets/poll/poll.element.js';
import type { ChorusPollComposer } from '../../../src/widgets/poll/composer.element.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { ChorusAdapter, PollPort } from '../../../src/adapter/port.js';
import { deepQuery, deepQueryAll, nameOf, textOf, waitFor } from '../../support.js';

export const NOW = Date.parse('2025-06-02T10:00:00Z');

const adapters: MemoryAdapter[] = [];
/** An instant in-memory adapter on a fixed clock; disposed after each test. */
export function quiet(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const adapter = new MemoryAdapter({ persist: false, latency: 0, now: () => NOW, ...options });
  adapters.push(adapter);
  return adapter;
}

afterEach(() => {
  for (const adapter of adapters.splice(0)) adapter.dispose();
  for (const key of Object.keys(localStorage)) if (key.startsWith('chorus:poll-ballot:') || key.startsWith('chorus:test:')) localStorage.removeItem(key);
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('chorus:poll-draft:')) sessionStorage.removeItem(key);
});

/** The same backend with some poll calls replaced. */
export function withPolls(base: MemoryAdapter, overrides: Partial<PollPort>): ChorusAdapter {
  const polls = Object.assign(Object.create(base.polls) as PollPort, overrides);
  return { people: base.people, me: base.me, live: base.live, polls };
}

/** A poll element on `adapter`, its clock pinned to the adapter's, once it shows the poll (or a message). */
export async function pollEl(
  adapter: ChorusAdapter,
  pollId?: string,
  extra: { composer?: boolean; now?: () => number; theme?: 'light' | 'dark' } = {},
): Promise<ChorusPoll> {
  const el = await fixture<ChorusPoll>(html`<chorus-poll poll-id=${pollId ?? ''} ?composer=${extra.composer} theme=${extra.theme ?? 'light'}
    .now=${extra.now ?? (() => NOW)} .adapter=${adapter}></chorus-poll>`);
  if (!pollId) el.removeAttribute('poll-id');
  await waitFor(() => !el.matches(':state(loading)') && !deepQuery(el, '.skeleton'), 'poll loaded');
  return el;
}

/** The radio or checkbox whose label reads `label`. */
export function choice(el: Element, label: string): HTMLInputElement {
  const found = deepQueryAll<HTMLLabelElement>(el, 'label.choice, label.score').find((l) => nameOf(l) === label || nameOf(l).startsWith(`${label},`));
  if (!found) throw new Error(`No choice labelled "${label}" in: ${deepQueryAll(el, 'label.choice, label.score').map(nameOf).join(' | ')}`);
  return found.querySelector('input')!;
}

/** Result rows as "label|percent|count|badges" strings, what a reader hears row by row. */
export function rows(el: Element): string[] {
  return deepQueryAll(el, '.bars .row').map((row) => textOf(row));
}

export function liveRegion(el: Element): string {
  return deepQuery(el, '[role="status"][aria-live="polite"]')?.textContent ?? '';
}

export { textOf };

/** The poll's composer once its module has loaded and it has rendered (the poll imports it on first use). */
export function composerOf(el: Element): ChorusPollComposer | undefined {
  const composer = deepQuery<ChorusPollComposer>(el, 'chorus-poll-composer');
  return composer?.shadowRoot?.querySelector('form') ? composer : undefined;
}
