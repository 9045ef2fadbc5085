import { expect, fixture, html } from '@open-wc/testing';
// The classes only: this module defines no element, as a page that registers its own tags does.
import { ChorusKudosWall, ChorusPoll, MemoryAdapter } from '../../src/index.js';
import { buttonNamed, deepQuery, deepQueryAll, waitFor } from '../support.js';

/*
 * A page may register Chorus's classes under its own tags. The elements they render (the
 * composer, the people picker) and the provider around them must still work.
 */
describe('classes registered under the page’s own tags', () => {
  it('a wall under <acme-wall> gets its composer and people picker, and reads from the <chorus-provider> around it', async () => {
    expect(customElements.get('chorus-provider')).to.equal(undefined);
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    let listed = 0;
    const listKudos = adapter.kudos.listKudos.bind(adapter.kudos);
    adapter.kudos.listKudos = (...args) => (listed++, listKudos(...args));
    const page = await fixture<HTMLElement>(html`<chorus-provider .adapter=${adapter}><acme-wall></acme-wall></chorus-provider>`);
    customElements.define('acme-wall', class extends ChorusKudosWall {});
    const wall = page.querySelector('acme-wall')!;
    await waitFor(() => deepQueryAll(wall, 'article.card').length > 0, 'kudos cards');
    expect(listed, "the provider's adapter listed the kudos").to.be.greaterThan(0);
    const composer = deepQuery(wall, 'chorus-kudos-composer')!;
    await waitFor(() => composer.shadowRoot && buttonNamed(composer, 'Send kudos'), 'the composer’s form');
    expect(deepQueryAll(composer, 'chorus-people-picker').every((p) => p.shadowRoot)).to.equal(true);
  });

  it('a poll under <acme-poll> gets its composer', async () => {
    const el = await fixture<HTMLElement>(html`<acme-poll .adapter=${new MemoryAdapter({ persist: false, latency: 0, userId: 'p-06' })}></acme-poll>`);
    customElements.define('acme-poll', class extends ChorusPoll {});
    const composer = await waitFor(() => deepQuery(el, 'chorus-poll-composer'), 'the poll composer');
    await waitFor(() => composer.shadowRoot?.querySelector('form'), 'the composer’s form');
  });
});
