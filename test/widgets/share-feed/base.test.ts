import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/widgets/share-feed/share-feed.js';
import { buttonNamed, deepQuery, fieldLabelled, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* The states every widget has (base-tests.ts), as an approver (so the tabs are there too); the feed's own behaviour is in the other files here. */

/** Suggests a link through the form, as a person would. */
async function suggest(el: HTMLElement): Promise<void> {
  buttonNamed(el, 'Suggest a link')!.click();
  const url = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Link'), 'the link field');
  url.value = 'https://news.example.com/advocacy';
  url.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  deepQuery<HTMLFormElement>(el, 'form.suggest-form')!.requestSubmit();
  await waitFor(() => textOf(el).includes('Sent to the comms team for approval'), 'the confirmation');
}

runWidgetBaseTests({
  tag: 'chorus-share-feed',
  port: 'shareCard',
  loads: 'listPosts',
  memory: { userId: 'p-16' },
  ready: (el) => !!deepQuery(el, 'li.item'),
  live: 'share',
  send: suggest,
  stored: async (adapter: MemoryAdapter) => (await adapter.shareCard.listPosts({ filter: { queue: true } })).items.filter((p) => p.suggested).length,
});
