import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nameOf, textOf, waitFor } from '../../support.js';
import { FEED_ORDER, feed, memory, shownIds } from './helpers.js';

/* The feed as an employee sees it: order, paging, the topic filter, "Shared by you", a share card opened in place, live updates. */

describe('chorus-share-feed: the feed', () => {
  it('shows the published posts newest first, and neither the scheduled, the expired nor the suggested one', async () => {
    const el = await feed();
    expect(shownIds(el)).to.deep.equal(FEED_ORDER);
    const text = textOf(el);
    expect(text).not.to.include('Customer Summit');
    expect(text).not.to.include('open house');
    expect(text).not.to.include('trust colleagues more than ads');
    expect(deepQuery(el, '[role="tab"]') == null, 'no queue for an ordinary employee').to.equal(true);
  });

  it('pages with "Show more", keeping the order and moving focus to the first new post', async () => {
    const el = await feed(memory(), { pageSize: 2 });
    expect(shownIds(el)).to.deep.equal(FEED_ORDER.slice(0, 2));
    buttonNamed(el, 'Show more')!.click();
    await waitFor(() => shownIds(el).length === 4, 'a second page');
    expect(shownIds(el)).to.deep.equal(FEED_ORDER.slice(0, 4));
    await waitFor(() => el.shadowRoot!.activeElement?.id === `post-${FEED_ORDER[2]}-title`, 'focus on the first new post');
    buttonNamed(el, 'Show more')!.click();
    await waitFor(() => shownIds(el).length === 5, 'the last page');
    expect(shownIds(el)).to.deep.equal(FEED_ORDER);
    expect(buttonNamed(el, 'Show more') == null, 'no more pages').to.equal(true);
  });

  it('filters by topic from the topics loaded so far, and back to all topics', async () => {
    const el = await feed();
    const select = fieldLabelled<HTMLSelectElement>(el, 'Topic')!;
    expect([...select.options].map((o) => o.text)).to.deep.equal(['All topics', 'Advocacy', 'Community', 'Culture', 'Internal comms']);
    select.value = 'Culture';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => shownIds(el).length === 2, 'the Culture posts only');
    expect(shownIds(el)).to.deep.equal(['post-culture', 'post-peer-motivation']);
    expect(el.topic).to.equal('Culture');
    // The other topics stay offered while filtered.
    expect([...select.options].map((o) => o.text)).to.include('Community');
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => shownIds(el).length === 5, 'every post again');
  });

  it('marks the posts the person shared, and only those', async () => {
    const adapter = memory({ userId: 'p-01' });
    const guidelines = await adapter.shareCard.getGuidelines();
    await adapter.shareCard.acceptGuidelines(guidelines.version);
    await adapter.shareCard.recordShare('post-community', 'linkedin', { idempotencyKey: 'k-1' });
    const el = await feed(adapter);
    const marked = deepQueryAll(el, 'li.item').filter((li) => textOf(li).includes('Shared by you'));
    expect(marked.map((li) => nameOf(li.querySelector('.item-title')!))).to.deep.equal(['Sharing builds community at work']);
  });

  it('opens one post’s share card in place, one at a time, and gives focus back to its button when closed', async () => {
    const el = await feed();
    const [first, second] = deepQueryAll<HTMLButtonElement>(el, 'button.share-toggle');
    expect(nameOf(first!)).to.equal('Share “How our culture turns colleagues into advocates”');
    first!.click();
    await waitFor(() => el.shadowRoot!.querySelector('chorus-share-card[post-id="post-culture"]'), 'the card opened');
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    second!.click();
    await waitFor(() => el.shadowRoot!.querySelector('chorus-share-card[post-id="post-peer-motivation"]'), 'the second card opened');
    expect(el.shadowRoot!.querySelectorAll('chorus-share-card')).to.have.length(1);
    const close = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.share-close')][0]!;
    close.focus();
    close.click();
    await waitFor(() => !el.shadowRoot!.querySelector('chorus-share-card'), 'closed');
    const button = el.shadowRoot!.querySelector('button.share-toggle[data-post="post-peer-motivation"]');
    expect(el.shadowRoot!.activeElement === button, 'focus back on its Share button').to.equal(true);
  });

  it('closes the open card with Escape, focus back on its button', async () => {
    const el = await feed();
    const first = deepQuery<HTMLButtonElement>(el, 'button.share-toggle')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    const card = await waitFor(() => el.shadowRoot!.querySelector('chorus-share-card'), 'the card opened');
    await waitFor(() => card.shadowRoot?.querySelector('button.share'), 'the card loaded');
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.share')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !el.shadowRoot!.querySelector('chorus-share-card'), 'closed');
    expect(el.shadowRoot!.activeElement === first, 'focus back on its Share button').to.equal(true);
  });

  it('follows live changes: a share made elsewhere updates its counts; a post published elsewhere appears', async () => {
    const adapter = memory({ userId: 'p-01' });
    const el = await feed(adapter);
    const item = () => deepQueryAll(el, 'li.item').find((li) => textOf(li).includes('Sharing builds community at work'))!;
    expect(textOf(item())).to.include('Shared by 5 colleagues');
    // Another person, on the same data (another tab).
    adapter.setCurrentUser('p-03');
    await adapter.shareCard.acceptGuidelines((await adapter.shareCard.getGuidelines()).version);
    await adapter.shareCard.recordShare('post-community', 'x', { idempotencyKey: 'k-2' });
    adapter.setCurrentUser('p-16');
    await adapter.shareCard.actOnPost('post-suggested-trust', { action: 'approve' });
    adapter.setCurrentUser('p-01');
    await waitFor(() => textOf(item()).includes('Shared by 6 colleagues'), 'the new count');
    await waitFor(() => shownIds(el)[0] === 'post-suggested-trust', 'the approved post on top');
    // Rescheduled elsewhere for next week: it leaves the feed.
    adapter.setCurrentUser('p-16');
    await adapter.shareCard.actOnPost('post-suggested-trust', { action: 'schedule', publishAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    adapter.setCurrentUser('p-01');
    await waitFor(() => !shownIds(el).includes('post-suggested-trust'), 'out of the feed');
  });
});
