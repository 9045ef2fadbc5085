import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { DEFAULT_MODERATION } from '../../../src/core/moderation.js';
import type { ChorusModeration } from '../../../src/widgets/moderation/moderation.element.js';
import '../../../src/widgets/moderation/moderation.js';
import { deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* Scaffolded by `npm run create moderation`: the states every widget has (base-tests.ts), then its own behaviour. */

runWidgetBaseTests({ tag: 'chorus-moderation', port: 'moderation', loads: 'getModeration', ready: (el) => !!deepQuery(el, '.title') });

describe('<chorus-moderation>', () => {
  it('shows the title and items its port answers', async () => {
    const el = await fixture<ChorusModeration>(html`<chorus-moderation .adapter=${new MemoryAdapter({ persist: false, latency: 0 })}></chorus-moderation>`);
    await waitFor(() => deepQuery(el, 'li'), `items shown: ${textOf(el)}`);
    expect(deepQuery(el, 'h2')!.textContent).to.equal(DEFAULT_MODERATION.title);
    expect(deepQueryAll(el, 'li').map((li) => li.textContent)).to.deep.equal(DEFAULT_MODERATION.items);
  });

  it('says when there is nothing yet', async () => {
    const adapter = { moderation: { getModeration: async () => ({ title: 'Empty', items: [] }) } };
    const el = await fixture<ChorusModeration>(html`<chorus-moderation .adapter=${adapter}></chorus-moderation>`);
    await waitFor(() => textOf(el).includes('Nothing here yet.'), textOf(el));
    expect(deepQuery(el, 'li')).to.equal(undefined);
  });
});
