import assert from 'node:assert/strict';
import type { ModerationPort } from '../../src/adapter/moderation.port.js';
import { ConflictError, ForbiddenError, isAbort, NotFoundError } from '../../src/core/errors.js';
import type { ItemRef, QueueItem, Report } from '../../src/core/moderation.js';
import { fieldError, rejection, rejectsWith, sleep } from './assertions.js';
import { conformanceSuite, T } from './harness.js';
import { kudosKit } from './kudos.kit.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The moderation conformance suite: what any backend behind the `moderation` port must do,
 * checked through the ports only. Plain employees give at most one kudos each (so the kudos
 * suite's rate-limit budget stays whole) and report; `moderator` gives the rest (fewer than its
 * allowance) and lists and moderates; `recipient`, an employee, has a kudos hidden. Only the reports
 * of this run's kudos are looked at, so it runs on a shared backend too. Check ids start with
 * `moderation.`.
 */
export default function moderationConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'moderation', everyone: ['a', 'b', 'c', 'moderator'], port: 'moderation', requires: ['kudos'] }, (suite) => {
    const kit = kudosKit(suite);
    const { check, u, caps } = suite;
    const moderation = (k: UserKey): ModerationPort => u(k).adapter.moderation!;
    /** The reports of these kudos, in the order the list gives them. */
    const reportsOf = async (kudosIds: string[]): Promise<Report[]> =>
      (await moderation('moderator').listReports()).items.filter((r) => kudosIds.includes(r.kudosId));

    check('moderation.list', 'a moderator sees reports made by others, newest first, with kudos id and reason', {}, async () => {
      const older = await kit.give('b', ['c']);
      const newer = await kit.give('c', ['b']);
      await u('a').adapter.kudos!.reportKudos(older.id, '  Not the place for this.  ');
      await sleep(5);
      await u('b').adapter.kudos!.reportKudos(newer.id, 'Names a customer.');
      const ours = await reportsOf([older.id, newer.id]);
      assert.deepEqual(
        ours.map(({ kudosId, reason }) => ({ kudosId, reason })),
        [
          { kudosId: newer.id, reason: 'Names a customer.' },
          { kudosId: older.id, reason: 'Not the place for this.' },
        ],
        'newest first, the reason trimmed',
      );
      for (const report of ours) assert.ok(Number.isFinite(Date.parse(report.reportedAt)), `reportedAt is a date: ${report.reportedAt}`);
      assert.ok(Date.parse(ours[0]!.reportedAt) >= Date.parse(ours[1]!.reportedAt), 'the newer report is not dated before the older');
      if (caps.exclusive) {
        const top = (await moderation('moderator').listReports()).items.slice(0, 2).map((r) => r.kudosId);
        assert.deepEqual(top, [newer.id, older.id], 'on top of the whole list');
      }
    });

    check('moderation.forbidden', 'a plain employee may not list the reports', {}, async () => {
      await rejectsWith(moderation('a').listReports(), ForbiddenError, 'an employee listing the reports');
      await rejectsWith(moderation('c').listReports(), ForbiddenError, 'another employee listing the reports');
    });

    check('moderation.once', 'reporting a kudos twice lists one report, with the first reason', {}, async () => {
      const made = await kit.give('a', ['b']);
      await u('c').adapter.kudos!.reportKudos(made.id, 'First thoughts.');
      await sleep(5);
      await u('c').adapter.kudos!.reportKudos(made.id, 'Second thoughts.');
      const ours = await reportsOf([made.id]);
      assert.deepEqual(
        ours.map((r) => r.reason),
        ['First thoughts.'],
        'one report, the first',
      );
    });

    /** The queue item of this kudos, as the moderator sees it with no filter. */
    const itemOf = async (id: string): Promise<QueueItem | undefined> =>
      (await moderation('moderator').listQueue({ order: 'newest' })).items.find((i) => i.ref.kind === 'kudos' && i.ref.id === id);
    const onWall = async (k: UserKey, id: string): Promise<boolean> =>
      (await u(k).adapter.kudos!.listKudos({ limit: 100 })).items.some((kudos) => kudos.id === id);

    check('moderation.queue', 'a reported kudos is in the queue once: text, author, recipients, reasons counted, open, no reporter named', {}, async () => {
      const made = await kit.give('moderator', ['b'], { message: 'Queue check: thanks for the release notes.' });
      await u('a').adapter.kudos!.reportKudos(made.id, 'Off topic.');
      await u('b').adapter.kudos!.reportKudos(made.id, 'Off topic.');
      const item = await itemOf(made.id);
      assert.ok(item, 'the reported kudos is in the queue');
      assert.equal(item.text, made.message);
      assert.equal(item.author.id, u('moderator').me.id);
      assert.deepEqual(
        item.recipients.map((p) => p.id),
        [u('b').me.id],
      );
      assert.equal(item.reportCount, 2);
      assert.deepEqual(item.reasons, [{ reason: 'Off topic.', count: 2 }], 'one reason, counted twice');
      assert.equal(item.state, 'open');
      assert.deepEqual(item.history, []);
      assert.ok(!JSON.stringify(item).includes(u('a').me.id), 'the reporter a is not named anywhere in the item');
      const kudosOnly = await moderation('moderator').listQueue({ kind: 'comment' });
      assert.ok(!kudosOnly.items.some((i) => i.ref.id === made.id), 'the kind filter leaves it out');
      const hiddenOnly = await moderation('moderator').listQueue({ state: 'hidden' });
      assert.ok(!hiddenOnly.items.some((i) => i.ref.id === made.id), 'the state filter leaves it out');
    });

    check('moderation.order', 'most-reported puts the item with more reports first', {}, async () => {
      const once = await kit.give('moderator', ['c'], { message: 'Order check: reported once, thank you.' });
      const twice = await kit.give('moderator', ['a'], { message: 'Order check: reported twice, thank you.' });
      await u('c').adapter.kudos!.reportKudos(twice.id, '');
      await u('c').adapter.kudos!.reportKudos(once.id, '');
      await u('b').adapter.kudos!.reportKudos(twice.id, '');
      const ids = (await moderation('moderator').listQueue({ order: 'most-reported' })).items
        .map((i) => i.ref.id)
        .filter((id) => id === once.id || id === twice.id);
      assert.deepEqual(ids, [twice.id, once.id]);
    });

    check(
      'moderation.hide',
      'hiding records who, when and why; only the author (with the reason) and moderators see it; restore brings it back',
      { users: ['recipient'] },
      async () => {
        const made = await kit.give('recipient', ['c'], { message: 'Hide check: a kudos a moderator hides.' });
        await u('a').adapter.kudos!.reportKudos(made.id, 'Names a customer.');
        const ref: ItemRef = { kind: 'kudos', id: made.id };
        const points = async () => (await u('recipient').adapter.leaderboard!.getMySummary()).score;
        const scored = await points();
        const hidden = await moderation('moderator').moderate(ref, 'hide', '  Names a customer in public.  ');
        assert.ok((await points()) < scored, 'a hidden kudos earns its author no points on the leaderboard');
        assert.equal(hidden.state, 'hidden');
        assert.equal(hidden.history.length, 1);
        const step = hidden.history[0]!;
        assert.equal(step.action, 'hide');
        assert.equal(step.moderator?.id, u('moderator').me.id);
        assert.equal(step.reason, 'Names a customer in public.', 'the reason, trimmed');
        assert.ok(Number.isFinite(Date.parse(step.at)));
        assert.equal(await onWall('a', made.id), false, 'gone from a reporter’s wall');
        assert.equal(await onWall('c', made.id), false, 'gone from a recipient’s wall');
        await rejectsWith(u('a').adapter.kudos!.getKudos(made.id), NotFoundError, 'another user opening the hidden kudos');
        const own = await u('recipient').adapter.kudos!.getKudos(made.id);
        assert.deepEqual(own.hidden, { reason: 'Names a customer in public.' }, 'the author sees it marked, with the reason');
        assert.equal(await onWall('recipient', made.id), true, 'still on the author’s wall');
        assert.equal(await onWall('moderator', made.id), true, 'still on a moderator’s wall');
        await rejectsWith(moderation('moderator').moderate(ref, 'hide', 'Again.'), ConflictError, 'hiding a hidden item');
        const restored = await moderation('moderator').moderate(ref, 'restore', 'Checked with the author.');
        assert.equal(restored.state, 'kept');
        assert.deepEqual(
          restored.history.map((h) => h.action),
          ['hide', 'restore'],
        );
        assert.equal(await onWall('a', made.id), true, 'back on the wall');
        assert.equal(await points(), scored, 'restored, it counts again');
        assert.equal((await u('recipient').adapter.kudos!.getKudos(made.id)).hidden, undefined, 'no longer marked');
      },
    );

    check('moderation.delete', 'deleting removes the kudos for everyone; the queue keeps it, deleted, with its history', {}, async () => {
      const made = await kit.give('moderator', ['a'], { message: 'Delete check: a kudos a moderator deletes.' });
      await u('b').adapter.kudos!.reportKudos(made.id, 'Insulting.');
      const deleted = await moderation('moderator').moderate({ kind: 'kudos', id: made.id }, 'delete', 'Insulting a colleague.');
      assert.equal(deleted.state, 'deleted');
      await rejectsWith(u('a').adapter.kudos!.getKudos(made.id), NotFoundError, 'its recipient opening the deleted kudos');
      const item = await itemOf(made.id);
      assert.equal(item?.state, 'deleted');
      assert.equal(item?.text, made.message, 'what it said is kept for the record');
      assert.deepEqual(item?.reasons, [{ reason: 'Insulting.', count: 1 }]);
      assert.deepEqual(
        item?.history.map((h) => [h.action, h.reason]),
        [['delete', 'Insulting a colleague.']],
      );
    });

    check('moderation.refusals', 'actions need a moderator, a reason, an item in the queue and a state they apply to', {}, async () => {
      const made = await kit.give('moderator', ['b'], { message: 'Refusal check: reported, then kept.' });
      await u('c').adapter.kudos!.reportKudos(made.id, '');
      const ref: ItemRef = { kind: 'kudos', id: made.id };
      await rejectsWith(moderation('a').listQueue(), ForbiddenError, 'an employee listing the queue');
      await rejectsWith(moderation('c').moderate(ref, 'hide', 'I do not like it.'), ForbiddenError, 'an employee hiding');
      await fieldError(moderation('moderator').moderate(ref, 'keep', '   '), 'reason', 'required', 'an action without a reason');
      await rejectsWith(moderation('moderator').moderate(ref, 'restore', 'Nothing to restore.'), ConflictError, 'restoring an open item');
      await rejectsWith(moderation('moderator').moderate({ kind: 'kudos', id: 'k-nothing-here' }, 'keep', 'Fine.'), NotFoundError, 'an item nobody reported');
      const kept = await moderation('moderator').moderate(ref, 'keep', 'Fine as it is.');
      assert.equal(kept.state, 'kept');
      assert.equal(await onWall('b', made.id), true, 'kept: still on the wall');
    });

    check('moderation.auto-hide', 'three reports hide a kudos until a moderator looks; keeping it shows it again', {}, async () => {
      const made = await kit.give('moderator', ['a'], { message: 'Auto-hide check: three people report this.' });
      await u('a').adapter.kudos!.reportKudos(made.id, 'Spam.');
      await u('b').adapter.kudos!.reportKudos(made.id, 'Spam.');
      assert.equal(await onWall('c', made.id), true, 'two reports hide nothing');
      await u('c').adapter.kudos!.reportKudos(made.id, 'Not kind.');
      assert.equal(await onWall('c', made.id), false, 'the third report hides it');
      const item = await itemOf(made.id);
      assert.equal(item?.state, 'hidden');
      assert.deepEqual(
        item?.history.map((h) => [h.action, h.moderator]),
        [['auto-hide', null]],
      );
      assert.deepEqual(item?.reasons, [
        { reason: 'Spam.', count: 2 },
        { reason: 'Not kind.', count: 1 },
      ]);
      await moderation('moderator').moderate({ kind: 'kudos', id: made.id }, 'keep', 'Looked at it: fine.');
      assert.equal(await onWall('c', made.id), true, 'kept: back on the wall');
    });

    check('moderation.comment', 'a reported comment is in the queue; hidden, only its author and moderators see it; deleted, it is gone', {}, async () => {
      const made = await kit.give('moderator', ['c'], { message: 'Comment check: a kudos with a comment.' });
      const comment = await u('c').adapter.kudos!.addComment(made.id, 'A comment someone reports.', { idempotencyKey: `mc-${made.id}` });
      await u('a').adapter.kudos!.reportComment(made.id, comment.id, 'Rude.');
      await u('a').adapter.kudos!.reportComment(made.id, comment.id, 'Second thoughts.');
      assert.equal((await u('a').adapter.kudos!.listComments(made.id)).find((c) => c.id === comment.id)?.reportedByMe, true, 'reportedByMe for the reporter');
      const ref: ItemRef = { kind: 'comment', id: comment.id };
      const queued = (await moderation('moderator').listQueue({ kind: 'comment' })).items.find((i) => i.ref.id === comment.id);
      assert.ok(queued, 'the comment is in the queue of comments');
      assert.equal(queued.kudosId, made.id, 'with the kudos it is on');
      assert.equal(queued.text, 'A comment someone reports.');
      assert.equal(queued.author.id, u('c').me.id);
      assert.deepEqual(queued.recipients, []);
      assert.deepEqual(queued.reasons, [{ reason: 'Rude.', count: 1 }], 'one report per person, the first');

      await moderation('moderator').moderate(ref, 'hide', 'Not kind to a colleague.');
      assert.ok(!(await u('b').adapter.kudos!.listComments(made.id)).some((c) => c.id === comment.id), 'hidden from another employee');
      assert.equal((await u('b').adapter.kudos!.getKudos(made.id)).commentCount, 0, 'not counted');
      const own = (await u('c').adapter.kudos!.listComments(made.id)).find((c) => c.id === comment.id);
      assert.deepEqual(own?.hidden, { reason: 'Not kind to a colleague.' }, 'its author sees it marked, with the reason');
      await rejectsWith(u('b').adapter.kudos!.reportComment(made.id, comment.id, ''), NotFoundError, 'reporting a comment one cannot see');

      const deleted = await moderation('moderator').moderate(ref, 'delete', 'Removed after a talk.');
      assert.equal(deleted.state, 'deleted');
      assert.ok(!(await u('c').adapter.kudos!.listComments(made.id)).some((c) => c.id === comment.id), 'gone for its author too');
      assert.deepEqual(
        deleted.history.map((h) => h.action),
        ['hide', 'delete'],
      );
    });

    check(
      'moderation.live',
      'a moderator subscribed to "moderation" hears of a report and of a decision; an employee hears nothing',
      { live: true },
      async () => {
        const made = await kit.give('moderator', ['b'], { message: 'Live check: reported while a queue is open.' });
        const heard: string[] = [];
        const employeeHeard: string[] = [];
        const stop = u('moderator').adapter.live!.subscribe('moderation', (event) => void heard.push(event.type));
        const stopEmployee = u('a').adapter.live!.subscribe('moderation', (event) => void employeeHeard.push(event.type));
        const waitForChanged = async (what: string) => {
          // A deadline, not a timing: the stream may take a moment to connect and to deliver.
          for (const deadline = Date.now() + 12_000; !heard.includes('changed'); await sleep(25)) {
            assert.ok(Date.now() < deadline, `the moderator heard nothing of ${what} within 12 s`);
          }
        };
        try {
          await sleep(200);
          await u('a').adapter.kudos!.reportKudos(made.id, 'Live.');
          await waitForChanged('a report');
          assert.deepEqual(
            employeeHeard.filter((t) => t === 'changed'),
            [],
            'an employee hears no moderation event',
          );
          heard.length = 0;
          await moderation('moderator').moderate({ kind: 'kudos', id: made.id }, 'keep', 'Fine.');
          await waitForChanged('a decision');
        } finally {
          stop();
          stopEmployee();
        }
      },
      T.live,
    );

    check('moderation.abort', 'a call with an aborted signal rejects with an AbortError', {}, async () => {
      const error = await rejection(moderation('moderator').listReports({ signal: AbortSignal.abort() }), 'listReports with an aborted signal');
      assert.ok(isAbort(error), `expected an AbortError, got ${String(error)}`);
    });
  });
}
