import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import '../../../src/widgets/post-composer/post-composer.js';
import { buttonNamed, deepQuery, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';
import { AUTHOR, fillBasics } from './helpers.js';

/* The states every widget has (base-tests.ts), on the embedded adapter signed in as a post author; the composer's own behaviour is in the other files here. */

runWidgetBaseTests({
  tag: 'chorus-post-composer',
  port: 'shareCard',
  loads: 'listPosts',
  memory: { userId: AUTHOR },
  ready: (el) => !!deepQuery(el, 'form'),
  send: async (el) => {
    await fillBasics(el);
    buttonNamed(el, 'Save draft')!.click();
    await waitFor(() => textOf(el).includes('Draft saved.'), 'saved');
  },
  stored: async (adapter: MemoryAdapter) => (await adapter.shareCard.listPosts({ filter: { queue: true }, limit: 100 })).items.length,
});
