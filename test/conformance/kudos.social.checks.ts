import assert from 'node:assert/strict';
import { ForbiddenError, NotFoundError } from '../../src/core/errors.js';
import type { Kudos } from '../../src/core/kudos.js';
import { fieldError, rejectsWith, sleep } from './assertions.js';
import { EMOJI, type KudosKit } from './kudos.kit.js';

/* The kudos checks of reactions, comments, reports, deleting and private kudos. */
export function kudosSocialChecks(kit: KudosKit): void {
  const { check, group, u, id, run, key, give, find, mustFind, reaction, text } = kit;

  group('reactions, comments and reports', {}, () => {
    check('reactions', 'setReaction is idempotent both ways, and `mine` is per viewer', {}, async () => {
      const [emoji] = kit.config.reactions as [string];
      const made = await give('b', ['c']);
      const a = u('a').adapter.kudos!;
      const b = u('b').adapter.kudos!;
      const count = (view: Kudos) => [reaction(view, emoji).count, reaction(view, emoji).mine];
      let view = await a.setReaction(made.id, emoji, true);
      assert.deepEqual(count(view), [1, true], 'added');
      view = await a.setReaction(made.id, emoji, true);
      assert.deepEqual(count(view), [1, true], 'adding twice counts once');
      assert.ok(
        reaction(view, emoji).people.some((p) => p.id === id('a')),
        'the reactor is among the people shown',
      );
      const asB = await mustFind('b', made.id, { personId: id('c') });
      assert.deepEqual(count(asB), [1, false], "someone else's reaction is not mine");
      view = await b.setReaction(made.id, emoji, true);
      assert.deepEqual(count(view), [2, true]);
      view = await a.setReaction(made.id, emoji, false);
      assert.deepEqual(count(view), [1, false], 'removed');
      view = await a.setReaction(made.id, emoji, false);
      assert.deepEqual(count(view), [1, false], 'removing twice removes once');
      view = await b.setReaction(made.id, emoji, false);
      assert.equal(reaction(view, emoji).count, 0);
      const notOffered = ['🦄', '🧀', '🪐'].find((e) => !kit.config.reactions.includes(e))!;
      await fieldError(a.setReaction(made.id, notOffered, true), 'emoji', 'invalid', 'a reaction not offered');
      await rejectsWith(a.setReaction(`missing-${run}`, emoji, true), NotFoundError, 'reacting to an unknown kudos');
    });

    check('comments', 'comments are listed oldest first, counted, validated and idempotent', {}, async () => {
      const made = await give('c', ['b']);
      const first = await u('a').adapter.kudos!.addComment(made.id, '  First!  ', { idempotencyKey: key() });
      await sleep(3);
      const secondKey = key();
      const second = await u('b').adapter.kudos!.addComment(made.id, 'Second, and thank you.', { idempotencyKey: secondKey });
      const retried = await u('b').adapter.kudos!.addComment(made.id, 'Second, and thank you.', { idempotencyKey: secondKey });
      assert.equal(retried.id, second.id, 'a retried comment is the same comment');
      assert.equal(first.message, 'First!', 'trimmed');
      assert.equal(first.kudosId, made.id);
      assert.equal(first.author.id, id('a'));
      const list = await u('c').adapter.kudos!.listComments(made.id);
      assert.deepEqual(
        list.map((c) => c.id),
        [first.id, second.id],
        'oldest first, each once',
      );
      assert.deepEqual(
        list.map((c) => c.author.id),
        [id('a'), id('b')],
      );
      assert.equal((await mustFind('c', made.id, { personId: id('b') })).commentCount, 2);
      const comments = u('a').adapter.kudos!;
      await fieldError(comments.addComment(made.id, '  ', { idempotencyKey: key() }), 'message', 'required', 'a blank comment');
      const long = await fieldError(
        comments.addComment(made.id, EMOJI.repeat(kit.config.commentMax + 1), { idempotencyKey: key() }),
        'message',
        'too-long',
        'a long comment',
      );
      if (long.params) assert.equal(long.params.max, kit.config.commentMax);
      await comments.addComment(made.id, EMOJI.repeat(kit.config.commentMax), { idempotencyKey: key() });
      await rejectsWith(comments.listComments(`missing-${run}`), NotFoundError, 'comments of an unknown kudos');
      await rejectsWith(comments.addComment(`missing-${run}`, 'Hello?', { idempotencyKey: key() }), NotFoundError, 'commenting on an unknown kudos');
    });

    check('reports', 'reporting twice is fine, and `reportedByMe` is per viewer', {}, async () => {
      const made = await give('b', ['a']);
      const c = u('c').adapter.kudos!;
      await c.reportKudos(made.id, 'Not appropriate for the wall.');
      await c.reportKudos(made.id, 'Reported again.');
      assert.equal((await mustFind('c', made.id, { personId: id('a') })).reportedByMe, true);
      assert.equal((await mustFind('a', made.id, { personId: id('a') })).reportedByMe, false, 'other people have not reported it');
      await u('a').adapter.kudos!.reportKudos(made.id, '');
      await rejectsWith(c.reportKudos(`missing-${run}`, 'x'), NotFoundError, 'reporting an unknown kudos');
    });
  });

  group('deleting', { users: ['moderator'] }, () => {
    check('delete', 'the author may delete, another user may not, a moderator may; unknown kudos are not found', { users: ['moderator'] }, async () => {
      const mine = await give('a', ['b']);
      const other = await give('a', ['b']);
      await rejectsWith(u('b').adapter.kudos!.deleteKudos(mine.id), ForbiddenError, 'a recipient deleting the kudos');
      await rejectsWith(u('c').adapter.kudos!.deleteKudos(mine.id), ForbiddenError, 'someone else deleting the kudos');
      await u('a').adapter.kudos!.deleteKudos(mine.id);
      assert.equal(await find('a', mine.id, { personId: id('b') }), undefined, 'gone from the wall');
      await rejectsWith(u('a').adapter.kudos!.deleteKudos(mine.id), NotFoundError, 'deleting it again');
      await rejectsWith(u('a').adapter.kudos!.getKudos(mine.id), NotFoundError, 'getting it');
      await rejectsWith(u('a').adapter.kudos!.listComments(mine.id), NotFoundError, 'its comments');
      await rejectsWith(u('b').adapter.kudos!.setReaction(mine.id, kit.config.reactions[0]!, true), NotFoundError, 'reacting to it');
      await u('moderator').adapter.kudos!.deleteKudos(other.id);
      assert.equal(await find('b', other.id, { personId: id('b') }), undefined, 'a moderator deleted it');
      await rejectsWith(u('a').adapter.kudos!.deleteKudos(`missing-${run}`), NotFoundError, 'deleting an unknown kudos');
    });
  });

  group('private kudos', { users: ['moderator'] }, () => {
    check('private', 'are seen only by the author, the recipients and moderators', { users: ['moderator'] }, async () => {
      const secret = await give('a', ['c'], { visibility: 'private', message: text('a private thank-you.') });
      assert.equal(secret.visibility, 'private');
      for (const k of ['a', 'c', 'moderator'] as const) {
        assert.equal((await mustFind(k, secret.id, { personId: id('c') })).visibility, 'private', `${k} sees it`);
      }
      assert.equal(await find('b', secret.id, { personId: id('c') }), undefined, 'b does not see it (person filter)');
      assert.ok(!(await u('b').adapter.kudos!.listKudos({ limit: 50 })).items.some((k) => k.id === secret.id), 'b does not see it (wall)');
      assert.deepEqual(await u('c').adapter.kudos!.getKudos(secret.id), await mustFind('c', secret.id, { personId: id('c') }), "getKudos is the wall's view");
      const b = u('b').adapter.kudos!;
      await rejectsWith(b.getKudos(secret.id), NotFoundError, 'b getting it');
      await rejectsWith(b.listComments(secret.id), NotFoundError, 'b listing its comments');
      await rejectsWith(b.addComment(secret.id, 'Peeking', { idempotencyKey: key() }), NotFoundError, 'b commenting');
      await rejectsWith(b.setReaction(secret.id, kit.config.reactions[0]!, true), NotFoundError, 'b reacting');
      await rejectsWith(b.reportKudos(secret.id, 'x'), NotFoundError, 'b reporting');
      await rejectsWith(b.deleteKudos(secret.id), NotFoundError, 'b deleting: not found, not forbidden');
      const reply = await u('c').adapter.kudos!.addComment(secret.id, 'Thank you, truly.', { idempotencyKey: key() });
      assert.deepEqual(
        (await u('moderator').adapter.kudos!.listComments(secret.id)).map((c) => c.id),
        [reply.id],
        'a moderator reads its comments',
      );
    });
  });
}
