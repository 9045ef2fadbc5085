import assert from 'node:assert/strict';
import type { ShareCardPort } from '../../src/adapter/share-card.port.js';
import { ConflictError, ForbiddenError, NotFoundError, isAbort } from '../../src/core/errors.js';
import type { ShareLiveEvent } from '../../src/core/live.js';
import type { Post } from '../../src/core/share-card.js';
import { rejectsWith, rejection, sleep } from './assertions.js';
import { conformanceSuite, T } from './harness.js';
import { sharePublishingChecks } from './share-card.publish.checks.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The share-card conformance suite: what any backend behind the `shareCard` port must do, through
 * the port only. Every target runs it (suites.ts finds it by its file name). It reads the demo
 * company's posts (src/seed/share.seed.ts): published ones found by listing, the scheduled
 * `post-summit` and the expired `post-open-house` by id. a and b accept the guidelines and share;
 * c never accepts them (the 403 check); pollAuthor is also a post approver in the seed. Counts are
 * compared before and after, so the checks hold on a backend others have written to. Check ids
 * start with `share-card.`; publishing's, `share-card.publish.` (share-card.publish.checks.ts).
 */

const SCHEDULED = 'post-summit';
const EXPIRED = 'post-open-house';

/** When a post reached the feed: the order of the list, newest first. */
const feedTime = (post: Post) => post.publishAt ?? post.createdAt;

export default function shareCardConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'share-card', everyone: ['a', 'b'], port: 'shareCard' }, (suite) => {
    const { check, key, u } = suite;
    const share = (k: UserKey): ShareCardPort => u(k).adapter.shareCard!;
    /** The newest published post: the one the suite shares. */
    const first = async (): Promise<Post> => {
      const { items } = await share('a').listPosts({ limit: 1 });
      assert.ok(items[0], 'the backend has a published post to share');
      return items[0];
    };
    const accept = async (k: UserKey) => {
      const { version } = await share(k).getGuidelines();
      return share(k).acceptGuidelines(version);
    };

    check('share-card.list', 'lists the published posts newest first, paged without repeats', {}, async () => {
      const all: Post[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 50; pages++) {
        const page = await share('a').listPosts({ limit: 2, ...(cursor ? { cursor } : {}) });
        assert.ok(page.items.length <= 2, 'a page holds at most `limit` posts');
        all.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      assert.ok(all.length >= 2, `at least two published posts (got ${all.length})`);
      assert.equal(new Set(all.map((p) => p.id)).size, all.length, 'no post twice across pages');
      for (const post of all) assert.equal(post.status, 'published', `${post.id} is published`);
      const times = all.map(feedTime);
      assert.deepEqual(times, [...times].sort().reverse(), 'newest first (publishAt, else createdAt)');
      assert.ok(!all.some((p) => p.id === SCHEDULED || p.id === EXPIRED), 'neither the scheduled nor the expired post is listed');
    });

    check('share-card.topic', 'filters by topic', {}, async () => {
      const post = await first();
      assert.ok(post.topic, 'the newest post has a topic');
      const { items } = await share('a').listPosts({ filter: { topic: post.topic } });
      assert.ok(items.some((p) => p.id === post.id));
      for (const item of items) assert.equal(item.topic, post.topic);
      assert.deepEqual((await share('a').listPosts({ filter: { topic: 'No such topic at all' } })).items, []);
    });

    check(
      'share-card.queue',
      'the author/approver queue is refused to an ordinary employee (403) and shown to an approver',
      { users: ['pollAuthor'] },
      async () => {
        await rejectsWith(share('a').listPosts({ filter: { queue: true } }), ForbiddenError, "a's queue");
        const roles = u('pollAuthor').me.roles;
        if (!roles.includes('post-approver') && !roles.includes('admin')) return;
        const { items } = await share('pollAuthor').listPosts({ filter: { queue: true } });
        assert.ok(
          items.some((p) => p.id === SCHEDULED),
          'the scheduled post waits in the queue',
        );
        for (const post of items) assert.ok(['draft', 'submitted', 'returned', 'scheduled'].includes(post.status), `${post.id} is ${post.status}`);
      },
    );

    check('share-card.get', 'getPost answers the post as listed; an unknown or unpublished one is NotFoundError', {}, async () => {
      const post = await first();
      const got = await share('a').getPost(post.id);
      assert.equal(got.id, post.id);
      assert.equal(got.title, post.title);
      assert.deepEqual(got.link, post.link);
      await rejectsWith(share('a').getPost('no-such-post'), NotFoundError, 'getPost of an unknown id');
      await rejectsWith(share('a').getPost(SCHEDULED), NotFoundError, 'getPost of a scheduled post, as an employee');
      assert.equal((await share('a').getPost(EXPIRED)).status, 'expired', 'an expired post still opens, as expired');
    });

    check('share-card.guidelines', 'guidelines are accepted by their current version only, once per person', {}, async () => {
      const guidelines = await share('a').getGuidelines();
      assert.ok(guidelines.title && guidelines.body && guidelines.version, 'title, body and version');
      await rejectsWith(share('a').acceptGuidelines(`${guidelines.version}-old`), ConflictError, 'accepting another version');
      const accepted = await share('a').acceptGuidelines(guidelines.version);
      assert.equal(accepted.acceptedByMe, true);
      assert.equal((await share('a').getGuidelines()).acceptedByMe, true, 'remembered');
      assert.equal((await share('a').acceptGuidelines(guidelines.version)).acceptedByMe, true, 'accepting again changes nothing');
      if (suite.has('c')) assert.equal((await share('c').getGuidelines()).acceptedByMe, false, "a's acceptance is not c's");
    });

    check('share-card.link', 'the tracked link keeps the post link, adds UTM tags and an opaque ref, and names nobody', {}, async () => {
      const post = await first();
      const own = new URL(post.link.url);
      const link = await share('a').getShareLink(post.id, 'linkedin');
      assert.equal(link.postId, post.id);
      assert.equal(link.network, 'linkedin');
      const url = new URL(link.url);
      assert.equal(url.origin + url.pathname, own.origin + own.pathname, 'the same page');
      assert.equal(url.hash, own.hash, "the link's own fragment is kept");
      for (const [name, value] of own.searchParams)
        if (!/^(utm_source|utm_medium|utm_campaign|ref)$/.test(name)) assert.equal(url.searchParams.get(name), value, `keeps ${name}`);
      assert.equal(url.searchParams.get('utm_source'), 'linkedin');
      assert.ok(url.searchParams.get('utm_medium'), 'utm_medium');
      const ref = url.searchParams.get('ref');
      assert.ok(ref && ref.length >= 16, `an opaque ref (${ref})`);
      const me = u('a').me;
      for (const secret of [me.id, me.name, ...me.name.split(/\s+/).filter((w) => w.length > 2)]) {
        assert.ok(!decodeURIComponent(link.url).toLowerCase().includes(secret.toLowerCase()), `the link does not name a (${secret})`);
      }
      const again = new URL((await share('a').getShareLink(post.id, 'x')).url);
      assert.equal(again.searchParams.get('ref'), ref, 'the same ref for the same person and post, whatever the network');
      assert.equal(again.searchParams.get('utm_source'), 'x');
      const theirs = new URL((await share('b').getShareLink(post.id, 'linkedin')).url).searchParams.get('ref');
      assert.notEqual(theirs, ref, "b's ref is not a's");
    });

    check('share-card.record-once', 'a share counts once per idempotency key, twice for two keys, and people once', {}, async () => {
      await accept('a');
      const post = await first();
      const before = await share('a').getPost(post.id);
      const k = key();
      const once = await share('a').recordShare(post.id, 'linkedin', { idempotencyKey: k });
      assert.equal(once.shares.total, before.shares.total + 1, 'one share');
      assert.equal(once.shares.byNetwork.linkedin ?? 0, (before.shares.byNetwork.linkedin ?? 0) + 1, 'on LinkedIn');
      assert.equal(once.sharedByMe, true);
      const retried = await share('a').recordShare(post.id, 'linkedin', { idempotencyKey: k });
      assert.equal(retried.shares.total, before.shares.total + 1, 'the retry counts once');
      assert.equal((await share('a').getPost(post.id)).shares.total, before.shares.total + 1, 'stored once');
      const twice = await share('a').recordShare(post.id, 'x', { idempotencyKey: key() });
      assert.equal(twice.shares.total, before.shares.total + 2, 'another key is another share');
      assert.equal(twice.shares.byNetwork.x ?? 0, (before.shares.byNetwork.x ?? 0) + 1);
      assert.equal(twice.shares.people, before.shares.people + (before.sharedByMe ? 0 : 1), 'a counts once among the people who shared');
    });

    check('share-card.shared-by-me', 'sharedByMe is per viewer, and each person adds one to the people count', {}, async () => {
      await accept('a');
      await accept('b');
      const post = await first();
      await share('a').recordShare(post.id, 'teams', { idempotencyKey: key() });
      const before = await share('b').getPost(post.id);
      assert.equal((await share('a').getPost(post.id)).sharedByMe, true, 'a shared it');
      if (before.sharedByMe) return; // b shared it on this backend before this run: nothing more to learn
      const after = await share('b').recordShare(post.id, 'email', { idempotencyKey: key() });
      assert.equal(after.sharedByMe, true);
      assert.equal(after.shares.people, before.shares.people + 1, 'b is one more person');
      assert.equal(after.shares.total, before.shares.total + 1);
    });

    check('share-card.forbidden', 'a share before the guidelines are accepted is ForbiddenError, and counts nothing', { users: ['c'] }, async () => {
      const guidelines = await share('c').getGuidelines();
      assert.ok(guidelines.mustAccept && !guidelines.acceptedByMe, 'c must accept the guidelines and has not (the seed)');
      const post = await first();
      const before = await share('c').getPost(post.id);
      await rejectsWith(share('c').recordShare(post.id, 'linkedin', { idempotencyKey: key() }), ForbiddenError, 'a share by c');
      const after = await share('c').getPost(post.id);
      assert.equal(after.shares.total, before.shares.total);
      assert.equal(after.sharedByMe, false);
    });

    check('share-card.conflict', 'a share of an expired or scheduled post is ConflictError', {}, async () => {
      await accept('a');
      await rejectsWith(share('a').recordShare(EXPIRED, 'linkedin', { idempotencyKey: key() }), ConflictError, 'a share of the expired post');
      if (!suite.has('pollAuthor') || !u('pollAuthor').me.roles.some((r) => r === 'post-approver' || r === 'admin')) return;
      await accept('pollAuthor');
      await rejectsWith(share('pollAuthor').recordShare(SCHEDULED, 'x', { idempotencyKey: key() }), ConflictError, 'a share of the scheduled post');
    });

    check(
      'share-card.live',
      'b, subscribed to "share", hears of a\'s share: { topic: "share", type: "changed", postId }',
      { live: true },
      async () => {
        await accept('a');
        const post = await first();
        const live = u('b').adapter.live;
        assert.ok(live, "b's adapter has a live port");
        const heard: Extract<ShareLiveEvent, { type: 'changed' }>[] = [];
        const stop = live.subscribe('share', (event) => void (event.type === 'changed' && heard.push(event)));
        try {
          // The subscription may take a moment to connect: a shares until b hears.
          const deadline = Date.now() + 20_000;
          while (!heard.some((e) => e.postId === post.id)) {
            assert.ok(Date.now() < deadline, `b heard nothing of post ${post.id} within 20 s (heard: ${JSON.stringify(heard)})`);
            await share('a').recordShare(post.id, 'copy', { idempotencyKey: key() });
            for (let waited = 0; waited < 1000 && !heard.some((e) => e.postId === post.id); waited += 25) await sleep(25);
          }
          assert.deepEqual(
            heard.find((e) => e.postId === post.id),
            { topic: 'share', type: 'changed', postId: post.id },
          );
        } finally {
          stop();
        }
      },
      T.live,
    );

    check('share-card.abort', 'a call with an aborted signal rejects with an AbortError', {}, async () => {
      const error = await rejection(share('a').listPosts({}, { signal: AbortSignal.abort() }), 'listPosts with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });

    // Publishing last: the posts it approves become the newest in the feed.
    sharePublishingChecks(suite);
  });
}
