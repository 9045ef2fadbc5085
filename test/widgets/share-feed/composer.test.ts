import { expect } from '@open-wc/testing';
import type { Post } from '../../../src/core/share-card.domain.js';
import { buttonNamed, textOf, waitFor } from '../../support.js';
import { feed, memory, openQueue, queued, returnedPost } from './helpers.js';

/*
 * "New post" and "Edit" open <chorus-post-composer> in place. It comes with its own branch, so
 * these run only once its source is there (asked of the test server, not imported: the feed
 * loads it itself). They use only what the feed relies on: its tag, `adapter`, `post`, and its
 * `chorus-post-saved` / `chorus-post-cancel` events.
 */
const present = await fetch(new URL('../../../src/widgets/post-composer/post-composer.ts', import.meta.url), { method: 'HEAD' }).then(
  (response) => response.ok,
  () => false,
);

type Composer = HTMLElement & { adapter?: unknown; post?: Post };

(present ? describe : describe.skip)('chorus-share-feed: the post composer in place', () => {
  it('opens for a new post; once saved, the queue shows it and focus is back on "New post"', async () => {
    const adapter = memory({ userId: 'p-33' });
    const el = await feed(adapter);
    await openQueue(el);
    buttonNamed(el, 'New post')!.click();
    const composer = await waitFor(() => el.shadowRoot!.querySelector<Composer>('chorus-post-composer'), 'the composer');
    expect(composer.post == null).to.equal(true);
    expect(composer.adapter).to.equal(adapter);
    const draft = await adapter.shareCard.createPost(
      {
        title: 'A fresh draft',
        captions: { default: 'Something to share.' },
        image: null,
        link: { url: 'https://brightwater.example/fresh' },
        locked: { disclosure: null, hashtags: [] },
        topic: null,
        publishAt: null,
        expireAt: null,
        captionEditable: true,
      },
      { idempotencyKey: 'composer-test' },
    );
    composer.dispatchEvent(Object.assign(new Event('chorus-post-saved', { bubbles: true, composed: true }), { post: draft }));
    await waitFor(() => queued(el, 'A fresh draft'), 'the queue reloaded');
    await waitFor(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('button.new-post'), 'focus on New post');
    await waitFor(() => textOf(el).includes('“A fresh draft” saved.'), 'announced');
  });

  it('edits a returned post in place, and gives focus back to it on cancel', async () => {
    const adapter = memory();
    const id = await returnedPost(adapter);
    const el = await feed(adapter);
    await openQueue(el);
    queued(el, 'Our new parental leave policy')!.querySelector<HTMLButtonElement>('button[data-action="edit"]')!.click();
    const composer = await waitFor(() => el.shadowRoot!.querySelector<Composer>('li.editing chorus-post-composer'), 'the composer in place');
    expect(composer.post?.id).to.equal(id);
    composer.dispatchEvent(new Event('chorus-post-cancel', { bubbles: true, composed: true }));
    await waitFor(() => el.shadowRoot!.activeElement?.id === `queued-${id}-title`, 'focus back on the post');
  });
});
