import { expect } from '@open-wc/testing';
import { seedState } from '../../../src/adapters/memory/seed.js';
import { STATE_VERSION, type MemoryState } from '../../../src/adapters/memory/state.js';
import { ForbiddenError } from '../../../src/core/errors.js';
import { validatePostDraft } from '../../../src/core/share-card.rules.js';
import { SEEDED_POST_IDS } from '../../../src/seed/share.seed.js';
import { makeAdapter, uniqueKey } from './helpers.js';

/* The embedded adapter's share card: the seed's posts valid by the rules, the stored state migrated from version 3, shares synced between tabs. */

describe('memory adapter: the share card', () => {
  const stored = (key: string) => JSON.parse(localStorage.getItem(key)!) as MemoryState;

  it('seeds posts every author could have written: each passes the post rules unchanged', () => {
    const { posts } = seedState(Date.now()).share;
    expect(posts.map((p) => p.id).sort()).to.deep.equal([...SEEDED_POST_IDS].sort());
    for (const post of posts) {
      const { title, captions, image, link, locked, topic, publishAt, expireAt, captionEditable } = post;
      const valid = validatePostDraft({ title, captions, image, link: { url: link.url }, locked, topic, publishAt, expireAt, captionEditable });
      expect(valid.captions, post.id).to.deep.equal(captions);
    }
  });

  it('keeps kudos, polls and feedback of a version 3 state and adds the seeded posts', async () => {
    const storageKey = uniqueKey();
    const { share: _share, ...current } = seedState(Date.now());
    const v3 = { ...current, version: 3, rev: 4 };
    v3.kudos[0]!.message = 'Given before the share card existed.';
    localStorage.setItem(storageKey, JSON.stringify(v3));
    const adapter = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    expect((await adapter.kudos.listKudos({ limit: 1 })).items[0]!.message).to.equal('Given before the share card existed.');
    expect((await adapter.shareCard.listPosts({})).items.length).to.be.above(0);
    const saved = stored(storageKey);
    expect(saved.version).to.equal(STATE_VERSION);
    expect(saved.rev).to.equal(4);
    expect(saved.share.posts).to.have.length(SEEDED_POST_IDS.length);
  });

  it('remembers a share and the accepted guidelines across a reload, and shows another tab the new count', async () => {
    const storageKey = uniqueKey();
    const tab = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    const other = makeAdapter({ storageKey, persist: true, userId: 'p-03' });
    const [post] = (await tab.shareCard.listPosts({ limit: 1 })).items;
    await expectForbidden(tab.shareCard.recordShare(post!.id, 'x', { idempotencyKey: 'k1' }));
    await tab.shareCard.acceptGuidelines((await tab.shareCard.getGuidelines()).version);
    const shared = await tab.shareCard.recordShare(post!.id, 'x', { idempotencyKey: 'k1' });
    expect(shared.shares.total).to.equal(post!.shares.total + 1);
    const seen = await other.shareCard.getPost(post!.id);
    expect(seen.shares.total).to.equal(post!.shares.total + 1);
    expect(seen.sharedByMe).to.equal(false);
    const reloaded = makeAdapter({ storageKey, persist: true, userId: 'p-01' });
    expect((await reloaded.shareCard.getGuidelines()).acceptedByMe).to.equal(true);
    expect((await reloaded.shareCard.getPost(post!.id)).sharedByMe).to.equal(true);
  });
});

async function expectForbidden(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(ForbiddenError);
}
