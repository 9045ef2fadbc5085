import { expect } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/widgets/share-card/share-card.js';
import { buttonNamed, deepQuery, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* The states every widget has (base-tests.ts), on the embedded adapter and its seed; the card's own behaviour is in the other files here. */

const POST = 'post-culture';

/** Shares the seeded post to X as a person would (accepting the guidelines first when asked), window.open stubbed. */
async function shareToX(el: HTMLElement): Promise<void> {
  const open = window.open;
  const opened: string[] = [];
  window.open = ((url: string) => (opened.push(url), null)) as typeof window.open;
  try {
    deepQuery<HTMLInputElement>(el, 'input[value="x"]')!.click();
    await waitFor(() => deepQuery(el, 'button.share')?.textContent?.includes('Share on X'), 'X chosen');
    deepQuery<HTMLButtonElement>(el, 'button.share')!.click();
    const accept = await waitFor(() => opened.length > 0 || buttonNamed(el, 'I accept'), 'shared, or the guidelines to accept');
    if (accept instanceof HTMLButtonElement) {
      accept.click();
      await waitFor(() => !deepQuery(el, 'dialog[open]'), 'the guidelines accepted');
      deepQuery<HTMLButtonElement>(el, 'button.share')!.click();
    }
    await waitFor(() => textOf(el).includes('You shared this') && !deepQuery(el, '[aria-disabled="true"].share'), 'recorded');
    expect(opened.filter((url) => url.startsWith('https://x.com/intent/tweet?'))).to.have.length(1);
  } finally {
    window.open = open;
  }
}

runWidgetBaseTests({
  tag: 'chorus-share-card',
  port: 'shareCard',
  loads: 'getPost',
  props: { postId: POST },
  ready: (el) => !!deepQuery(el, 'h2.title'),
  live: 'share',
  send: shareToX,
  stored: async (adapter: MemoryAdapter) => (await adapter.shareCard.getPost(POST)).shares.total,
});
