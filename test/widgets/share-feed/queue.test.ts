import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MapStorage } from '../../../src/adapters/memory/map-storage.js';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import type { ChorusErrorEvent, PostActionEvent } from '../../../src/core/events.js';
import { buttonNamed, nameOf, nextEvent, textOf, waitFor } from '../../support.js';
import { SUGGESTION, feed, memory, openQueue, queued, returnedPost, shownIds, tab, type } from './helpers.js';

/* The reviewers' queue: who sees it, and each publishing step as a reviewer takes it. */

const TRUST = 'Why people trust colleagues more than ads';
const SUMMIT = 'Registration opens for the Brightwater Customer Summit';
const button = (item: HTMLElement, action: string) => item.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
const inHours = (hours: number) => {
  const d = new Date(Date.now() + hours * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe('chorus-share-feed: the queue', () => {
  it('is hidden for an ordinary employee, and when the backend refuses it whatever the roles say', async () => {
    const el = await feed(memory({ userId: 'p-01' }));
    expect(tab(el, 'To review') == null).to.equal(true);
    // A user the page says is an author, whom the backend does not let see the queue.
    const base = memory({ userId: 'p-01' });
    const adapter: ChorusAdapter = { ...base, me: { getCurrentUser: async () => ({ ...(await base.me.getCurrentUser()), roles: ['post-author'] }) } };
    const refused = await feed(adapter as never);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tab(refused, 'To review') == null).to.equal(true);
    expect(shownIds(refused)).to.have.length(5);
  });

  it('shows an approver what waits, status in words, who suggested it, and the steps they may take', async () => {
    const el = await feed(memory({ userId: 'p-16' }));
    expect(nameOf(await waitFor(() => tab(el, 'To review'), 'the tab'))).to.equal('To review (2)');
    await openQueue(el);
    const trust = queued(el, TRUST)!;
    expect(textOf(trust)).to.include('Waiting for approval');
    expect(textOf(trust)).to.include('Suggested by');
    expect([...trust.querySelectorAll('.queue-actions button')].map(nameOf)).to.deep.equal(['Publish now', 'Schedule', 'Send back', 'Archive', 'Edit']);
    const summit = queued(el, SUMMIT)!;
    expect(textOf(summit)).to.match(/Scheduled for /);
    expect(textOf(summit)).to.include('By Arjun Mehta');
    expect(button(summit, 'approve') == null, 'a scheduled post is not approved again').to.equal(true);
    expect(buttonNamed(el, 'New post') == null, 'approvers who do not write posts have no New post').to.equal(true);
  });

  it('publishes the seeded suggestion: it leaves the queue and is first in the feed', async () => {
    const el = await feed(memory({ userId: 'p-16' }));
    await openQueue(el);
    const acted = nextEvent(el, 'chorus-post-action');
    button(queued(el, TRUST)!, 'approve').click();
    const event: PostActionEvent = await acted;
    expect(event.action).to.equal('approve');
    expect(event.post.status).to.equal('published');
    await waitFor(() => !queued(el, TRUST), 'gone from the queue');
    expect(nameOf(tab(el, 'To review')!)).to.equal('To review (1)');
    await waitFor(() => textOf(el).includes(`“${TRUST}” is published.`), 'announced');
    tab(el, 'Posts to share')!.click();
    await waitFor(() => shownIds(el)[0] === SUGGESTION, 'first in the feed');
  });

  it('sends back only with a comment, and shows it as sent back', async () => {
    const el = await feed(memory({ userId: 'p-16' }));
    await openQueue(el);
    button(queued(el, TRUST)!, 'return').click();
    const comment = await waitFor(() => queued(el, TRUST)!.querySelector<HTMLTextAreaElement>('textarea'), 'the comment field');
    await waitFor(() => el.shadowRoot!.activeElement === comment, 'focus in the comment');
    expect(nameOf(queued(el, TRUST)!.querySelector(`label[for="${comment.id}"]`)!)).to.equal('What should change?');
    let acted = false;
    el.addEventListener('chorus-post-action', () => (acted = true));
    queued(el, TRUST)!.querySelector('form')!.requestSubmit();
    const error = await waitFor(() => queued(el, TRUST)!.querySelector('.field-error'), 'the field error');
    await el.updateComplete;
    expect(error.textContent).to.include('This is required.');
    expect(comment.getAttribute('aria-invalid')).to.equal('true');
    expect(acted).to.equal(false);
    type(comment, 'Please add a title that says what the research found.');
    queued(el, TRUST)!.querySelector('form')!.requestSubmit();
    await waitFor(() => textOf(queued(el, TRUST)!).includes('Sent back'), 'sent back');
    expect(textOf(queued(el, TRUST)!)).to.include('Comment from the approver: Please add a title that says what the research found.');
    expect(acted).to.equal(true);
  });

  it('schedules in the future (kept out of the feed), then for now (into the feed)', async () => {
    const el = await feed(memory({ userId: 'p-16' }));
    await openQueue(el);
    button(queued(el, TRUST)!, 'schedule').click();
    const publishAt = await waitFor(() => queued(el, TRUST)!.querySelector<HTMLInputElement>('input[type="datetime-local"]'), 'the date');
    type(publishAt, inHours(48));
    queued(el, TRUST)!.querySelector('form')!.requestSubmit();
    await waitFor(() => /Scheduled for /.test(textOf(queued(el, TRUST)!)), 'scheduled');
    tab(el, 'Posts to share')!.click();
    await waitFor(() => shownIds(el).length === 5, 'the feed');
    expect(shownIds(el)).not.to.include(SUGGESTION);

    tab(el, 'To review')!.click();
    await waitFor(() => queued(el, TRUST), 'the queue');
    button(queued(el, TRUST)!, 'schedule').click();
    type(await waitFor(() => queued(el, TRUST)!.querySelector<HTMLInputElement>('input[type="datetime-local"]'), 'the date'), inHours(-1));
    queued(el, TRUST)!.querySelector('form')!.requestSubmit();
    await waitFor(() => !queued(el, TRUST), 'published, so out of the queue');
    tab(el, 'Posts to share')!.click();
    await waitFor(() => shownIds(el).includes(SUGGESTION), 'in the feed');
  });

  it('archives only after the confirmation', async () => {
    const el = await feed(memory({ userId: 'p-16' }));
    await openQueue(el);
    button(queued(el, SUMMIT)!, 'archive').click();
    await waitFor(() => textOf(queued(el, SUMMIT)!).includes('Archive this post? Nobody will be able to share it any more.'), 'the confirmation');
    buttonNamed(queued(el, SUMMIT)!, 'Cancel')!.click();
    await el.updateComplete;
    expect(textOf(queued(el, SUMMIT)!)).not.to.include('Archive this post?');
    await waitFor(() => el.shadowRoot!.activeElement === button(queued(el, SUMMIT)!, 'archive'), 'focus back on Archive');
    button(queued(el, SUMMIT)!, 'archive').click();
    const confirm = await waitFor(() => buttonNamed(queued(el, SUMMIT)!, 'Archive it'), 'the confirm button');
    const acted = nextEvent(el, 'chorus-post-action');
    confirm.click();
    expect((await acted).action).to.equal('archive');
    await waitFor(() => !queued(el, SUMMIT), 'archived');
    await waitFor(() => textOf(el).includes(`“${SUMMIT}” was archived.`), 'announced');
  });

  it('says clearly when someone acted first, and reloads the queue', async () => {
    // Two tabs on the same data; this one has not heard of the other's change yet (no live stream).
    const storage = new MapStorage();
    const here = memory({ userId: 'p-16', persist: true, storage, storageKey: 'conflict' });
    const there = memory({ userId: 'p-34', persist: true, storage, storageKey: 'conflict' });
    const el = await feed({ ...here, live: { subscribe: () => () => {} } } as never);
    await openQueue(el);
    await there.shareCard.actOnPost(SUGGESTION, { action: 'approve' });
    const failed = nextEvent(el, 'chorus-error');
    button(queued(el, TRUST)!, 'approve').click();
    const error: ChorusErrorEvent = await failed;
    expect(error.error.kind).to.equal('conflict');
    const alert = await waitFor(() => el.shadowRoot!.querySelector('.queue-panel .notice[role="alert"]'), 'the alert');
    expect(alert.textContent).to.include('Someone acted on this post first. The list has been reloaded');
    await waitFor(() => !queued(el, TRUST), 'the reloaded queue');
  });

  it('shows an author their returned post with the comment, and lets them submit it again', async () => {
    const adapter = memory();
    const id = await returnedPost(adapter);
    const el = await feed(adapter);
    await openQueue(el);
    const item = queued(el, 'Our new parental leave policy')!;
    expect(textOf(item)).to.include('Sent back');
    expect(textOf(item)).to.include('Comment from the approver: Add a shorter caption for X.');
    expect([...item.querySelectorAll('.queue-actions button')].map(nameOf)).to.deep.equal(['Submit for approval', 'Archive', 'Edit']);
    expect(buttonNamed(el, 'New post')).to.exist;
    button(item, 'submit').click();
    await waitFor(() => textOf(queued(el, 'Our new parental leave policy')!).includes('Waiting for approval'), 'submitted');
    expect((await adapter.shareCard.getPost(id)).status).to.equal('submitted');
  });

  it('is keyboard operable: arrows move between tabs, Tab reaches the steps, Enter takes one', async () => {
    const el = await feed(memory({ userId: 'p-16' }));
    const feedTab = await waitFor(() => tab(el, 'Posts to share'), 'the tabs');
    await waitFor(() => tab(el, 'To review'), 'the queue tab');
    feedTab.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => el.shadowRoot!.activeElement === tab(el, 'To review'), 'the queue tab focused');
    expect(tab(el, 'To review')!.getAttribute('aria-selected')).to.equal('true');
    await waitFor(() => queued(el, TRUST), 'the queue shown');
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => el.shadowRoot!.activeElement === tab(el, 'Posts to share'), 'back on the feed tab');
    await sendKeys({ press: 'End' });
    await waitFor(() => el.shadowRoot!.activeElement === tab(el, 'To review'), 'End: the last tab');
    const publish = () => button(queued(el, TRUST)!, 'approve');
    for (let i = 0; i < 20 && el.shadowRoot!.activeElement !== publish(); i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === publish(), 'Tab reached Publish now').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !queued(el, TRUST), 'published');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the queue with a step open, in the ${theme} theme`, async () => {
      const adapter = memory();
      await returnedPost(adapter);
      adapter.setCurrentUser('p-34');
      const el = await feed(adapter, { theme });
      await openQueue(el);
      button(queued(el, TRUST)!, 'schedule').click();
      await waitFor(() => queued(el, TRUST)!.querySelector('form'), 'the schedule form');
      await expect(el).to.be.accessible();
    });
  }
});
