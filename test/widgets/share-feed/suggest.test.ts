import { expect } from '@open-wc/testing';
import type { PostSuggestedEvent } from '../../../src/core/events.js';
import { buttonNamed, deepQuery, fieldLabelled, nextEvent, textOf, waitFor } from '../../support.js';
import { feed, memory, type } from './helpers.js';

/* Any employee suggests a link for the comms team; it waits for approval. */

async function openForm(el: HTMLElement): Promise<{ url: HTMLInputElement; note: HTMLTextAreaElement; form: HTMLFormElement }> {
  buttonNamed(el, 'Suggest a link')!.click();
  const url = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Link'), 'the link field');
  return { url, note: fieldLabelled<HTMLTextAreaElement>(el, 'Why share it?')!, form: deepQuery<HTMLFormElement>(el, 'form.suggest-form')! };
}

describe('chorus-share-feed: suggesting a link', () => {
  it('sends the link and note, says it went to the comms team, and the approvers find it in their queue', async () => {
    const adapter = memory({ userId: 'p-01' });
    const el = await feed(adapter);
    const { url, note, form } = await openForm(el);
    type(url, 'https://news.example.com/why-advocacy-works');
    type(note, 'A short read with good numbers.');
    const suggested = nextEvent(el, 'chorus-post-suggested');
    form.requestSubmit();
    const event: PostSuggestedEvent = await suggested;
    expect(event.post.suggested).to.equal(true);
    expect(event.post.status).to.equal('submitted');
    expect(event.post.link.url).to.equal('https://news.example.com/why-advocacy-works');
    await waitFor(() => textOf(el).includes('Sent to the comms team for approval.'), 'the confirmation');
    expect(deepQuery(el, '.notice[role="status"]')?.textContent).to.include('Sent to the comms team for approval.');
    expect(deepQuery(el, 'form.suggest-form') == null, 'the form closed').to.equal(true);
    await waitFor(() => el.shadowRoot!.activeElement === deepQuery(el, '.suggest-toggle'), 'focus back on the toggle');

    adapter.setCurrentUser('p-16');
    const queue = await adapter.shareCard.listPosts({ filter: { queue: true } });
    expect(queue.items.find((p) => p.id === event.post.id)?.author.id).to.equal('p-01');
    // Not in the feed until approved.
    expect(textOf(el)).not.to.include('news.example.com');
  });

  it('shows a bad link’s error under the field and keeps everything typed', async () => {
    const el = await feed();
    const { url, note, form } = await openForm(el);
    type(url, 'javascript:alert(1)');
    type(note, 'My note, kept.');
    let suggested = false;
    el.addEventListener('chorus-post-suggested', () => (suggested = true));
    form.requestSubmit();
    const error = await waitFor(() => deepQuery(el, '#suggest-url-error'), 'the field error');
    await el.updateComplete;
    expect(error.textContent).to.include('Use a web address starting with http:// or https://.');
    expect(error.classList.contains('field-error')).to.equal(true);
    const field = fieldLabelled(el, 'Link')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.include('suggest-url-error');
    expect(field.value).to.equal('javascript:alert(1)');
    expect(fieldLabelled<HTMLTextAreaElement>(el, 'Why share it?')!.value).to.equal('My note, kept.');
    expect(suggested).to.equal(false);
    await expect(el).to.be.accessible();
    expect(textOf(el)).not.to.include('Sent to the comms team');
    // Fixing the link clears its error and sends.
    type(field, 'https://news.example.com/fixed');
    await el.updateComplete;
    expect(!!deepQuery(el, '#suggest-url-error')).to.equal(false);
  });

  it('keeps what was typed when the backend cannot be reached, and says so', async () => {
    const adapter = memory();
    const el = await feed(adapter);
    const { url, form } = await openForm(el);
    type(url, 'https://news.example.com/offline');
    adapter.failureRate = 1;
    form.requestSubmit();
    await waitFor(() => deepQuery(el, '.form-error[role="alert"]'), 'the error');
    expect(textOf(el)).to.include('Your suggestion wasn’t sent.');
    expect(fieldLabelled(el, 'Link')!.value).to.equal('https://news.example.com/offline');
  });
});
