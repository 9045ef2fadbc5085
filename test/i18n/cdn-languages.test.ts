import { expect, fixture, html } from '@open-wc/testing';
import '../../src/cdn.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { waitFor } from '../support.js';

/*
 * The CDN bundle (src/cdn.ts) carries English only: a widget in another language fetches that
 * language's module the first time it is shown, switches to it in place, and nothing else is fetched.
 */

const squash = (value: string) => value.replace(/\s+/g, ' ');
const text = (el: Element) => squash(el.shadowRoot?.textContent ?? '');
// The page's own modules fill the default buffer of 250 entries; what is fetched later must be seen.
performance.setResourceTimingBufferSize(100_000);
const fetched = (language: string) => performance.getEntriesByType('resource').some((r) => r.name.includes(`/src/i18n/${language}.`));
const poll = (lang: string) =>
  fixture<HTMLElementTagNameMap['chorus-poll']>(
    html`<chorus-poll lang=${lang} poll-id="poll-lunch" .adapter=${new MemoryAdapter({ persist: false, latency: 0 })}></chorus-poll>`,
  );

describe('languages of the CDN bundle', () => {
  it('an English page fetches no other language', async () => {
    const el = await poll('en');
    await waitFor(() => el.shadowRoot?.querySelector('fieldset'), 'the poll is shown');
    expect(text(el)).to.include('Vote');
    for (const language of ['fr', 'de', 'it', 'es']) expect(fetched(language), language).to.equal(false);
  });

  it('a German poll fetches German, shows it in place, and fetches no other language', async () => {
    const el = await poll('de-CH');
    await waitFor(() => el.shadowRoot?.querySelector('fieldset'), 'the poll is shown');
    await waitFor(() => fetched('de'), 'German is fetched');
    const { dePoll } = await import('../../src/i18n/de.poll.js');
    await waitFor(() => text(el).includes(squash(dePoll['poll.vote'])), `the poll says "${dePoll['poll.vote']}"`);
    for (const language of ['fr', 'it', 'es']) expect(fetched(language), language).to.equal(false);
  });
});
