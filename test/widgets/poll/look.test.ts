import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ChorusPoll } from '../../../src/widgets/poll/poll.element.js';
import { buttonNamed, deepQuery, deepQueryAll, waitFor } from '../../support.js';
import { NOW, quiet, rows } from './helpers.js';

async function voted(template: (adapter: ReturnType<typeof quiet>) => ReturnType<typeof html>): Promise<ChorusPoll> {
  const adapter = quiet();
  await adapter.polls.vote('poll-lunch', { optionIds: ['lunch-ramen'], writeIn: null, score: null }, { idempotencyKey: crypto.randomUUID() });
  const wrapper = await fixture<HTMLElement>(template(adapter));
  const el = wrapper.localName === 'chorus-poll' ? (wrapper as ChorusPoll) : wrapper.querySelector('chorus-poll')!;
  await waitFor(() => rows(el).length === 4, 'results shown');
  return el;
}

describe('<chorus-poll> look and feel', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('takes the page’s colours through --chorus-poll-bar and --chorus-accent', async () => {
    const el = await voted(
      (a) => html`<chorus-poll poll-id="poll-lunch" theme="light" .now=${() => NOW} .adapter=${a}
      style="--chorus-poll-bar: rgb(138, 43, 226); --chorus-accent: rgb(0, 120, 0)"></chorus-poll>`,
    );
    expect(getComputedStyle(deepQuery(el, '.row.leading .fill')!).backgroundColor).to.equal('rgb(138, 43, 226)');
    buttonNamed(el, 'Change vote')!.click();
    await waitFor(() => buttonNamed(el, 'Update vote'));
    expect(getComputedStyle(buttonNamed(el, 'Update vote')!).backgroundColor).to.equal('rgb(0, 120, 0)');
  });

  it('turns dark with theme="dark" and the user’s preference, keeping the bars visible', async () => {
    const el = await voted((a) => html`<chorus-poll poll-id="poll-lunch" theme="dark" .now=${() => NOW} .adapter=${a}></chorus-poll>`);
    expect(getComputedStyle(deepQuery(el, '.card')!).backgroundColor).to.equal('rgb(31, 31, 31)');
    expect(getComputedStyle(deepQuery(el, '.row.leading .fill')!).backgroundColor).to.equal('rgb(71, 158, 245)');
    el.removeAttribute('theme');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(deepQuery(el, '.card')!).backgroundColor).to.equal('rgb(31, 31, 31)');
  });

  it('animates the bars, except for people who prefer reduced motion', async () => {
    const el = await voted((a) => html`<chorus-poll poll-id="poll-lunch" .now=${() => NOW} .adapter=${a}></chorus-poll>`);
    expect(getComputedStyle(deepQuery(el, '.fill')!).transitionDuration).to.equal('0.4s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(deepQuery(el, '.fill')!).transitionDuration).to.equal('0s');
  });

  for (const [width, rowsSeen] of [
    [340, 1],
    [320, 1],
    [280, 2],
  ] as const) {
    it(`fits ${width} px without scrolling sideways, the 0–10 scale on ${rowsSeen === 1 ? 'one row' : 'two rows'}, each point at least 24 px wide`, async () => {
      const adapter = quiet();
      const wrapper = await fixture<HTMLElement>(
        html`<div style=${`width: ${width}px`}><chorus-poll poll-id="poll-enps" .now=${() => NOW} .adapter=${adapter}></chorus-poll></div>`,
      );
      const el = wrapper.querySelector('chorus-poll')!;
      await waitFor(() => deepQueryAll(el, '.score').length === 11);
      const card = deepQuery(el, '.card')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      const tops = new Set(deepQueryAll(el, '.score').map((s) => Math.round(s.getBoundingClientRect().top)));
      expect(tops.size).to.equal(rowsSeen);
      for (const score of deepQueryAll(el, '.score > span')) expect(score.getBoundingClientRect().width).to.be.at.least(24);
    });
  }

  it('follows the page’s direction: bars grow from the right in RTL', async () => {
    const el = await voted((a) => html`<div dir="rtl" lang="ar"><chorus-poll poll-id="poll-lunch" .now=${() => NOW} .adapter=${a}></chorus-poll></div>`);
    const bar = deepQuery(el, '.row.leading .bar')!.getBoundingClientRect();
    const fill = deepQuery(el, '.row.leading .fill')!.getBoundingClientRect();
    expect(Math.round(fill.right)).to.equal(Math.round(bar.right));
    expect(fill.width).to.be.below(bar.width);
    expect(deepQuery(el, 'section')!.getAttribute('dir')).to.equal('rtl');
  });
});
