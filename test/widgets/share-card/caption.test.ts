import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusShareCard } from '../../../src/widgets/share-card/share-card.element.js';
import { buttonNamed, deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { NOW, adapterFor, captionField, card, fakePort, pickNetwork, samplePost, shareButton, stubOpen, typeCaption } from './helpers.js';

/*
 * The caption: edited per network, counted as each network counts, its locked parts kept. On X
 * the intent adds the link after the text (23) and the locked parts are appended (" #employee
 * #ContosoCares", 24): 48 of the 280 go to them.
 */

const counter = (el: Element) => textOf(deepQuery(el, '#counter')!);
// 31 weighted: "See " 4, a URL 23 whatever its length, " " 1, an emoji 2, " " 1.
const withUrlAndEmoji = (letters: number) => `See https://example.com/some/really/long/path/that/still/counts/as/twenty-three 🎉 ${'a'.repeat(letters)}`;

describe('<chorus-share-card> caption', () => {
  it('X at its limit (a URL and an emoji in the caption): 280 / 280 and sharing allowed', async () => {
    const open = stubOpen();
    const el = await card();
    pickNetwork(el, 'X');
    await el.updateComplete;
    typeCaption(el, withUrlAndEmoji(201));
    await el.updateComplete;
    expect(counter(el)).to.equal('280 / 280');
    expect(deepQuery(el, '.warning')).to.equal(undefined);
    expect(shareButton(el).getAttribute('aria-disabled')).to.equal('false');
    shareButton(el).click();
    await waitFor(() => open.calls.length === 1, 'X opens');
  });

  it('X over its limit by one: a warning, and sharing there blocked with the reason', async () => {
    const open = stubOpen();
    const port = fakePort();
    const el = await card(port);
    pickNetwork(el, 'X');
    await el.updateComplete;
    typeCaption(el, withUrlAndEmoji(202));
    await el.updateComplete;
    expect(counter(el)).to.include('281 / 280');
    expect(textOf(deepQuery(el, '.warning')!)).to.include('1 character over X’s limit. Shorten the caption to share it there.');
    expect(captionField(el).getAttribute('aria-invalid')).to.equal('true');
    const button = shareButton(el);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.getAttribute('aria-describedby')).to.equal('counter');
    button.click();
    await el.updateComplete;
    expect(open.calls).to.deep.equal([]);
    expect(port.records).to.deep.equal([]);
  });

  it('LinkedIn counts characters as people see them, up to 3,000', async () => {
    const el = await card();
    typeCaption(el, `${'é'.repeat(2970)} 👩🏽‍💻`);
    await el.updateComplete;
    // 2,970 + space + one grapheme + " #employee #ContosoCares" (24).
    expect(counter(el)).to.equal('2,996 / 3,000');
    typeCaption(el, 'é'.repeat(2980));
    await el.updateComplete;
    expect(counter(el)).to.include('3,004 / 3,000');
    expect(textOf(el)).to.include('4 characters over LinkedIn’s limit');
  });

  it('locked parts cannot be removed: shown as fixed chips, and put back in what is shared', async () => {
    const open = stubOpen();
    const el = await card();
    expect(deepQueryAll(el, '.chip').map((chip) => textOf(chip))).to.deep.equal(['#employee', '#ContosoCares']);
    // A lock drawn as an icon, the same whatever fonts the page has.
    expect(deepQueryAll(el, '.chip svg[aria-hidden="true"]')).to.have.length(2);
    pickNetwork(el, 'Microsoft Teams');
    await el.updateComplete;
    typeCaption(el, 'Hello Lyon');
    await el.updateComplete;
    expect(deepQueryAll(el, '.chip')).to.have.length(2);
    shareButton(el).click();
    await waitFor(() => open.calls.length === 1, 'Teams opens');
    expect(new URL(open.calls[0]![0]).searchParams.get('msgText')).to.equal('Hello Lyon #employee #ContosoCares');
  });

  it('a post that does not allow edits shows its caption as text, locked parts marked', async () => {
    const el = await card(fakePort(samplePost({ captionEditable: false })));
    expect(deepQuery(el, 'textarea#caption')).to.equal(undefined);
    expect(textOf(deepQuery(el, '.caption-text')!)).to.equal('Join our team in Lyon! #employee #ContosoCares');
    expect(deepQueryAll(el, '.locked-part').map((p) => p.textContent)).to.deep.equal(['#employee', '#ContosoCares']);
  });

  it('keeps the edit as a draft through a reload, per variant; "Use the original caption" drops it', async () => {
    const port = fakePort();
    const first = await card(port);
    typeCaption(first, 'My own words');
    await first.updateComplete;
    first.remove();
    const el = await fixture<ChorusShareCard>(html`<chorus-share-card post-id="post-lyon" .now=${() => NOW} .adapter=${adapterFor(port)}></chorus-share-card>`);
    await waitFor(() => captionField(el)?.value === 'My own words', 'the draft is back');
    pickNetwork(el, 'Facebook'); // no variant of its own: the same (default) edit
    await el.updateComplete;
    expect(captionField(el).value).to.equal('My own words');
    pickNetwork(el, 'X'); // its own variant, untouched
    await el.updateComplete;
    expect(captionField(el).value).to.equal('Join us in Lyon!');
    pickNetwork(el, 'LinkedIn');
    await el.updateComplete;
    buttonNamed(el, 'Use the original caption')!.click();
    await el.updateComplete;
    expect(captionField(el).value).to.equal('Join our team in Lyon!');
  });
});
