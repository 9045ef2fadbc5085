import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { DEFAULT_INSIGHTS } from '../../../src/core/insights.js';
import type { ChorusInsights } from '../../../src/widgets/insights/insights.element.js';
import '../../../src/widgets/insights/insights.js';
import { deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* Scaffolded by `npm run create insights`: the states every widget has (base-tests.ts), then its own behaviour. */

runWidgetBaseTests({ tag: 'chorus-insights', port: 'insights', loads: 'getInsights', ready: (el) => !!deepQuery(el, '.title') });

describe('<chorus-insights>', () => {
  it('shows the title and items its port answers', async () => {
    const el = await fixture<ChorusInsights>(html`<chorus-insights .adapter=${new MemoryAdapter({ persist: false, latency: 0 })}></chorus-insights>`);
    await waitFor(() => deepQuery(el, 'li'), `items shown: ${textOf(el)}`);
    expect(deepQuery(el, 'h2')!.textContent).to.equal(DEFAULT_INSIGHTS.title);
    expect(deepQueryAll(el, 'li').map((li) => li.textContent)).to.deep.equal(DEFAULT_INSIGHTS.items);
  });

  it('says when there is nothing yet', async () => {
    const adapter = { insights: { getInsights: async () => ({ title: 'Empty', items: [] }) } };
    const el = await fixture<ChorusInsights>(html`<chorus-insights .adapter=${adapter}></chorus-insights>`);
    await waitFor(() => textOf(el).includes('Nothing here yet.'), textOf(el));
    expect(deepQuery(el, 'li')).to.equal(undefined);
  });
});
