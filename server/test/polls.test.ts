import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { viewPollWithBallots } from '../../src/core/poll.view.js';
import { demoCompany, seedPolls } from '../../src/seed/index.js';
import type { PollLiveEvent } from '../../src/core/live.js';
import type { Poll, PollDraft } from '../../src/core/poll.js';
import { DEFAULT_POLL_LIMITS, plainPollDraft } from '../../src/core/poll.rules.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { seedIfEmpty, seedPollsIfEmpty } from '../seed.js';
import { prepareDatabase } from '../setup.js';
import { CHLOE, MAI, OLAFUR, T0, contract, key, listen, openStream, startTestServer, type TestServer } from './helpers.js';

/*
 * The poll routes: every route's happy path, each rule's error, idempotent votes, anonymous
 * votes (receipts, and what the database keeps), results visibility, and the live `poll` topic.
 */

/** Kwame: a poll author (and the author of poll-lunch). */
const KWAME = 'p-06';
/** Arjun: a poll author (poll-offsite, poll-enps). */
const ARJUN = 'p-34';
const HOUR = 3_600_000;

let s: TestServer;
before(async () => {
  s = await startTestServer();
});
after(async () => {
  await s?.close();
});

type Json = { status: number; body: any; res: Response }; // eslint-disable-line @typescript-eslint/no-explicit-any

const getPoll = (userId: string, id: string): Promise<Json> => s.json(userId, 'GET', `/polls/${id}`, { operationId: 'getPoll' });

function vote(userId: string, pollId: string, body: { optionIds?: string[]; writeIn?: string | null; score?: number | null }, options: { key?: string; receipt?: string } = {}): Promise<Json> {
  const headers: Record<string, string> = { 'Idempotency-Key': options.key ?? key() };
  if (options.receipt) headers['Chorus-Vote-Receipt'] = options.receipt;
  return s.json(userId, 'POST', `/polls/${pollId}/votes`, {
    body: { optionIds: [], writeIn: null, score: null, ...body },
    headers,
    operationId: 'votePoll',
  });
}

function pollDraft(overrides: Partial<PollDraft> = {}): PollDraft {
  return plainPollDraft('Which snack should the kitchen stock?', ['Apples', 'Crisps', 'Nuts'], overrides);
}

async function create(overrides: Partial<PollDraft> = {}, userId = KWAME): Promise<Poll> {
  const res = await s.json(userId, 'POST', '/polls', { body: pollDraft(overrides), headers: { 'Idempotency-Key': key() }, operationId: 'createPoll' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as Poll;
}

const count = (poll: Poll, optionId: string) => poll.results?.options.find((o) => o.optionId === optionId)?.count;
const fieldsOf = (res: Json) => (res.body.error.fields as { field: string; code: string }[]).map((f) => `${f.field}:${f.code}`);

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
    const { status, body } = await s.json(CHLOE, 'GET', '/polls/limits', { operationId: 'getPollLimits' });
    assert.equal(status, 200);
    assert.deepEqual(body, DEFAULT_POLL_LIMITS);
  });

  it('GET /polls/{id} is 404 for an unknown poll and 401 without a user', async () => {
    const missing = await getPoll(CHLOE, 'poll-nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not-found');
    assert.equal((await s.json(null, 'GET', '/polls/poll-lunch')).status, 401);
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
    const first = await s.json(KWAME, 'POST', '/polls', { body, headers: { 'Idempotency-Key': idempotencyKey }, operationId: 'createPoll' });
    assert.equal(first.status, 201);
    assert.match(first.body.id, /^poll-/);
    assert.deepEqual(first.body.options, [{ id: 'o1', label: 'Apples' }, { id: 'o2', label: 'Pears' }]);
    assert.equal(first.body.createdBy.id, KWAME);
    assert.equal(first.body.canManage, true);
    assert.equal(first.body.status, 'open');
    const again = await s.json(KWAME, 'POST', '/polls', { body, headers: { 'Idempotency-Key': idempotencyKey }, operationId: 'createPoll' });
    assert.deepEqual([again.status, again.body], [201, first.body]);
    assert.equal(again.res.headers.get('Idempotent-Replayed'), 'true');
    const other = await s.json(KWAME, 'POST', '/polls', { body: { ...body, question: 'Something else?' }, headers: { 'Idempotency-Key': idempotencyKey } });
    assert.equal(other.status, 409);
    assert.equal((await create({}, OLAFUR)).createdBy.id, OLAFUR);
  });

  it('is 403 for everyone else, 400 with every field at fault for a bad draft', async () => {
    const forbidden = await s.json(CHLOE, 'POST', '/polls', { body: pollDraft(), headers: { 'Idempotency-Key': key() }, operationId: 'createPoll' });
    assert.equal(forbidden.status, 403);
    const bad = await s.json(KWAME, 'POST', '/polls', {
      body: pollDraft({ question: ' ', options: ['Same', 'same'], closesAt: new Date(T0 - HOUR).toISOString(), minVotesForResults: 5000 }),
      headers: { 'Idempotency-Key': key() },
      operationId: 'createPoll',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldsOf(bad).sort(), ['closesAt:too-early', 'minVotesForResults:invalid', 'options.1:duplicate', 'question:required']);
    const shape = await s.json(KWAME, 'POST', '/polls', { body: { question: 'Missing the rest' }, headers: { 'Idempotency-Key': key() }, operationId: 'createPoll' });
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
    await assert.rejects(s.db.query("insert into poll_votes (poll_id, person_id, option_ids) values ($1, $2, '{o2}')", [poll.id, MAI]));
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
    const shape = await s.json(CHLOE, 'POST', '/polls/poll-lunch/votes', { body: { optionIds: 'lunch-ramen' }, headers: { 'Idempotency-Key': key() }, operationId: 'votePoll' });
    assert.equal(shape.status, 400);
    const noKey = await s.json(CHLOE, 'POST', '/polls/poll-lunch/votes', { body: { optionIds: ['lunch-ramen'], writeIn: null, score: null }, operationId: 'votePoll' });
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
    assert.equal(mine.body.poll.results.writeIns.some((w: { text: string }) => w.text === 'Board games'), false, 'pending: hidden from voters');
    const managerView = (await getPoll(ARJUN, 'poll-offsite')).body as Poll;
    const pending = managerView.results!.writeIns.find((w) => w.text === 'Board games');
    assert.ok(pending && pending.approved === false && pending.count === 1);

    const forbidden = await s.json(CHLOE, 'POST', `/polls/poll-offsite/write-ins/${pending.id}/approve`, { operationId: 'approveWriteIn' });
    assert.equal(forbidden.status, 403);
    const missing = await s.json(ARJUN, 'POST', '/polls/poll-offsite/write-ins/w-nope/approve', { operationId: 'approveWriteIn' });
    assert.equal(missing.status, 404);
    const approved = await s.json(ARJUN, 'POST', `/polls/poll-offsite/write-ins/${pending.id}/approve`, { operationId: 'approveWriteIn' });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.results.writeIns.find((w: { id: string }) => w.id === pending.id).approved, true);
    const again = await s.json(OLAFUR, 'POST', `/polls/poll-offsite/write-ins/${pending.id}/approve`, { operationId: 'approveWriteIn' });
    assert.equal(again.status, 200, 'idempotent, and admins manage every poll');
    const voterView = (await getPoll(CHLOE, 'poll-offsite')).body as Poll;
    assert.ok(voterView.results!.writeIns.some((w) => w.id === pending.id && w.approved));

    // Changing the vote drops the write-in nobody names any more.
    const changed = await vote(CHLOE, 'poll-offsite', { optionIds: ['offsite-sailing'] });
    assert.equal(changed.status, 200);
    assert.deepEqual(await s.db.query('select id from poll_write_ins where id = $1', [pending.id]), []);
  });

  it('closes a poll for its managers only; votes after that are refused', async () => {
    const poll = await create();
    const forbidden = await s.json(CHLOE, 'POST', `/polls/${poll.id}/close`, { operationId: 'closePoll' });
    assert.equal(forbidden.status, 403);
    assert.equal((await s.json(KWAME, 'POST', '/polls/poll-nope/close', { operationId: 'closePoll' })).status, 404);
    s.clock.now += 1000;
    const closed = await s.json(KWAME, 'POST', `/polls/${poll.id}/close`, { operationId: 'closePoll' });
    assert.equal(closed.status, 200);
    assert.equal(closed.body.status, 'closed');
    assert.equal(closed.body.closesAt, new Date(s.clock.now).toISOString());
    s.clock.now += 1000;
    const again = await s.json(OLAFUR, 'POST', `/polls/${poll.id}/close`, { operationId: 'closePoll' });
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
    await s.json(KWAME, 'POST', `/polls/${afterClose.id}/close`);
    assert.equal((await getPoll(MAI, afterClose.id)).body.resultsHiddenReason, 'below-minimum');
    assert.equal((await getPoll(KWAME, afterClose.id)).body.results.totalVotes, 1);

    const live = await create({ minVotesForResults: 2 });
    await vote(MAI, live.id, { optionIds: ['o1'] });
    assert.equal((await getPoll(CHLOE, live.id)).body.resultsHiddenReason, 'below-minimum');
    await vote(CHLOE, live.id, { optionIds: ['o3'] });
    assert.equal((await getPoll(CHLOE, live.id)).body.results.totalVotes, 2);
  });
});

describe('anonymous polls', () => {
  const VOTER = 'p-05';

  it('answers a receipt, replays it for a retried key, and changes a vote only with it', async () => {
    const poll = await create({ anonymous: true });
    const idempotencyKey = key();
    const first = await vote(VOTER, poll.id, { optionIds: ['o1'] }, { key: idempotencyKey });
    assert.equal(first.status, 200);
    const receipt = first.body.receipt as string;
    assert.match(receipt, /^[\w-]{22,}$/, 'base64url, at least 128 bits');
    assert.ok(Buffer.from(receipt, 'base64url').length >= 16);
    assert.equal(first.body.poll.voted, true);
    assert.equal(first.body.poll.myVote, null, 'an anonymous poll never tells anyone’s vote');

    const retry = await vote(VOTER, poll.id, { optionIds: ['o1'] }, { key: idempotencyKey });
    assert.deepEqual([retry.status, retry.body], [200, first.body], 'the same answer, the same receipt');
    assert.equal((await getPoll(KWAME, poll.id)).body.results.totalVotes, 1, 'counted once');
    assert.equal((await vote(VOTER, poll.id, { optionIds: ['o2'] }, { key: idempotencyKey })).status, 409, 'the key with another body');

    const without = await vote(VOTER, poll.id, { optionIds: ['o2'] });
    assert.equal(without.status, 409);
    assert.match(without.body.error.message, /change an anonymous vote/);
    const wrong = await vote(VOTER, poll.id, { optionIds: ['o2'] }, { receipt: 'not-my-receipt-at-all-0000000000' });
    assert.deepEqual([wrong.status, fieldsOf(wrong)], [400, ['receipt:invalid']]);

    const changed = await vote(VOTER, poll.id, { optionIds: ['o2'] }, { receipt });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.receipt, receipt, 'the change answers the same receipt');
    const manager = (await getPoll(OLAFUR, poll.id)).body as Poll;
    assert.deepEqual([count(manager, 'o1'), count(manager, 'o2'), manager.results!.totalVotes], [0, 1, 1]);
    assert.equal(manager.myVote, null);

    const fixed = await create({ anonymous: true, allowChangeVote: false });
    const once = await vote(VOTER, fixed.id, { optionIds: ['o1'] });
    const twice = await vote(VOTER, fixed.id, { optionIds: ['o2'] }, { receipt: once.body.receipt });
    assert.equal(twice.status, 409);
    // The voter list refuses a second entry whatever the code does.
    await assert.rejects(s.db.query('update poll_voters set person_ids = array[$2, $2] where poll_id = $1', [fixed.id, VOTER]));
  });

  it('keeps nothing in the database that links a voter to a choice', async () => {
    const poll = await create({ anonymous: true, allowWriteIn: true, options: ['Red', 'Green', 'Blue'] });
    const voters = ['p-07', 'p-08', 'p-09', 'p-10'];
    const receipts: string[] = [];
    const keys: string[] = [];
    for (const [i, voter] of voters.entries()) {
      const k = key();
      keys.push(k);
      const res = await vote(voter, poll.id, i === 3 ? { optionIds: [], writeIn: 'Ultraviolet' } : { optionIds: [`o${i + 1}`] }, { key: k });
      assert.equal(res.status, 200);
      receipts.push(res.body.receipt as string);
      // A retry, to leave an idempotency entry behind as a real client would.
      await vote(voter, poll.id, i === 3 ? { optionIds: [], writeIn: 'Ultraviolet' } : { optionIds: [`o${i + 1}`] }, { key: k });
    }

    // The ballots table has no column that could name a voter or order ballots in time.
    const columns = await s.db.query<{ column_name: string; data_type: string }>(
      "select column_name, data_type from information_schema.columns where table_name = 'poll_ballots' order by column_name",
    );
    assert.deepEqual(columns.map((c) => c.column_name), ['id', 'option_ids', 'poll_id', 'receipt_hash', 'score', 'write_in_id']);
    assert.equal(columns.find((c) => c.column_name === 'id')?.data_type, 'uuid');
    const ballots = await s.db.query<Record<string, unknown>>('select * from poll_ballots where poll_id = $1', [poll.id]);
    assert.equal(ballots.length, 4);
    // The voter list: one row per poll, sorted, with no choice in it.
    const [list] = await s.db.query<{ person_ids: string[] }>('select person_ids from poll_voters where poll_id = $1', [poll.id]);
    assert.deepEqual(list?.person_ids, [...voters].sort());
    const voterColumns = await s.db.query<{ column_name: string }>("select column_name from information_schema.columns where table_name = 'poll_voters' order by column_name");
    assert.deepEqual(voterColumns.map((c) => c.column_name), ['person_ids', 'poll_id']);

    // Every row of every table: none names a voter together with this poll (but the voter list),
    // and no receipt or idempotency key is stored in the clear.
    const tables = await s.db.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
    for (const { table_name: table } of tables) {
      const rows = await s.db.query<{ row: string }>(`select row_to_json(t)::text as row from "${table}" t`);
      for (const { row } of rows) {
        for (const secret of [...receipts, ...keys]) assert.ok(!row.includes(secret), `${table} stores a receipt or key in the clear`);
        for (const choice of ['Ultraviolet', '"o1"', '"o2"', '"o3"']) {
          if (voters.some((v) => row.includes(`"${v}"`)) && row.includes(choice)) assert.fail(`${table} names a voter next to a choice: ${row}`);
        }
        if (table !== 'poll_voters' && row.includes(poll.id)) {
          for (const voter of voters) assert.ok(!row.includes(`"${voter}"`), `${table} names a voter of the anonymous poll: ${row}`);
        }
      }
    }
    // Anonymous votes' idempotency entries carry no user, and their replays are sealed.
    const entries = await s.db.query<{ user_id: string; response: string }>("select user_id, response from idempotency_keys where key like 'anon|%'");
    assert.ok(entries.length >= 4);
    for (const entry of entries) {
      assert.equal(entry.user_id, '');
      assert.ok(!entry.response.includes('receipt') && !entry.response.includes(poll.id));
    }
  });
});

describe('live', () => {
  it('sends `poll` events that name only the poll, to streams that asked for the topic', async () => {
    const http = await listen(s.app);
    const polls = await openStream(`${http.url}/events?topics=kudos,poll`, { cookie: s.cookie(MAI) });
    const kudosOnly = await openStream(`${http.url}/events?topics=kudos`, { cookie: s.cookie(MAI) });
    try {
      assert.equal(polls.res.status, 200);
      await polls.next((m) => m.comment === 'connected', 3000);
      await kudosOnly.next((m) => m.comment === 'connected', 3000);
      const poll = await create();
      await vote(CHLOE, poll.id, { optionIds: ['o1'] });
      const message = await polls.next((m) => !!m.data && m.data.includes(poll.id));
      assert.equal(message.event, 'poll');
      assert.match(message.id ?? '', /^\d+$/);
      const event = JSON.parse(message.data!) as PollLiveEvent;
      assert.deepEqual(event, { topic: 'poll', type: 'changed', pollId: poll.id });
      assert.deepEqual(contract.schemaErrors('LiveEvent', event), []);
      await s.json(KWAME, 'POST', `/polls/${poll.id}/close`);
      assert.equal(JSON.parse((await polls.next((m) => !!m.data && m.data.includes(poll.id))).data!).pollId, poll.id);
      assert.deepEqual(await kudosOnly.drain(300), [], 'a kudos stream hears nothing of polls');
    } finally {
      polls.close();
      kudosOnly.close();
      await http.close();
    }
  });
});
