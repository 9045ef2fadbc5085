import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChorusShareCard } from '../../../src/widgets/share-card/share-card.element.js';
import '../../../src/widgets/share-card/share-card.js';
import { deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* Scaffolded by `npm run create share-card`: the states every widget has (base-tests.ts), then its own behaviour. */

runWidgetBaseTests({ tag: 'chorus-share-card', port: 'shareCard', loads: 'listPosts', ready: (el) => !!deepQuery(el, '.title') });

describe('<chorus-share-card>', () => {
  it('lists the titles of the posts its port answers, newest first', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const el = await fixture<ChorusShareCard>(html`<chorus-share-card .adapter=${adapter}></chorus-share-card>`);
    await waitFor(() => deepQuery(el, 'li'), `items shown: ${textOf(el)}`);
    const { items } = await adapter.shareCard.listPosts({});
    expect(items.length).to.be.greaterThan(0);
    expect(deepQueryAll(el, 'li').map((li) => li.textContent)).to.deep.equal(items.map((post) => post.title));
  });

  it('says when there is nothing yet', async () => {
    const adapter = { shareCard: { listPosts: async () => ({ items: [], nextCursor: null }) } };
    const el = await fixture<ChorusShareCard>(html`<chorus-share-card .adapter=${adapter}></chorus-share-card>`);
    await waitFor(() => textOf(el).includes('Nothing here yet.'), textOf(el));
    expect(deepQuery(el, 'li')).to.equal(undefined);
  });
});
