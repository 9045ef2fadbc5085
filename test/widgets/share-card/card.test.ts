import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusShareCard } from '../../../src/widgets/share-card/share-card.element.js';
import { sendKeys } from '@web/test-runner-commands';
import { buttonNamed, deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';
import { GUIDELINES, NOW, adapterFor, card, fakePort, pickNetwork, samplePost, shareButton, stubClipboard, stubOpen, typeCaption } from './helpers.js';

/* The post as people see it, what keeps it from being shared, the guidelines, live counts, keyboard and axe. */

const liveRegion = (el: Element) => deepQuery(el, '[role="status"][aria-live="polite"]')?.textContent ?? '';
const day = 86_400_000;

describe('<chorus-share-card> post', () => {
  it('shows the image with its alt text, the title, the link preview and the counts', async () => {
    const el = await card(fakePort(samplePost({ sharedByMe: true })));
    const image = deepQuery<HTMLImageElement>(el, 'img.image')!;
    expect([image.getAttribute('src'), image.alt]).to.deep.equal(['https://cdn.example.com/lyon.jpg', 'The Lyon office at dusk']);
    expect(deepQuery(el, 'h2')!.textContent).to.equal('We are hiring in Lyon');
    const link = deepQuery<HTMLAnchorElement>(el, '.preview a')!;
    expect([link.getAttribute('href'), link.target, link.rel]).to.deep.equal([
      'https://careers.example.com/lyon?team=ops#apply',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(textOf(link)).to.equal('Careers in Lyon careers.example.com');
    expect(textOf(deepQuery(el, '.stats')!)).to.equal('3 colleagues shared this 12 clicks ✓ You shared this');
  });

  it('renders no image and no link for a javascript: or data: address, and refuses to share the post', async () => {
    const hostile = samplePost({
      image: { url: 'javascript:alert(1)', alt: 'x' },
      link: { url: 'javascript:alert(2)', preview: { title: 'Evil', site: 'evil.example', imageUrl: 'data:image/svg+xml,<svg onload=alert(3)>' } },
    });
    const el = await card(fakePort(hostile));
    expect(deepQueryAll(el, 'img')).to.deep.equal([]);
    expect(deepQueryAll(el, 'a')).to.deep.equal([]);
    expect(textOf(el)).to.include('Evil');
    expect(textOf(el)).to.include('This post’s link isn’t a web address, so it can’t be shared.');
    expect(deepQuery(el, 'button.share')).to.equal(undefined);
  });

  it('without an image: no image and no empty frame', async () => {
    const el = await card(fakePort(samplePost({ image: null, link: { url: 'https://careers.example.com/lyon', preview: null } })));
    expect(deepQueryAll(el, 'img')).to.deep.equal([]);
    expect(textOf(deepQuery(el, '.preview')!)).to.equal('careers.example.com careers.example.com');
  });

  it('a scheduled post says from when it can be shared; an expired one says it can no longer be', async () => {
    const scheduled = await card(fakePort(samplePost({ status: 'scheduled', publishAt: new Date(NOW + day).toISOString() })));
    expect(textOf(scheduled)).to.match(/Scheduled: it can be shared from Dec 2, 2026/);
    expect(deepQuery(scheduled, 'button.share')).to.equal(undefined);
    const expired = await card(fakePort(samplePost({ expireAt: new Date(NOW - day).toISOString() })));
    expect(textOf(expired)).to.match(/Expired on Nov 30, 2026.*: it can’t be shared any more\./);
    expect(deepQuery(expired, 'button.share')).to.equal(undefined);
  });

  it('says when the post does not exist', async () => {
    const port = fakePort();
    port.getPost = async () => {
      throw new (await import('../../../src/core/errors.js')).NotFoundError();
    };
    const el = await fixture<ChorusShareCard>(html`<chorus-share-card post-id="gone" .adapter=${adapterFor(port)}></chorus-share-card>`);
    await waitFor(() => textOf(el).includes('This post doesn’t exist or can’t be shared any more.'), textOf(el));
    expect(deepQuery(el, '[role="alert"]')).to.exist;
    expect(buttonNamed(el, 'Try again')).to.equal(undefined);
  });
});

describe('<chorus-share-card> guidelines', () => {
  it('opens the guidelines as plain text in a dialog', async () => {
    const el = await card(fakePort(samplePost(), { ...GUIDELINES, body: '<b>Be kind</b>\nNo secrets.' }));
    buttonNamed(el, 'Sharing guidelines')!.click();
    const dialog = await waitFor(() => deepQuery<HTMLDialogElement>(el, 'dialog[open]'), 'the dialog');
    expect(deepQuery(dialog, '.guidelines-body')!.textContent).to.equal('<b>Be kind</b>\nNo secrets.');
    expect(deepQuery(dialog, 'b')).to.equal(undefined);
    expect(buttonNamed(dialog, 'I accept')).to.equal(undefined, 'nothing to accept here');
    buttonNamed(dialog, 'Close')!.click();
    await waitFor(() => !dialog.open, 'closed');
  });

  it('sharing waits for the guidelines to be accepted, once', async () => {
    const open = stubOpen();
    stubClipboard(true);
    const port = fakePort(samplePost(), { ...GUIDELINES, mustAccept: true });
    const el = await card(port);
    shareButton(el).click();
    const dialog = await waitFor(() => deepQuery<HTMLDialogElement>(el, 'dialog[open]'), 'the guidelines open');
    expect(textOf(dialog)).to.include('Read and accept the sharing guidelines before you share.');
    expect(open.calls).to.deep.equal([]);
    buttonNamed(dialog, 'I accept')!.click();
    await waitFor(() => !dialog.open, 'closed on acceptance');
    expect(port.guidelines.acceptedByMe).to.equal(true);
    await waitFor(() => liveRegion(el).includes('you accepted the sharing guidelines'), 'said');
    shareButton(el).click();
    await waitFor(() => open.calls.length === 1, 'shared after acceptance');
  });
});

describe('<chorus-share-card> guidelines changed', () => {
  it('when the backend refuses a record for new guidelines, the next share asks to accept them', async () => {
    const open = stubOpen();
    const port = fakePort();
    const el = await card(port);
    pickNetwork(el, 'X');
    await el.updateComplete;
    port.guidelines = { ...GUIDELINES, version: 'v2', mustAccept: true };
    port.recordShare = async () => {
      throw new (await import('../../../src/core/errors.js')).ForbiddenError();
    };
    shareButton(el).click();
    await waitFor(() => textOf(el).includes('Your share on X wasn’t counted.'), 'the refusal');
    await waitFor(() => buttonNamed(el, 'Sharing guidelines'), 'guidelines');
    shareButton(el).click();
    const dialog = await waitFor(() => deepQuery<HTMLDialogElement>(el, 'dialog[open]'), 'the new guidelines open');
    expect(buttonNamed(dialog, 'I accept')).to.exist;
    expect(open.calls).to.have.length(1);
  });
});

describe('<chorus-share-card> live and keyboard', () => {
  it('refetches its post when a share is recorded elsewhere, and says so politely', async () => {
    const port = fakePort();
    const el = await card(port);
    port.post = { ...port.post, shares: { ...port.post.shares, people: 4, total: 5 } };
    port.emit!({ topic: 'share', type: 'changed', postId: 'other' } as never);
    await el.updateComplete;
    expect(textOf(el)).to.include('3 colleagues shared this');
    port.emit!({ topic: 'share', type: 'changed', postId: 'post-lyon' } as never);
    await waitFor(() => textOf(el).includes('4 colleagues shared this'), 'the new count');
    await waitFor(() => liveRegion(el) === 'Now shared by 4 colleagues', 'announced');
  });

  it('shares with the keyboard only: arrows pick the network, Tab reaches the caption and the button', async () => {
    const open = stubOpen();
    const el = await card();
    deepQuery<HTMLInputElement>(el, 'input[value="linkedin"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(deepQuery<HTMLInputElement>(el, 'input[value="x"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('caption');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Go' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.include('Use the original caption');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(shareButton(el));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => open.calls.length === 1, 'X opens');
    expect(new URL(open.calls[0]![0]).searchParams.get('text')).to.equal('Join us in Lyon! Go #employee #ContosoCares');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme: over the limit, then with the guidelines open`, async () => {
      const el = await card(fakePort(samplePost(), { ...GUIDELINES, mustAccept: true }), theme);
      pickNetwork(el, 'X');
      await el.updateComplete;
      typeCaption(el, 'x'.repeat(300));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Sharing guidelines')!.click();
      await waitFor(() => deepQuery(el, 'dialog[open]'), 'the dialog');
      await expect(el).to.be.accessible();
    });
  }
});
