import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { DEFAULT_SHARE_CARD } from '../../../src/core/share-card.js';
import type { ChorusShareCard } from '../../../src/widgets/share-card/share-card.element.js';
import '../../../src/widgets/share-card/share-card.js';
import { deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* Scaffolded by `npm run create share-card`: the states every widget has (base-tests.ts), then its own behaviour. */

runWidgetBaseTests({ tag: 'chorus-share-card', port: 'shareCard', loads: 'getShareCard', ready: (el) => !!deepQuery(el, '.title') });

describe('<chorus-share-card>', () => {
  it('shows the title and items its port answers', async () => {
    const el = await fixture<ChorusShareCard>(html`<chorus-share-card .adapter=${new MemoryAdapter({ persist: false, latency: 0 })}></chorus-share-card>`);
    await waitFor(() => deepQuery(el, 'li'), `items shown: ${textOf(el)}`);
    expect(deepQuery(el, 'h2')!.textContent).to.equal(DEFAULT_SHARE_CARD.title);
    expect(deepQueryAll(el, 'li').map((li) => li.textContent)).to.deep.equal(DEFAULT_SHARE_CARD.items);
  });

  it('says when there is nothing yet', async () => {
    const adapter = { shareCard: { getShareCard: async () => ({ title: 'Empty', items: [] }) } };
    const el = await fixture<ChorusShareCard>(html`<chorus-share-card .adapter=${adapter}></chorus-share-card>`);
    await waitFor(() => textOf(el).includes('Nothing here yet.'), textOf(el));
    expect(deepQuery(el, 'li')).to.equal(undefined);
  });
});
