import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { PollPort } from '../../src/adapter/port.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../src/core/errors.js';
import type { PollLiveEvent } from '../../src/core/live.js';
import type { Poll, PollDraft, PollVote, VoteReceipt } from '../../src/core/poll.js';
import { plainPollDraft } from '../../src/core/poll.rules.js';
import { fieldError, rejectsWith, sleep } from './assertions.js';
import { conformanceSuite, T } from './harness.js';
import type { ConformanceTarget, UserKey } from './target.js';

/*
 * The poll conformance suite: what any backend behind the `polls` port must do, checked through
 * the port only, against the same targets (and users) as kudos.suite.ts. It does not depend on
 * seed data: `pollAuthor` (a person with the `poll-author` or `admin` role) creates every poll it
 * needs, and the ordinary employees a, b and c vote in them. A target whose adapters have no
 * `polls` port skips every check, saying so; without `pollAuthor`, only the checks that create no
 * poll run. Check ids start with `poll.`, so a target's `knownGaps` can name them.
 */

/** The count of one option in visible results. */
function count(poll: Poll, optionId: string): number {
  assert.ok(poll.results, `the results of ${poll.id} are visible (hidden: ${poll.resultsHiddenReason})`);
  return poll.results.options.find((o) => o.optionId === optionId)?.count ?? 0;
}

function total(poll: Poll): number {
  assert.ok(poll.results, `the results of ${poll.id} are visible (hidden: ${poll.resultsHiddenReason})`);
  return poll.results.totalVotes;
}

const choose = (...optionIds: string[]): PollVote => ({ optionIds, writeIn: null, score: null });
const score = (value: number | null): PollVote => ({ optionIds: [], writeIn: null, score: value });

export function pollConformance(target: ConformanceTarget): void {
  conformanceSuite(target, { feature: 'poll', everyone: ['a', 'b', 'c'], port: 'polls' }, (suite) => {
    const { check, key, next, run, u } = suite;
    const polls = (k: UserKey): PollPort => u(k).adapter.polls!;

    /** A draft by the suite: a single-choice poll of three options, results live, unless overridden. */
    function draft(overrides: Partial<PollDraft> = {}): PollDraft {
      return plainPollDraft(`Conformance ${run} #${next()}: which one?`, ['Alpha', 'Beta', 'Gamma'], {
        allowChangeVote: false,
        ...overrides,
      });
    }

    async function create(overrides: Partial<PollDraft> = {}): Promise<Poll> {
      return polls('pollAuthor').createPoll(draft(overrides), { idempotencyKey: key() });
    }

    function vote(by: UserKey, poll: Poll, ballot: PollVote, options: { idempotencyKey?: string; receipt?: string | null } = {}): Promise<VoteReceipt> {
      return polls(by).vote(poll.id, ballot, {
        idempotencyKey: options.idempotencyKey ?? key(),
        ...(options.receipt !== undefined ? { receipt: options.receipt } : {}),
      });
    }

    const option = (poll: Poll, i: number) => {
      const found = poll.options[i];
      assert.ok(found, `poll ${poll.id} has an option #${i}`);
      return found.id;
    };

    describe('creating polls', () => {
      check('poll.create.forbidden', 'a plain employee may not create a poll', {}, async () => {
        await rejectsWith(polls('a').createPoll(draft(), { idempotencyKey: key() }), ForbiddenError, 'createPoll as a');
      });

      check('poll.author', 'the poll author has the poll-author or admin role', { users: ['pollAuthor'] }, async () => {
        const roles = u('pollAuthor').me.roles;
        assert.ok(roles.includes('poll-author') || roles.includes('admin'), `pollAuthor (${u('pollAuthor').me.id}) has roles ${JSON.stringify(roles)}`);
      });

      check(
        'poll.create.kinds',
        'single, multiple and eNPS polls are created as drafted, open, unvoted, managed by their author',
        { users: ['pollAuthor'] },
        async () => {
          const single = await create();
          const multiple = await create({ kind: 'multiple', options: ['One', 'Two', 'Three', 'Four'], maxChoices: 2 });
          const enps = await create({ kind: 'enps', options: [] });
          for (const poll of [single, multiple, enps]) {
            assert.equal(typeof poll.id, 'string');
            assert.match(poll.question, new RegExp(`^Conformance ${run} `));
            assert.equal(poll.status, 'open');
            assert.equal(poll.voted, false);
            assert.equal(poll.myVote, null);
            assert.equal(poll.canManage, true, 'the author manages the poll');
            assert.equal(poll.createdBy.id, u('pollAuthor').me.id);
            assert.ok(poll.results, 'the author sees the results');
            assert.equal(poll.results.totalVotes, 0);
          }
          assert.equal(single.kind, 'single');
          assert.deepEqual(
            single.options.map((o) => o.label),
            ['Alpha', 'Beta', 'Gamma'],
          );
          assert.equal(new Set(single.options.map((o) => o.id)).size, 3, 'option ids are unique');
          assert.equal(multiple.kind, 'multiple');
          assert.equal(multiple.maxChoices, 2);
          assert.equal(multiple.options.length, 4);
          assert.equal(enps.kind, 'enps');
          assert.deepEqual(enps.options, []);
          assert.ok(enps.results?.enps, 'an eNPS poll has an eNPS breakdown');
          // Each one is there when asked for again.
          for (const poll of [single, multiple, enps]) assert.equal((await polls('pollAuthor').getPoll(poll.id)).id, poll.id);
        },
      );

      check('poll.get.other', 'another user sees the poll, not voted, without myVote, not managing it', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ allowChangeVote: true });
        await vote('a', poll, choose(option(poll, 1)));
        const asA = await polls('a').getPoll(poll.id);
        assert.equal(asA.voted, true);
        assert.deepEqual(asA.myVote?.optionIds, [option(poll, 1)], 'a sees their own named vote');
        const asB = await polls('b').getPoll(poll.id);
        assert.equal(asB.id, poll.id);
        assert.equal(asB.question, poll.question);
        assert.deepEqual(asB.options, poll.options);
        assert.equal(asB.voted, false);
        assert.equal(asB.myVote, null, "b does not see a's vote as theirs");
        assert.equal(asB.canManage, false);
        assert.equal(total(asB), 1);
      });
    });

    describe('voting', () => {
      check('poll.vote.single', 'single choice takes exactly one known option', { users: ['pollAuthor'] }, async () => {
        const poll = await create();
        await fieldError(vote('a', poll, choose()), 'optionIds', 'required', 'no option');
        await fieldError(vote('a', poll, choose(option(poll, 0), option(poll, 1))), 'optionIds', 'too-many', 'two options');
        await fieldError(vote('a', poll, choose(`nope-${run}`)), 'optionIds', 'invalid', 'an unknown option');
        const { poll: after } = await vote('a', poll, choose(option(poll, 2)));
        assert.equal(after.voted, true);
        assert.equal(count(after, option(poll, 2)), 1);
        assert.equal(total(after), 1, 'the rejected votes counted nothing');
      });

      check('poll.vote.multiple', 'multiple choice takes up to maxChoices options', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ kind: 'multiple', options: ['One', 'Two', 'Three', 'Four'], maxChoices: 2 });
        await fieldError(vote('a', poll, choose(option(poll, 0), option(poll, 1), option(poll, 2))), 'optionIds', 'too-many', 'three of at most two');
        await fieldError(vote('a', poll, choose(option(poll, 0), `nope-${run}`)), 'optionIds', 'invalid', 'an unknown option');
        await vote('a', poll, choose(option(poll, 0), option(poll, 3)));
        await vote('b', poll, choose(option(poll, 3)));
        const seen = await polls('pollAuthor').getPoll(poll.id);
        assert.equal(total(seen), 2, 'two voters');
        assert.deepEqual(
          seen.options.map((o) => count(seen, o.id)),
          [1, 0, 0, 2],
        );
      });

      check('poll.vote.enps', 'an eNPS poll takes a whole score from 0 to 10', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ kind: 'enps', options: [] });
        await fieldError(vote('a', poll, score(11)), 'score', 'invalid', 'score 11');
        await fieldError(vote('a', poll, score(-1)), 'score', 'invalid', 'score −1');
        await fieldError(vote('a', poll, score(7.5)), 'score', 'invalid', 'score 7.5');
        await fieldError(vote('a', poll, score(null)), 'score', 'required', 'no score');
        await vote('a', poll, score(10));
        await vote('b', poll, score(0));
        await vote('c', poll, score(8));
        const { results } = await polls('pollAuthor').getPoll(poll.id);
        assert.ok(results?.enps);
        assert.equal(results.totalVotes, 3);
        assert.deepEqual(
          {
            promoters: results.enps.promoters,
            passives: results.enps.passives,
            detractors: results.enps.detractors,
            score: results.enps.score,
          },
          { promoters: 1, passives: 1, detractors: 1, score: 0 },
        );
        assert.equal(results.enps.distribution.length, 11);
        assert.equal(results.enps.distribution[10], 1);
        assert.equal(results.enps.distribution[0], 1);
      });

      check('poll.vote.once', 'one vote per person: a second vote conflicts when changing is not allowed', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ allowChangeVote: false });
        await vote('a', poll, choose(option(poll, 0)));
        await rejectsWith(vote('a', poll, choose(option(poll, 1))), ConflictError, 'a second vote');
        const seen = await polls('pollAuthor').getPoll(poll.id);
        assert.equal(total(seen), 1);
        assert.equal(count(seen, option(poll, 0)), 1, 'the first vote stands');
      });

      check('poll.vote.change', 'when changing is allowed, a second vote moves the count and the total stays', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ allowChangeVote: true });
        await vote('a', poll, choose(option(poll, 0)));
        await vote('b', poll, choose(option(poll, 0)));
        const { poll: changed } = await vote('a', poll, choose(option(poll, 1)));
        assert.deepEqual(changed.myVote?.optionIds, [option(poll, 1)]);
        const seen = await polls('pollAuthor').getPoll(poll.id);
        assert.equal(total(seen), 2, 'still two voters');
        assert.equal(count(seen, option(poll, 0)), 1);
        assert.equal(count(seen, option(poll, 1)), 1);
      });

      check('poll.vote.idempotent', 'a vote retried with the same idempotency key counts once', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ allowChangeVote: false });
        const idempotencyKey = key();
        const first = await vote('a', poll, choose(option(poll, 0)), { idempotencyKey });
        const again = await vote('a', poll, choose(option(poll, 0)), { idempotencyKey });
        assert.equal(first.poll.voted, true);
        assert.equal(again.poll.voted, true, 'the retry answers like the vote, not with a conflict');
        const seen = await polls('pollAuthor').getPoll(poll.id);
        assert.equal(total(seen), 1, 'counted once');
        assert.equal(count(seen, option(poll, 0)), 1);
      });
    });

    describe('anonymous polls', () => {
      check('poll.anonymous', 'no myVote; a receipt on the first vote; changing needs it', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ anonymous: true, allowChangeVote: true });
        assert.equal(poll.anonymous, true);
        const first = await vote('a', poll, choose(option(poll, 0)));
        assert.equal(typeof first.receipt, 'string', 'the first vote returns a receipt');
        assert.ok(first.receipt!.length > 0);
        assert.equal(first.poll.voted, true);
        assert.equal(first.poll.myVote, null, 'an anonymous poll never returns myVote');
        const asA = await polls('a').getPoll(poll.id);
        assert.equal(asA.voted, true);
        assert.equal(asA.myVote, null);
        await rejectsWith(vote('a', poll, choose(option(poll, 1))), ConflictError, 'changing without the receipt');
        assert.equal(count(await polls('pollAuthor').getPoll(poll.id), option(poll, 0)), 1, 'the refused change changed nothing');
        const changed = await vote('a', poll, choose(option(poll, 1)), { receipt: first.receipt });
        assert.equal(changed.poll.myVote, null);
        const seen = await polls('pollAuthor').getPoll(poll.id);
        assert.equal(total(seen), 1, 'still one voter');
        assert.equal(count(seen, option(poll, 0)), 0);
        assert.equal(count(seen, option(poll, 1)), 1);
      });

      check('poll.anonymous.idempotent', 'a retried anonymous vote counts once and returns the same receipt', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ anonymous: true });
        const idempotencyKey = key();
        const first = await vote('b', poll, choose(option(poll, 2)), { idempotencyKey });
        const again = await vote('b', poll, choose(option(poll, 2)), { idempotencyKey });
        assert.equal(again.receipt, first.receipt);
        assert.equal(total(await polls('pollAuthor').getPoll(poll.id)), 1);
      });
    });

    describe('who sees the results', () => {
      check('poll.results.after-vote', '"after-vote": hidden before voting, shown after', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ resultsVisibility: 'after-vote' });
        await vote('a', poll, choose(option(poll, 0)));
        const before = await polls('b').getPoll(poll.id);
        assert.equal(before.results, null, 'hidden before b votes');
        assert.equal(before.resultsHiddenReason, 'vote-first');
        const { poll: after } = await vote('b', poll, choose(option(poll, 1)));
        assert.equal(after.resultsHiddenReason, null);
        assert.equal(total(after), 2, 'shown once b has voted');
        assert.equal(total(await polls('b').getPoll(poll.id)), 2);
        assert.equal(total(await polls('pollAuthor').getPoll(poll.id)), 2, 'the author sees them without voting');
      });

      check('poll.results.never', '"never": hidden from voters, shown to the author', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ resultsVisibility: 'never' });
        const { poll: seen } = await vote('b', poll, choose(option(poll, 0)));
        assert.equal(seen.results, null, 'hidden from a voter');
        assert.equal(seen.resultsHiddenReason, 'admins-only');
        assert.equal((await polls('c').getPoll(poll.id)).results, null);
        const asAuthor = await polls('pollAuthor').getPoll(poll.id);
        assert.equal(asAuthor.resultsHiddenReason, null);
        assert.equal(count(asAuthor, option(poll, 0)), 1);
      });

      check('poll.results.minimum', 'minVotesForResults hides the results below the minimum', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ minVotesForResults: 2 });
        const { poll: one } = await vote('b', poll, choose(option(poll, 0)));
        assert.equal(one.results, null, 'hidden with one vote of two');
        assert.equal(one.resultsHiddenReason, 'below-minimum');
        assert.equal((await polls('a').getPoll(poll.id)).resultsHiddenReason, 'below-minimum');
        await vote('c', poll, choose(option(poll, 1)));
        const two = await polls('b').getPoll(poll.id);
        assert.equal(two.resultsHiddenReason, null);
        assert.equal(total(two), 2, 'shown once the minimum is in');
      });
    });

    describe('managing a poll', () => {
      check('poll.close', 'closing: only a manager may; afterwards a vote conflicts', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ allowChangeVote: true });
        await vote('a', poll, choose(option(poll, 0)));
        await rejectsWith(polls('b').closePoll(poll.id), ForbiddenError, 'closePoll as b');
        const closed = await polls('pollAuthor').closePoll(poll.id);
        assert.equal(closed.status, 'closed');
        assert.equal((await polls('b').getPoll(poll.id)).status, 'closed');
        await rejectsWith(vote('b', poll, choose(option(poll, 1))), ConflictError, 'a vote after closing');
        await rejectsWith(vote('a', poll, choose(option(poll, 1))), ConflictError, 'a change after closing');
        const seen = await polls('pollAuthor').getPoll(poll.id);
        assert.equal(total(seen), 1);
        assert.equal(count(seen, option(poll, 0)), 1);
      });

      check('poll.write-in.moderated', 'a moderated write-in is hidden from others until a manager approves it', { users: ['pollAuthor'] }, async () => {
        const poll = await create({ allowWriteIn: true, moderateWriteIns: true });
        const text = `Conformance ${run} other`;
        await vote('b', poll, { optionIds: [], writeIn: text, score: null });
        const asAuthor = await polls('pollAuthor').getPoll(poll.id);
        const pending = asAuthor.results?.writeIns.find((w) => w.text === text);
        assert.ok(pending, 'the author sees the pending write-in');
        assert.equal(pending.approved, false);
        assert.equal(pending.count, 1);
        const asC = await polls('c').getPoll(poll.id);
        assert.ok(asC.results, 'c sees live results');
        assert.equal(asC.results.totalVotes, 1);
        assert.ok(!asC.results.writeIns.some((w) => w.id === pending.id || w.text === text), 'hidden from others until approved');
        await rejectsWith(polls('c').approveWriteIn(poll.id, pending.id), ForbiddenError, 'approveWriteIn as c');
        assert.ok(!(await polls('c').getPoll(poll.id)).results?.writeIns.some((w) => w.text === text), 'the refused approval changed nothing');
        const approved = await polls('pollAuthor').approveWriteIn(poll.id, pending.id);
        assert.equal(approved.results?.writeIns.find((w) => w.id === pending.id)?.approved, true);
        const shown = (await polls('c').getPoll(poll.id)).results?.writeIns.find((w) => w.id === pending.id);
        assert.ok(shown, 'shown to others once approved');
        assert.equal(shown.text, text);
        assert.equal(shown.approved, true);
        assert.equal(shown.count, 1);
      });

      check(
        'poll.write-in.rejected',
        "a rejected write-in leaves everyone's results, its ballot still counted; rejecting twice is once; approving brings it back",
        { users: ['pollAuthor'] },
        async () => {
          const poll = await create({ allowWriteIn: true, moderateWriteIns: true });
          const text = `Conformance ${run} rejected`;
          await vote('b', poll, { optionIds: [], writeIn: text, score: null });
          const pending = (await polls('pollAuthor').getPoll(poll.id)).results?.writeIns.find((w) => w.text === text);
          assert.ok(pending, 'the author sees the pending write-in');
          await rejectsWith(polls('c').rejectWriteIn(poll.id, pending.id), ForbiddenError, 'rejectWriteIn as c');
          await rejectsWith(polls('pollAuthor').rejectWriteIn(poll.id, 'w-none'), NotFoundError, 'rejecting a write-in the poll does not have');
          const rejected = await polls('pollAuthor').rejectWriteIn(poll.id, pending.id);
          assert.ok(!rejected.results?.writeIns.some((w) => w.id === pending.id), "gone from the author's results");
          assert.equal(rejected.results?.totalVotes, 1, 'the ballot naming it still counts');
          const again = await polls('pollAuthor').rejectWriteIn(poll.id, pending.id);
          assert.deepEqual(again.results, rejected.results, 'rejecting twice is the same as once');
          const asC = await polls('c').getPoll(poll.id);
          assert.ok(!asC.results?.writeIns.some((w) => w.text === text), 'hidden from others');
          await polls('pollAuthor').approveWriteIn(poll.id, pending.id);
          const back = (await polls('c').getPoll(poll.id)).results?.writeIns.find((w) => w.id === pending.id);
          assert.ok(back, 'approving a rejected write-in shows it again');
          assert.equal(back.count, 1);
        },
      );
    });

    describe('the latest open poll of a topic', () => {
      // Topics unique to this run, so polls other runs left behind never answer.
      const topicOf = (name: string) => `conf-${run}-${name}`;

      check(
        'poll.latest',
        'the newest open poll of a topic is found, as the user sees it; a closed or not-yet-open newer one is not',
        { users: ['pollAuthor'] },
        async () => {
          const topic = topicOf('latest');
          const older = await create({ topic });
          // Apart in time, so "newest" is not decided by a tie.
          await sleep(5);
          const newest = await create({ topic: ` ${topic.toUpperCase()} ` });
          assert.equal(newest.topic, topic, 'the topic is stored trimmed and lower case');
          await vote('a', newest, choose(option(newest, 0)));
          const found = await polls('a').findLatestPoll({ topic });
          assert.ok(found, 'a poll is found');
          assert.equal(found.id, newest.id, 'the newest of the two');
          assert.equal(found.topic, topic);
          assert.equal(found.voted, true, "as a sees it: a's vote");
          assert.equal((await polls('b').findLatestPoll({ topic }))?.voted, false, 'as b sees it');

          await sleep(5);
          await create({ topic, opensAt: new Date(Date.now() + 86_400_000).toISOString() });
          assert.equal((await polls('b').findLatestPoll({ topic }))?.id, newest.id, 'a newer poll not open yet is passed over');

          await polls('pollAuthor').closePoll(newest.id);
          assert.equal((await polls('b').findLatestPoll({ topic }))?.id, older.id, 'once the newest is closed, the open older one');
          await polls('pollAuthor').closePoll(older.id);
          assert.equal(await polls('b').findLatestPoll({ topic }), null, 'none open: null');
        },
      );

      check('poll.latest.any', 'without a topic: the newest open poll of any topic', { users: ['pollAuthor'] }, async () => {
        const mine = await create();
        const found = await polls('c').findLatestPoll({});
        assert.ok(found, 'a poll is found');
        assert.equal(found.status, 'open');
        assert.ok(found.createdAt >= mine.createdAt, `the newest (${found.id}, created ${found.createdAt}; ours ${mine.createdAt})`);
      });

      check('poll.latest.unknown', 'a topic no poll has gives null', {}, async () => {
        assert.equal(await polls('a').findLatestPoll({ topic: topicOf('nothing') }), null);
      });

      check('poll.latest.hostile', 'a topic no poll can have is a ValidationError on topic, never a failure', {}, async () => {
        for (const [what, topic] of [
          ['a NUL', 'town\u0000hall'],
          ['10,000 characters', 'a'.repeat(10_000)],
          ['spaces inside', 'town hall'],
        ] as const) {
          await rejectsWith(polls('a').findLatestPoll({ topic }), ValidationError, `findLatestPoll with ${what}`);
        }
      });

      check('poll.create.topic', 'a draft with a topic no poll can have is refused on topic', { users: ['pollAuthor'] }, async () => {
        await fieldError(polls('pollAuthor').createPoll(draft({ topic: 'town hall!' }), { idempotencyKey: key() }), 'topic', 'invalid', 'a topic with spaces');
        await fieldError(polls('pollAuthor').createPoll(draft({ topic: 'a'.repeat(41) }), { idempotencyKey: key() }), 'topic', 'too-long', 'a topic of 41');
        assert.equal((await create()).topic, null, 'no topic: null');
      });
    });

    describe('live updates', () => {
      check(
        'poll.live',
        'b, subscribed to "poll", hears of a\'s vote: { topic: "poll", type: "changed", pollId }',
        { users: ['pollAuthor'], live: true },
        async () => {
          const poll = await create({ allowChangeVote: true });
          const live = u('b').adapter.live;
          assert.ok(live, "b's adapter has a live port");
          const heard: Extract<PollLiveEvent, { type: 'changed' }>[] = [];
          const stop = live.subscribe('poll', (event) => void (event.type === 'changed' && heard.push(event)));
          try {
            // The subscription may take a moment to connect: a votes (and changes it) until b hears.
            const deadline = Date.now() + 20_000;
            for (let i = 0; !heard.some((e) => e.pollId === poll.id); i++) {
              assert.ok(Date.now() < deadline, `b heard nothing of poll ${poll.id} within 20 s (heard: ${JSON.stringify(heard)})`);
              await vote('a', poll, choose(option(poll, i % 2)));
              for (let waited = 0; waited < 1000 && !heard.some((e) => e.pollId === poll.id); waited += 25) await sleep(25);
            }
            assert.deepEqual(
              heard.find((e) => e.pollId === poll.id),
              { topic: 'poll', type: 'changed', pollId: poll.id },
            );
          } finally {
            stop();
          }
        },
        T.live,
      );
    });
  });
}
