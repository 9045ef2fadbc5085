import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { DEFAULT_LEADERBOARD } from '../../../src/core/leaderboard.js';
import type { ChorusLeaderboard } from '../../../src/widgets/leaderboard/leaderboard.element.js';
import '../../../src/widgets/leaderboard/leaderboard.js';
import { deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

/* Scaffolded by `npm run create leaderboard`: the states every widget has (base-tests.ts), then its own behaviour. */

runWidgetBaseTests({ tag: 'chorus-leaderboard', port: 'leaderboard', loads: 'getLeaderboard', ready: (el) => !!deepQuery(el, '.title') });

describe('<chorus-leaderboard>', () => {
  it('shows the title and items its port answers', async () => {
    const el = await fixture<ChorusLeaderboard>(html`<chorus-leaderboard .adapter=${new MemoryAdapter({ persist: false, latency: 0 })}></chorus-leaderboard>`);
    await waitFor(() => deepQuery(el, 'li'), `items shown: ${textOf(el)}`);
    expect(deepQuery(el, 'h2')!.textContent).to.equal(DEFAULT_LEADERBOARD.title);
    expect(deepQueryAll(el, 'li').map((li) => li.textContent)).to.deep.equal(DEFAULT_LEADERBOARD.items);
  });

  it('says when there is nothing yet', async () => {
    const adapter = { leaderboard: { getLeaderboard: async () => ({ title: 'Empty', items: [] }) } };
    const el = await fixture<ChorusLeaderboard>(html`<chorus-leaderboard .adapter=${adapter}></chorus-leaderboard>`);
    await waitFor(() => textOf(el).includes('Nothing here yet.'), textOf(el));
    expect(deepQuery(el, 'li')).to.equal(undefined);
  });
});
