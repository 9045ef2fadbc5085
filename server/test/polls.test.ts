import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { viewPollWithBallots } from '../../src/core/poll.view.js';
import { demoCompany, seedPolls } from '../../src/seed/index.js';
import type { Poll } from '../../src/core/poll.js';
import { DEFAULT_POLL_LIMITS } from '../../src/core/poll.rules.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { seedIfEmpty, seedPollsIfEmpty } from '../seed.js';
import { prepareDatabase } from '../setup.js';
import { CHLOE, MAI, OLAFUR, T0, key } from './helpers.js';
import { server, withPollServer, KWAME, ARJUN, HOUR, getPoll, vote, pollDraft, create, count, fieldsOf } from './polls.helpers.js';

/*
 * The poll routes: every route's happy path, each rule's error, idempotent named votes, write-ins
 * and results visibility (anonymous votes and the live topic: polls.anonymous.test.ts).
 */

withPollServer();

describe('seed and reads', () => {
  it('seeds the embedded adapter’s polls, each viewed exactly as the embedded adapter views it', async () => {
    const state = demoCompany(T0);
    const people = new Map(state.people.map((p) => [p.id, p]));
    for (const stored of seedPolls(T0)) {
      for (const viewer of [CHLOE, ARJUN, OLAFUR]) {
        const { status, body } = await getPoll(viewer, stored.id);
        assert.equal(status, 200);
        assert.deepEqual(body, viewPollWithBallots(stored, people, people.get(viewer), T0), `${stored.id} for ${viewer}`);
      }
    }
  });

  it('GET /polls/limits answers the limits', async () => {
    const { status, body } = await server.s.json(CHLOE, 'GET', '/polls/limits', { operationId: 'getPollLimits' });
    assert.equal(status, 200);
    assert.deepEqual(body, DEFAULT_POLL_LIMITS);
  });

  it('GET /polls/{id} is 404 for an unknown poll and 401 without a user', async () => {
    const missing = await getPoll(CHLOE, 'poll-nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not-found');
    assert.equal((await server.s.json(null, 'GET', '/polls/poll-lunch')).status, 401);
  });

  it('gives the demo polls their topics on a database seeded before polls had topics', async () => {
    const db = await openPglite();
    try {
      await prepareDatabase(db, T0);
      await db.query(`update polls set topic = null`);
      await prepareDatabase(db, T0);
      const rows = await db.query<{ id: string; topic: string | null }>('select id, topic from polls where topic is not null order by id');
      assert.deepEqual(rows, [{ id: 'poll-lunch', topic: 'team-lunch' }]);
    } finally {
      await db.close();
    }
  });

  it('seeds the polls into a database seeded with kudos before polls existed, once, and not when seeding is off', async () => {
    const db = await openPglite();
    try {
      await migrate(db);
      assert.equal(await seedPollsIfEmpty(db, T0), false, 'no demo directory, no demo polls');
      assert.equal(await seedIfEmpty(db, T0), true);
      assert.equal(await seedPollsIfEmpty(db, T0), true);
      assert.equal(await seedPollsIfEmpty(db, T0), false, 'not twice');
      const [{ n } = { n: 0 }] = await db.query<{ n: number }>('select count(*)::int as n from polls');
      assert.equal(n, 5);
    } finally {
      await db.close();
    }
    const empty = await openPglite();
    try {
      await prepareDatabase(empty, T0, false);
      assert.deepEqual(await empty.query('select id from polls'), []);
    } finally {
      await empty.close();
    }
  });
});

describe('POST /polls', () => {
  it('creates a poll for a poll author (201, idempotent) and for an admin', async () => {
    const idempotencyKey = key();
    const body = pollDraft({ options: ['  Apples ', 'Pears'], description: 'Fruit only.' });
    const first = await server.s.json(KWAME, 'POST', '/polls', {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
      operationId: 'createPoll',
    });
    assert.equal(first.status, 201);
    assert.match(first.body.id, /^poll-/);
    assert.deepEqual(first.body.options, [
      { id: 'o1', label: 'Apples' },
      { id: 'o2', label: 'Pears' },
    ]);
    assert.equal(first.body.createdBy.id, KWAME);
    assert.equal(first.body.canManage, true);
    assert.equal(first.body.status, 'open');
    const again = await server.s.json(KWAME, 'POST', '/polls', {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
      operationId: 'createPoll',
    });
    assert.deepEqual([again.status, again.body], [201, first.body]);
    assert.equal(again.res.headers.get('Idempotent-Replayed'), 'true');
    const other = await server.s.json(KWAME, 'POST', '/polls', {
      body: { ...body, question: 'Something else?' },
      headers: { 'Idempotency-Key': idempotencyKey },
    });
    assert.equal(other.status, 409);
    assert.equal((await create({}, OLAFUR)).createdBy.id, OLAFUR);
  });

  it('is 403 for everyone else, 400 with every field at fault for a bad draft', async () => {
    const forbidden = await server.s.json(CHLOE, 'POST', '/polls', {
      body: pollDraft(),
      headers: { 'Idempotency-Key': key() },
      operationId: 'createPoll',
    });
    assert.equal(forbidden.status, 403);
    const bad = await server.s.json(KWAME, 'POST', '/polls', {
      body: pollDraft({ question: ' ', options: ['Same', 'same'], closesAt: new Date(T0 - HOUR).toISOString(), minVotesForResults: 5000 }),
      headers: { 'Idempotency-Key': key() },
      operationId: 'createPoll',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldsOf(bad).sort(), ['closesAt:too-early', 'minVotesForResults:invalid', 'options.1:duplicate', 'question:required']);
    const shape = await server.s.json(KWAME, 'POST', '/polls', {
      body: { question: 'Missing the rest' },
      headers: { 'Idempotency-Key': key() },
      operationId: 'createPoll',
    });
    assert.equal(shape.status, 400);
  });
});

describe('POST /polls/{id}/votes (named)', () => {
  it('counts a vote, shows it as the voter’s, and counts a retried key once', async () => {
    const before = (await getPoll(CHLOE, 'poll-lunch')).body as Poll;
    assert.equal(before.voted, false);
    const idempotencyKey = key();
    const first = await vote(CHLOE, 'poll-lunch', { optionIds: ['lunch-ramen'] }, { key: idempotencyKey });
    assert.equal(first.status, 200);
    assert.equal(first.body.receipt, null);
    const poll = first.body.poll as Poll;
    assert.equal(poll.voted, true);
    assert.deepEqual(poll.myVote, { optionIds: ['lunch-ramen'], writeIn: null, score: null });
    assert.equal(count(poll, 'lunch-ramen'), count(before, 'lunch-ramen')! + 1);
    assert.equal(poll.results!.totalVotes, before.results!.totalVotes + 1);

    const retry = await vote(CHLOE, 'poll-lunch', { optionIds: ['lunch-ramen'] }, { key: idempotencyKey });
    assert.deepEqual([retry.status, retry.body], [200, first.body]);
    assert.equal(retry.res.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await getPoll(CHLOE, 'poll-lunch')).body.results.totalVotes, before.results!.totalVotes + 1, 'counted once');
    const reused = await vote(CHLOE, 'poll-lunch', { optionIds: ['lunch-pizza'] }, { key: idempotencyKey });
    assert.equal(reused.status, 409);

    // poll-lunch allows a change: the vote moves, the total stays.
    const changed = await vote(CHLOE, 'poll-lunch', { optionIds: ['lunch-pizza'] });
    assert.equal(changed.status, 200);
    assert.equal(count(changed.body.poll, 'lunch-ramen'), count(before, 'lunch-ramen'));
    assert.equal(count(changed.body.poll, 'lunch-pizza'), count(before, 'lunch-pizza')! + 1);
    assert.equal(changed.body.poll.results.totalVotes, before.results!.totalVotes + 1);
  });

  it('refuses a second vote where changes are not allowed, in code and in the database', async () => {
    const poll = await create({ allowChangeVote: false });
    assert.equal((await vote(MAI, poll.id, { optionIds: ['o1'] })).status, 200);
    const again = await vote(MAI, poll.id, { optionIds: ['o2'] });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.message, 'You have already voted in this poll.');
    await assert.rejects(server.s.db.query("insert into poll_votes (poll_id, person_id, option_ids) values ($1, $2, '{o2}')", [poll.id, MAI]));
  });

  it('answers a retried vote with its first answer where changes are not allowed, not as a second vote', async () => {
    const poll = await create({ allowChangeVote: false });
    const idempotencyKey = key();
    const first = await vote(OLAFUR, poll.id, { optionIds: ['o1'] }, { key: idempotencyKey });
    assert.equal(first.status, 200);
    const retry = await vote(OLAFUR, poll.id, { optionIds: ['o1'] }, { key: idempotencyKey });
    assert.deepEqual([retry.status, retry.body], [200, first.body]);
    assert.equal(retry.res.headers.get('Idempotent-Replayed'), 'true');
    const reused = await vote(OLAFUR, poll.id, { optionIds: ['o2'] }, { key: idempotencyKey });
    assert.equal(reused.status, 409);
    assert.notEqual(reused.body.error.message, 'You have already voted in this poll.', 'the key, reused for another vote, is what is refused');
    assert.equal((await getPoll(OLAFUR, poll.id)).body.results.totalVotes, 1);
  });

  it('answers each rule’s error', async () => {
    const unknown = await vote(CHLOE, 'poll-offsite', { optionIds: ['nope'] });
    assert.deepEqual([unknown.status, fieldsOf(unknown)], [400, ['optionIds:invalid']]);
    const tooMany = await vote(CHLOE, 'poll-offsite', { optionIds: ['offsite-hike', 'offsite-cooking', 'offsite-escape'] });
    assert.deepEqual([tooMany.status, fieldsOf(tooMany)], [400, ['optionIds:too-many']]);
    const none = await vote(CHLOE, 'poll-offsite', { optionIds: [] });
    assert.deepEqual([none.status, fieldsOf(none)], [400, ['optionIds:required']]);
    const noWriteIns = await vote(CHLOE, 'poll-lunch', { optionIds: [], writeIn: 'Sushi' });
    assert.deepEqual([noWriteIns.status, fieldsOf(noWriteIns)], [400, ['writeIn:invalid']]);
    const long = await vote(CHLOE, 'poll-offsite', { optionIds: [], writeIn: 'x'.repeat(DEFAULT_POLL_LIMITS.writeInMax + 1) });
    assert.deepEqual([long.status, fieldsOf(long)], [400, ['writeIn:too-long']]);
    const enps = await create({ kind: 'enps', options: [], anonymous: true });
    const outOfRange = await vote(CHLOE, enps.id, { score: 11 });
    assert.deepEqual([outOfRange.status, fieldsOf(outOfRange)], [400, ['score:invalid']]);
    const noScore = await vote(CHLOE, enps.id, { score: null });
    assert.deepEqual([noScore.status, fieldsOf(noScore)], [400, ['score:required']]);
    const shape = await server.s.json(CHLOE, 'POST', '/polls/poll-lunch/votes', {
      body: { optionIds: 'lunch-ramen' },
      headers: { 'Idempotency-Key': key() },
      operationId: 'votePoll',
    });
    assert.equal(shape.status, 400);
    const noKey = await server.s.json(CHLOE, 'POST', '/polls/poll-lunch/votes', {
      body: { optionIds: ['lunch-ramen'], writeIn: null, score: null },
      operationId: 'votePoll',
    });
    assert.equal(noKey.status, 400);

    const closed = await vote(MAI, 'poll-closed', { optionIds: ['allhands-tue'] });
    assert.equal(closed.status, 409);
    assert.match(closed.body.error.message, /closed/);
    const upcoming = await vote(MAI, 'poll-upcoming', { optionIds: ['party-disco'] });
    assert.equal(upcoming.status, 409);
    assert.match(upcoming.body.error.message, /not open yet/);
    assert.equal((await vote(MAI, 'poll-nope', { optionIds: ['o1'] })).status, 404);
    // None of these counted.
    assert.equal((await getPoll(CHLOE, enps.id)).body.results.totalVotes, 0);
  });
});

describe('write-ins and managers', () => {
  it('keeps a moderated write-in from other voters until its author or an admin approves it', async () => {
    const mine = await vote(CHLOE, 'poll-offsite', { optionIds: ['offsite-hike'], writeIn: '  Board   games ' });
    assert.equal(mine.status, 200);
    assert.equal(mine.body.poll.myVote.writeIn, 'Board games');
    assert.equal(
      mine.body.poll.results.writeIns.some((w: { text: string }) => w.text === 'Board games'),
      false,
      'pending: hidden from voters',
    );
    const managerView = (await getPoll(ARJUN, 'poll-offsite')).body as Poll;
    const pending = managerView.results!.writeIns.find((w) => w.text === 'Board games');
    assert.ok(pending && pending.approved === false && pending.count === 1);

    const forbidden = await server.s.json(CHLOE, 'POST', `/polls/poll-offsite/write-ins/${pending.id}/approve`, {
      operationId: 'approveWriteIn',
    });
    assert.equal(forbidden.status, 403);
    const missing = await server.s.json(ARJUN, 'POST', '/polls/poll-offsite/write-ins/w-nope/approve', { operationId: 'approveWriteIn' });
    assert.equal(missing.status, 404);
    const approved = await server.s.json(ARJUN, 'POST', `/polls/poll-offsite/write-ins/${pending.id}/approve`, {
      operationId: 'approveWriteIn',
    });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.results.writeIns.find((w: { id: string }) => w.id === pending.id).approved, true);
    const again = await server.s.json(OLAFUR, 'POST', `/polls/poll-offsite/write-ins/${pending.id}/approve`, {
      operationId: 'approveWriteIn',
    });
    assert.equal(again.status, 200, 'idempotent, and admins manage every poll');
    const voterView = (await getPoll(CHLOE, 'poll-offsite')).body as Poll;
    assert.ok(voterView.results!.writeIns.some((w) => w.id === pending.id && w.approved));

    // Changing the vote drops the write-in nobody names any more.
    const changed = await vote(CHLOE, 'poll-offsite', { optionIds: ['offsite-sailing'] });
    assert.equal(changed.status, 200);
    assert.deepEqual(await server.s.db.query('select id from poll_write_ins where id = $1', [pending.id]), []);
  });

  it('closes a poll for its managers only; votes after that are refused', async () => {
    const poll = await create();
    const forbidden = await server.s.json(CHLOE, 'POST', `/polls/${poll.id}/close`, { operationId: 'closePoll' });
    assert.equal(forbidden.status, 403);
    assert.equal((await server.s.json(KWAME, 'POST', '/polls/poll-nope/close', { operationId: 'closePoll' })).status, 404);
    server.s.clock.now += 1000;
    const closed = await server.s.json(KWAME, 'POST', `/polls/${poll.id}/close`, { operationId: 'closePoll' });
    assert.equal(closed.status, 200);
    assert.equal(closed.body.status, 'closed');
    assert.equal(closed.body.closesAt, new Date(server.s.clock.now).toISOString());
    server.s.clock.now += 1000;
    const again = await server.s.json(OLAFUR, 'POST', `/polls/${poll.id}/close`, { operationId: 'closePoll' });
    assert.equal(again.body.closesAt, closed.body.closesAt, 'closing twice keeps the first close');
    assert.equal((await vote(CHLOE, poll.id, { optionIds: ['o1'] })).status, 409);
  });
});

describe('results visibility', () => {
  it('follows live, after-vote, after-close, never and the minimum; managers always see them', async () => {
    assert.equal((await getPoll(MAI, 'poll-enps')).body.resultsHiddenReason, 'until-closed');
    assert.ok((await getPoll(ARJUN, 'poll-enps')).body.results.enps, 'the author sees the eNPS');
    assert.equal((await getPoll(MAI, 'poll-upcoming')).body.resultsHiddenReason, 'vote-first');

    const afterVote = await create({ resultsVisibility: 'after-vote' });
    assert.equal((await getPoll(MAI, afterVote.id)).body.resultsHiddenReason, 'vote-first');
    const voted = await vote(MAI, afterVote.id, { optionIds: ['o2'] });
    assert.equal(voted.body.poll.resultsHiddenReason, null);
    assert.equal(count(voted.body.poll, 'o2'), 1);

    const never = await create({ resultsVisibility: 'never' });
    await vote(MAI, never.id, { optionIds: ['o1'] });
    const hidden = await getPoll(MAI, never.id);
    assert.deepEqual([hidden.body.results, hidden.body.resultsHiddenReason], [null, 'admins-only']);
    assert.equal((await getPoll(OLAFUR, never.id)).body.results.totalVotes, 1);

    const afterClose = await create({ resultsVisibility: 'after-close', minVotesForResults: 2 });
    await vote(MAI, afterClose.id, { optionIds: ['o1'] });
    assert.equal((await getPoll(MAI, afterClose.id)).body.resultsHiddenReason, 'until-closed');
    await server.s.json(KWAME, 'POST', `/polls/${afterClose.id}/close`);
    assert.equal((await getPoll(MAI, afterClose.id)).body.resultsHiddenReason, 'below-minimum');
    assert.equal((await getPoll(KWAME, afterClose.id)).body.results.totalVotes, 1);

    const live = await create({ minVotesForResults: 2 });
    await vote(MAI, live.id, { optionIds: ['o1'] });
    assert.equal((await getPoll(CHLOE, live.id)).body.resultsHiddenReason, 'below-minimum');
    await vote(CHLOE, live.id, { optionIds: ['o3'] });
    assert.equal((await getPoll(CHLOE, live.id)).body.results.totalVotes, 2);
  });
});
