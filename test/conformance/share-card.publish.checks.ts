import assert from 'node:assert/strict';
import type { ShareCardPort } from '../../src/adapter/share-card.port.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/core/errors.js';
import type { ShareLiveEvent } from '../../src/core/live.js';
import type { Post, PostDraft } from '../../src/core/share-card.js';
import { fieldError, rejectsWith, sleep } from './assertions.js';
import { T, type Suite } from './harness.js';
import type { UserKey } from './target.js';

/*
 * The share card's publishing checks (share-card.suite.ts declares them after the sharing ones):
 * postAuthor writes, edits and submits; postApprover returns (with a comment), approves,
 * schedules and archives; a (an employee) may only suggest; pollAuthor, both author and approver
 * in the seed, may not approve their own post. Every post is titled with the run's id, so the
 * checks hold on a backend others write to.
 */

/** When a post reached the feed: the list's order, newest first. */
const feedTime = (post: Post) => post.publishAt ?? post.createdAt;
const DAY = 86_400_000;

export function sharePublishingChecks(suite: Suite): void {
  const { check, key, u, run } = suite;
  const share = (k: UserKey): ShareCardPort => u(k).adapter.shareCard!;
  let n = 0;
  const draft = (overrides: Partial<PostDraft> = {}): PostDraft => ({
    title: `Conformance ${run} #${++n}`,
    captions: { default: 'Forty of us planted trees by the river on Saturday.', x: 'Forty of us planted trees by the river.' },
    image: { url: 'https://brightwater.example/img/volunteering.jpg', alt: 'Colleagues planting saplings on a riverbank' },
    link: { url: `https://brightwater.example/blog/volunteering?run=${run}#photos` },
    locked: { disclosure: '#employee', hashtags: [] },
    topic: 'Community',
    publishAt: null,
    expireAt: null,
    captionEditable: true,
    ...overrides,
  });
  /** Every post of `k`'s queue (or feed), all pages. */
  const all = async (k: UserKey, queue: boolean): Promise<Post[]> => {
    const posts: Post[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await share(k).listPosts({ ...(queue ? { filter: { queue } } : {}), limit: 50, ...(cursor ? { cursor } : {}) });
      posts.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return posts;
  };
  /** A post by postAuthor, submitted and waiting for an approver. */
  const submitted = async (overrides: Partial<PostDraft> = {}): Promise<Post> => {
    const made = await share('postAuthor').createPost(draft(overrides), { idempotencyKey: key() });
    return share('postAuthor').actOnPost(made.id, { action: 'submit' });
  };
  const publishing: { users: UserKey[] } = { users: ['postAuthor', 'postApprover'] };

  check(
    'share-card.publish.flow',
    'a draft is written, edited, submitted, returned with a comment, resubmitted and approved into the feed',
    publishing,
    async () => {
      const written = await share('postAuthor').createPost(draft(), { idempotencyKey: key() });
      assert.equal(written.status, 'draft');
      assert.equal(written.suggested, false);
      assert.equal(written.author.id, u('postAuthor').me.id);
      assert.equal(written.captions.default, 'Forty of us planted trees by the river on Saturday. #employee', 'the locked disclosure is kept');
      await rejectsWith(share('postApprover').getPost(written.id), NotFoundError, "an approver opening someone's draft");
      const edited = await share('postAuthor').updatePost(written.id, draft({ title: `${written.title} (edited)` }));
      assert.equal(edited.title, `${written.title} (edited)`);
      assert.equal(edited.status, 'draft', 'an edit keeps the status');
      const waiting = await share('postAuthor').actOnPost(written.id, { action: 'submit' });
      assert.equal(waiting.status, 'submitted');
      await rejectsWith(share('postAuthor').updatePost(written.id, draft()), ForbiddenError, 'the author editing a submitted post');

      await fieldError(share('postApprover').actOnPost(written.id, { action: 'return', comment: '  ' }), 'comment', 'required', 'a return without a comment');
      const returned = await share('postApprover').actOnPost(written.id, { action: 'return', comment: 'Name the river, please.' });
      assert.equal(returned.status, 'returned');
      assert.equal(returned.returnComment, 'Name the river, please.');
      assert.equal((await share('postAuthor').getPost(written.id)).returnComment, 'Name the river, please.', 'the author reads the comment');
      await share('postAuthor').updatePost(written.id, draft({ title: `${written.title} by the Thames` }));
      assert.equal((await share('postAuthor').actOnPost(written.id, { action: 'submit' })).status, 'submitted');

      await rejectsWith(share('a').actOnPost(written.id, { action: 'approve' }), NotFoundError, 'an employee approving a waiting post');
      const approved = await share('postApprover').actOnPost(written.id, { action: 'approve' });
      assert.equal(approved.status, 'published', 'approved with no publish time: published now');
      const feed = await all('a', false);
      assert.ok(
        feed.some((p) => p.id === written.id && p.title === `${written.title} by the Thames`),
        'the approved post is in the feed of an employee',
      );
      const times = feed.map(feedTime);
      assert.deepEqual(times, [...times].sort().reverse(), 'the feed is newest first (publishAt, else createdAt)');
      await rejectsWith(share('postApprover').actOnPost(written.id, { action: 'approve' }), ConflictError, 'approving it again');
      await rejectsWith(share('postApprover').updatePost(written.id, draft()), ForbiddenError, 'editing a published post');
    },
  );

  check(
    'share-card.publish.race',
    'two approvers approving at once: one succeeds, the other is ConflictError',
    { users: ['postAuthor', 'postApprover', 'pollAuthor'] },
    async () => {
      if (!u('pollAuthor').me.roles.some((r) => r === 'post-approver' || r === 'admin')) return;
      const post = await submitted();
      const results = await Promise.allSettled([
        share('postApprover').actOnPost(post.id, { action: 'approve' }),
        share('pollAuthor').actOnPost(post.id, { action: 'approve' }),
      ]);
      const done = results.filter((r) => r.status === 'fulfilled');
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      assert.equal(done.length, 1, `one approval (got ${results.map((r) => r.status).join(', ')})`);
      assert.ok(refused[0] instanceof ConflictError, `the other is ConflictError (got ${String(refused[0])})`);
    },
  );

  check('share-card.publish.own', 'approving one’s own post is ForbiddenError', { users: ['pollAuthor'] }, async () => {
    const roles = u('pollAuthor').me.roles;
    if (!roles.includes('post-author') || !roles.includes('post-approver') || roles.includes('admin')) return;
    const mine = await share('pollAuthor').createPost(draft(), { idempotencyKey: key() });
    await share('pollAuthor').actOnPost(mine.id, { action: 'submit' });
    await rejectsWith(share('pollAuthor').actOnPost(mine.id, { action: 'approve' }), ForbiddenError, 'approving one’s own post');
    await share('pollAuthor').actOnPost(mine.id, { action: 'archive' });
  });

  check('share-card.publish.schedule', 'a post scheduled for later waits in the queue, not in the feed; archived, it leaves both', publishing, async () => {
    const post = await submitted();
    const publishAt = new Date(Date.now() + 30 * DAY).toISOString();
    await fieldError(
      share('postApprover').actOnPost(post.id, { action: 'schedule', publishAt, expireAt: publishAt }),
      'expireAt',
      'invalid',
      'an expiry at the publication',
    );
    const scheduled = await share('postApprover').actOnPost(post.id, { action: 'schedule', publishAt });
    assert.equal(scheduled.status, 'scheduled');
    assert.equal(scheduled.publishAt, publishAt);
    assert.ok(!(await all('a', false)).some((p) => p.id === post.id), 'not in the feed yet');
    await rejectsWith(share('a').getPost(post.id), NotFoundError, 'an employee opening a scheduled post');
    assert.ok(
      (await all('postApprover', true)).some((p) => p.id === post.id && p.status === 'scheduled'),
      'in the approver’s queue',
    );
    assert.equal((await share('postApprover').actOnPost(post.id, { action: 'archive' })).status, 'archived');
    assert.ok(!(await all('postApprover', true)).some((p) => p.id === post.id), 'archived: out of the queue');
    await rejectsWith(share('postApprover').actOnPost(post.id, { action: 'archive' }), ConflictError, 'archiving it again');
  });

  check(
    'share-card.publish.roles',
    'an employee cannot write a post (ForbiddenError) but can suggest one, which waits for an approver',
    publishing,
    async () => {
      await rejectsWith(share('a').createPost(draft(), { idempotencyKey: key() }), ForbiddenError, 'an employee writing a post');
      const url = `https://www.example.org/research/trust?run=${run}`;
      const suggested = await share('a').suggestPost({ url, note: 'Worth a read.' }, { idempotencyKey: key() });
      assert.equal(suggested.status, 'submitted');
      assert.equal(suggested.suggested, true);
      assert.equal(suggested.link.url, url);
      assert.equal(suggested.locked.disclosure, '#employee');
      assert.ok(suggested.captions.default.startsWith('Worth a read.'), 'the note is the caption');
      const queued = (await all('postApprover', true)).find((p) => p.id === suggested.id);
      assert.ok(queued, 'the suggestion is in the approver’s queue');
      assert.equal(queued.suggested, true);
      await rejectsWith(share('a').listPosts({ filter: { queue: true } }), ForbiddenError, 'the queue, as an employee');
      await rejectsWith(share('a').actOnPost(suggested.id, { action: 'approve' }), ForbiddenError, 'the suggester approving it');
      // The approver polishes it (a title, a topic) and publishes it.
      const { captions, image, locked, publishAt, expireAt, captionEditable } = queued;
      const polished = await share('postApprover').updatePost(suggested.id, {
        ...{ captions, image, locked, publishAt, expireAt, captionEditable },
        title: `Trust at work (${run})`,
        link: { url },
        topic: 'Community',
      });
      assert.equal(polished.status, 'submitted');
      assert.equal(polished.suggested, true);
      assert.equal(polished.author.id, u('a').me.id, 'still the suggester’s');
      const published = await share('postApprover').actOnPost(suggested.id, { action: 'approve' });
      assert.equal(published.status, 'published');
      assert.equal(published.title, `Trust at work (${run})`);
    },
  );

  check('share-card.publish.once', 'a retried createPost or suggestPost with the same key creates once', publishing, async () => {
    const k = key();
    const once = draft();
    const first = await share('postAuthor').createPost(once, { idempotencyKey: k });
    const again = await share('postAuthor').createPost(once, { idempotencyKey: k });
    assert.equal(again.id, first.id, 'the same post');
    assert.equal((await all('postAuthor', true)).filter((p) => p.title === once.title).length, 1, 'one post in the queue');
    const s = key();
    const url = `https://www.example.org/once?run=${run}`;
    const suggested = await share('a').suggestPost({ url, note: '' }, { idempotencyKey: s });
    assert.equal((await share('a').suggestPost({ url, note: '' }, { idempotencyKey: s })).id, suggested.id, 'the same suggestion');
    assert.equal((await all('postApprover', true)).filter((p) => p.link.url === url).length, 1, 'one suggestion in the queue');
  });

  check('share-card.publish.links', 'a link that is not http(s) is refused with its field, and nothing is stored', publishing, async () => {
    const bad = draft({ link: { url: 'javascript:alert(document.cookie)' } });
    const error = await rejectsWith(share('postAuthor').createPost(bad, { idempotencyKey: key() }), ValidationError, 'a javascript: link');
    assert.equal(error.forField('link.url')?.code, 'invalid');
    await fieldError(
      share('postAuthor').createPost(draft({ image: { url: 'data:image/png;base64,AAAA', alt: 'A dot' } }), { idempotencyKey: key() }),
      'image.url',
      'invalid',
      'a data: image',
    );
    await fieldError(share('a').suggestPost({ url: 'javascript:alert(1)', note: '' }, { idempotencyKey: key() }), 'url', 'invalid', 'a javascript: suggestion');
    assert.ok(!(await all('postAuthor', true)).some((p) => p.title === bad.title), 'nothing stored');
  });

  check(
    'share-card.publish.live',
    'b, subscribed to "share", hears of a post being approved',
    { live: true, ...publishing },
    async () => {
      const live = u('b').adapter.live;
      assert.ok(live, "b's adapter has a live port");
      const heard: Extract<ShareLiveEvent, { type: 'changed' }>[] = [];
      const stop = live.subscribe('share', (event) => void (event.type === 'changed' && heard.push(event)));
      try {
        // The subscription may take a moment to connect: posts are approved until b hears of one.
        const deadline = Date.now() + 20_000;
        const approved: string[] = [];
        while (!heard.some((e) => approved.includes(e.postId))) {
          assert.ok(Date.now() < deadline, `b heard of no approval within 20 s (heard: ${JSON.stringify(heard)})`);
          const post = await submitted();
          await share('postApprover').actOnPost(post.id, { action: 'approve' });
          approved.push(post.id);
          for (let waited = 0; waited < 1000 && !heard.some((e) => approved.includes(e.postId)); waited += 25) await sleep(25);
        }
        const event = heard.find((e) => approved.includes(e.postId))!;
        assert.deepEqual(event, { topic: 'share', type: 'changed', postId: event.postId });
      } finally {
        stop();
      }
    },
    T.live,
  );
}
