import { expect } from '@open-wc/testing';
import type { SharedEvent, ShareEvent } from '../../../src/core/events.js';
import { buttonNamed, deepQuery, nextEvent, textOf, waitFor } from '../../support.js';
import { card, catchNavigation, fakePort, pickNetwork, shareButton, stubClipboard, stubOpen, stubShare } from './helpers.js';

/*
 * Each way to share, as a person clicks it: the exact URL the browser opens (the tracked link,
 * its own query and fragment kept, then the network's intent), what is copied, and one record.
 */

// The post's link, tracked for each network by the fake backend (REF, UTM tags; ?team=ops and #apply kept).
const tracked = (source: string, medium: string) => `https://careers.example.com/lyon?team=ops&utm_source=${source}&utm_medium=${medium}&ref=r7Kq2#apply`;
const enc = encodeURIComponent;

describe('<chorus-share-card> sharing', () => {
  it('X: opens the web intent with the X caption, its locked parts and the tracked link, in a new window without opener or referrer', async () => {
    const open = stubOpen();
    const port = fakePort();
    const el = await card(port);
    pickNetwork(el, 'X');
    await el.updateComplete;
    shareButton(el).click();
    await waitFor(() => port.records.length === 1, 'the share is recorded');
    expect(open.calls).to.deep.equal([
      [
        'https://x.com/intent/tweet?text=Join%20us%20in%20Lyon!%20%23employee%20%23ContosoCares' +
          '&url=https%3A%2F%2Fcareers.example.com%2Flyon%3Fteam%3Dops%26utm_source%3Dx%26utm_medium%3Dsocial%26ref%3Dr7Kq2%23apply',
        '_blank',
        'noopener,noreferrer',
      ],
    ]);
    expect(port.records.map((r) => r.network)).to.deep.equal(['x']);
  });

  it('LinkedIn: copies the caption first, says so, then opens share-offsite with the tracked link only', async () => {
    const open = stubOpen();
    const clipboard = stubClipboard(true);
    const port = fakePort();
    const el = await card(port);
    let noticeWhenOpened = '';
    const realOpen = window.open;
    window.open = ((...args: Parameters<typeof window.open>) => (
      (noticeWhenOpened = textOf(deepQuery(el, '.notice')!)),
      realOpen(...args)
    )) as typeof window.open;
    shareButton(el).click();
    await waitFor(() => port.records.length === 1, 'the share is recorded');
    expect(clipboard.written).to.deep.equal(['Join our team in Lyon! #employee #ContosoCares']);
    expect(noticeWhenOpened).to.include('Caption copied. Paste it into your LinkedIn post.');
    expect(open.calls).to.deep.equal([
      [`https://www.linkedin.com/sharing/share-offsite/?url=${enc(tracked('linkedin', 'social'))}`, '_blank', 'noopener,noreferrer'],
    ]);
  });

  it('Facebook: copies the caption first too, and opens the sharer with the link', async () => {
    const open = stubOpen();
    const clipboard = stubClipboard(true);
    const el = await card();
    pickNetwork(el, 'Facebook');
    await el.updateComplete;
    shareButton(el).click();
    await waitFor(() => open.calls.length === 1, 'the sharer opens');
    expect(clipboard.written).to.deep.equal(['Join our team in Lyon! #employee #ContosoCares']);
    expect(open.calls[0]![0]).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${enc(tracked('facebook', 'social'))}`);
  });

  it('Teams: opens Share to Teams with the link and the caption', async () => {
    const open = stubOpen();
    const el = await card();
    pickNetwork(el, 'Microsoft Teams');
    await el.updateComplete;
    shareButton(el).click();
    await waitFor(() => open.calls.length === 1, 'Teams opens');
    expect(open.calls[0]![0]).to.equal(
      `https://teams.microsoft.com/share?href=${enc(tracked('teams', 'chat'))}&msgText=Join%20our%20team%20in%20Lyon!%20%23employee%20%23ContosoCares`,
    );
  });

  it('e-mail: follows a mailto: link (no window.open) with the title as subject and the caption then the link as body', async () => {
    const open = stubOpen();
    const navigation = catchNavigation();
    const port = fakePort();
    const el = await card(port);
    pickNetwork(el, 'E-mail');
    await el.updateComplete;
    expect(shareButton(el).textContent!.trim()).to.equal('Send by e-mail');
    shareButton(el).click();
    await waitFor(() => port.records.length === 1, 'the share is recorded');
    expect(open.calls).to.deep.equal([]);
    expect(navigation.hrefs).to.deep.equal([
      `mailto:?subject=We%20are%20hiring%20in%20Lyon&body=Join%20our%20team%20in%20Lyon!%20%23employee%20%23ContosoCares%0D%0A%0D%0A${enc(tracked('email', 'email'))}`,
    ]);
  });

  it('the share sheet: offered only where navigator.share exists; shares title, caption and link; a closed sheet records nothing', async () => {
    const without = await card();
    expect(textOf(without)).not.to.include('Other apps');
    const sheet = stubShare();
    const port = fakePort();
    const el = await card(port);
    pickNetwork(el, 'Other apps');
    await el.updateComplete;
    shareButton(el).click();
    await waitFor(() => port.records.length === 1, 'the share is recorded');
    expect(sheet.calls).to.deep.equal([
      { title: 'We are hiring in Lyon', text: 'Join our team in Lyon! #employee #ContosoCares', url: tracked('share-sheet', 'share') },
    ]);

    stubShare(new DOMException('Share canceled', 'AbortError'));
    shareButton(el).click();
    await waitFor(() => !shareButton(el).matches('[aria-disabled="true"]'), 'the sheet closed');
    await el.updateComplete;
    expect(port.records).to.have.length(1);
    expect(deepQuery(el, '[role="alert"]')).to.equal(undefined);
  });

  it('copy link: puts the tracked link on the clipboard and says so', async () => {
    const clipboard = stubClipboard(true);
    const port = fakePort();
    const el = await card(port);
    pickNetwork(el, 'Copy link');
    await el.updateComplete;
    expect(deepQuery(el, 'textarea#caption')).to.equal(undefined);
    shareButton(el).click();
    await waitFor(() => port.records.length === 1, 'the share is recorded');
    expect(clipboard.written).to.deep.equal([tracked('copied-link', 'share')]);
    expect(textOf(el)).to.include('Link copied.');
  });

  it('clipboard refused: the caption is selected in a read-only field, and LinkedIn opens only on "Continue"', async () => {
    const open = stubOpen();
    stubClipboard(false);
    const port = fakePort();
    const el = await card(port);
    shareButton(el).click();
    const field = await waitFor(() => deepQuery<HTMLTextAreaElement>(el, '.manual-copy textarea'), 'the caption to copy by hand');
    await waitFor(() => field.selectionEnd > 0, 'the caption is selected');
    expect(field.readOnly).to.equal(true);
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).to.equal('Join our team in Lyon! #employee #ContosoCares');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect(textOf(el)).to.include('didn’t let us copy the caption');
    expect(open.calls).to.deep.equal([]);
    expect(port.records).to.deep.equal([]);
    buttonNamed(el, 'Continue to LinkedIn')!.click();
    await waitFor(() => port.records.length === 1, 'the share is recorded');
    expect(open.calls[0]![0]).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${enc(tracked('linkedin', 'social'))}`);
  });

  it('counts at once, records once with one key when retried after a failure, and fires its events', async () => {
    stubOpen();
    const port = fakePort();
    port.failRecords = 1;
    port.landed = true; // the first record reached the backend, only its answer was lost
    const el = await card(port);
    pickNetwork(el, 'X');
    await el.updateComplete;
    const before = nextEvent(el, 'chorus-post-share');
    shareButton(el).click();
    const share: ShareEvent = await before;
    expect([share.postId, share.network, share.cancelable]).to.deep.equal(['post-lyon', 'x', true]);
    const retry = await waitFor(() => buttonNamed(el, 'Try again'), 'the retry');
    expect(textOf(el)).to.include('Your share on X wasn’t counted.');
    expect(textOf(el)).to.include('3 colleagues shared this', 'rolled back');
    const after = nextEvent(el, 'chorus-post-shared');
    retry.click();
    const shared: SharedEvent = await after;
    expect(shared.post.shares.people).to.equal(4);
    expect(port.records).to.have.length(2);
    expect(port.records[1]!.key).to.equal(port.records[0]!.key);
    expect(port.post.shares.total).to.equal(5, 'stored once');
    await waitFor(() => textOf(el).includes('4 colleagues shared this'), 'the new count');
    expect(textOf(el)).to.include('You shared this');
    expect(el.matches(':state(shared)')).to.equal(true);
  });

  it('shows the new count before the backend answers', async () => {
    stubOpen();
    const port = fakePort();
    let release!: () => void;
    const original = port.recordShare;
    port.recordShare = async (...args) => (await new Promise<void>((r) => (release = r)), original(...args));
    const el = await card(port);
    pickNetwork(el, 'X');
    await el.updateComplete;
    shareButton(el).click();
    await waitFor(() => textOf(el).includes('4 colleagues shared this'), 'counted at once');
    release();
  });

  it('a page can veto a share: nothing opens and nothing is recorded', async () => {
    const open = stubOpen();
    const port = fakePort();
    const el = await card(port);
    el.addEventListener('chorus-post-share', (e) => e.preventDefault());
    pickNetwork(el, 'X');
    await el.updateComplete;
    shareButton(el).click();
    await waitFor(() => textOf(el).includes('Sharing was stopped by this page.'), 'the veto is said');
    expect(open.calls).to.deep.equal([]);
    expect(port.records).to.deep.equal([]);
  });
});
