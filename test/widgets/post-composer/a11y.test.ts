import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChorusPostComposer } from '../../../src/widgets/post-composer/post-composer.element.js';
import { buttonNamed, deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { APPROVER, AUTHOR, composer, counter, fillBasics, memory, paste, queueAs } from './helpers.js';

const active = (el: ChorusPostComposer) => el.shadowRoot!.activeElement as HTMLElement | null;
const liveRegion = (el: Element) => deepQuery(el, '[role="status"][aria-live="polite"]')!;

/** Presses Tab until `done` holds (at most `max` times). */
async function tabUntil(el: ChorusPostComposer, done: (focused: HTMLElement | null) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (done(active(el))) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`not reached with Tab; focus on ${active(el)?.outerHTML.slice(0, 80)}`);
}

describe('<chorus-post-composer> accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with field errors, a network’s own caption and the over-the-limit warning, in the ${theme} theme`, async () => {
      const el = await composer(memory(), undefined, theme);
      await expect(el).to.be.accessible();
      await fillBasics(el);
      paste(el, 'Link to share', 'javascript:alert(1)');
      paste(el, 'Image address', 'https://cdn.example.com/a.jpg');
      buttonNamed(el, 'Add a caption for X')!.click();
      await el.updateComplete;
      paste(el, 'Caption for X', 'a'.repeat(300));
      buttonNamed(el, 'Save draft')!.click();
      await waitFor(() => deepQueryAll(el, '.field-error').length === 3, 'three field errors');
      await waitFor(() => deepQuery(el, '.warning'), 'the warning');
      await expect(el).to.be.accessible();
    });
  }

  it('has no axe violations editing a returned post', async () => {
    const adapter = memory();
    const created = await adapter.shareCard.createPost(
      {
        title: 'A returned post',
        captions: { default: 'Text' },
        image: null,
        link: { url: 'https://www.example.com/' },
        locked: { disclosure: null, hashtags: [] },
        topic: null,
        publishAt: null,
        expireAt: null,
        captionEditable: true,
      },
      { idempotencyKey: 'k-a11y' },
    );
    await adapter.shareCard.actOnPost(created.id, { action: 'submit' });
    adapter.setCurrentUser(APPROVER);
    await adapter.shareCard.actOnPost(created.id, { action: 'return', comment: 'Shorter, please.' });
    adapter.setCurrentUser(AUTHOR);
    const el = await composer(adapter, await adapter.shareCard.getPost(created.id), 'dark');
    await expect(el).to.be.accessible();
  });

  it('labels every field and links each error to its field', async () => {
    const el = await composer(memory());
    for (const control of deepQueryAll<HTMLInputElement>(el, 'input:not([type="radio"]), textarea')) {
      const label = control.labels?.[0];
      expect(label?.textContent?.trim(), `a label for #${control.id}`).to.not.equal(undefined);
    }
    buttonNamed(el, 'Save draft')!.click();
    await waitFor(() => deepQuery(el, '.field-error'));
    for (const error of deepQueryAll(el, '.field-error')) {
      const control = deepQuery(el, `[aria-describedby~="${error.id}"]`);
      expect(control?.getAttribute('aria-invalid'), `the field of ${error.id}`).to.equal('true');
    }
    expect(deepQueryAll(el, '[style]')).to.have.length(0);
  });

  it('can be written, previewed and saved with the keyboard only', async () => {
    const adapter = memory();
    const el = await composer(adapter);
    await sendKeys({ press: 'Tab' });
    await tabUntil(el, (f) => f?.id === 'title');
    await sendKeys({ type: 'Keyboard only' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'https://www.example.com/keys' });
    await tabUntil(el, (f) => f?.id === 'caption');
    await sendKeys({ type: 'Written without a mouse' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent?.trim()).to.equal('Add a caption for X');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => active(el)?.id === 'caption-x', 'the X caption focused');
    await sendKeys({ type: 'Short' });
    // The preview's networks are one radio group: one Tab stop, arrow keys between them.
    await tabUntil(el, (f) => f?.getAttribute('name') === 'preview');
    expect((active(el) as HTMLInputElement).value).to.equal('x');
    expect(counter(el)).to.equal('39 / 280'); // "Short #employee" (15), a space and the link (24)
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => (active(el) as HTMLInputElement).value === 'facebook', 'Facebook');
    expect(counter(el)).to.equal('33 / 63,206');
    await tabUntil(el, (f) => f?.textContent?.trim() === 'Save draft');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textOf(el).includes('Draft saved.'), 'saved');
    expect((await queueAs(adapter, AUTHOR)).map((p) => p.title)).to.deep.equal(['Keyboard only']);
  });

  it('announces the limit politely, once when crossed and once when back within it', async () => {
    const el = await composer(memory());
    await fillBasics(el);
    buttonNamed(el, 'Add a caption for X')!.click();
    await el.updateComplete;
    paste(el, 'Caption for X', 'a'.repeat(200));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(textOf(liveRegion(el))).to.equal('');
    paste(el, 'Caption for X', 'a'.repeat(250));
    await waitFor(() => textOf(liveRegion(el)).includes('over X’s limit'), 'announced');
    expect(textOf(liveRegion(el))).to.equal('4 characters over X’s limit. Shorten the caption it uses.');
    // The visible warning does not interrupt as an alert as well.
    expect(deepQuery(el, '.warning')!.getAttribute('role')).to.equal(null);
    paste(el, 'Caption for X', 'a'.repeat(260));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(textOf(liveRegion(el))).to.equal('4 characters over X’s limit. Shorten the caption it uses.');
    paste(el, 'Caption for X', 'a'.repeat(20));
    await waitFor(() => textOf(liveRegion(el)).includes('fits'), 'announced again');
    expect(textOf(liveRegion(el))).to.equal('The caption fits X’s limit again.');
  });

  it('follows the page’s language and direction', async () => {
    await import('../../../src/i18n/fr.post-composer.js');
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr" dir="rtl"><chorus-post-composer .adapter=${memory()}></chorus-post-composer></div>`);
    const el = wrapper.querySelector('chorus-post-composer')!;
    await waitFor(() => deepQuery(el, 'form'));
    expect(deepQuery(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(buttonNamed(el, 'Soumettre pour approbation')).to.exist;
    expect(counter(el)).to.equal('9 / 3 000'); // a narrow no-break space, folded by textOf
  });
});
