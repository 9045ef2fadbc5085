import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PollLiveEvent } from '../../src/core/live.js';
import type { Poll } from '../../src/core/poll.js';
import { CHLOE, MAI, OLAFUR, contract, key, listen, openStream } from './helpers.js';
import { server, withPollServer, KWAME, getPoll, vote, create, count, fieldsOf } from './polls.helpers.js';

/*
 * Anonymous poll votes through the reference server (receipts, and what the database keeps),
 * and the live `poll` topic.
 */

withPollServer();

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
    await assert.rejects(server.s.db.query('update poll_voters set person_ids = array[$2, $2] where poll_id = $1', [fixed.id, VOTER]));
  });

  it('keeps nothing in the database that links a voter to a choice', async () => {
    const poll = await create({ anonymous: true, allowWriteIn: true, options: ['Red', 'Green', 'Blue'] });
    const voters = ['p-07', 'p-08', 'p-09', 'p-10'];
    const receipts: string[] = [];
    const keys: string[] = [];
    for (const [i, voter] of voters.entries()) {
      const k = key();
      keys.push(k);
      const res = await vote(voter, poll.id, i === 3 ? { optionIds: [], writeIn: 'Ultraviolet' } : { optionIds: [`o${i + 1}`] }, {
        key: k,
      });
      assert.equal(res.status, 200);
      receipts.push(res.body.receipt as string);
      // A retry, to leave an idempotency entry behind as a real client would.
      await vote(voter, poll.id, i === 3 ? { optionIds: [], writeIn: 'Ultraviolet' } : { optionIds: [`o${i + 1}`] }, { key: k });
    }

    // The ballots table has no column that could name a voter or order ballots in time.
    const columns = await server.s.db.query<{ column_name: string; data_type: string }>(
      "select column_name, data_type from information_schema.columns where table_name = 'poll_ballots' order by column_name",
    );
    assert.deepEqual(
      columns.map((c) => c.column_name),
      ['id', 'option_ids', 'poll_id', 'receipt_hash', 'score', 'write_in_id'],
    );
    assert.equal(columns.find((c) => c.column_name === 'id')?.data_type, 'uuid');
    const ballots = await server.s.db.query<Record<string, unknown>>('select * from poll_ballots where poll_id = $1', [poll.id]);
    assert.equal(ballots.length, 4);
    // The voter list: one row per poll, sorted, with no choice in it.
    const [list] = await server.s.db.query<{ person_ids: string[] }>('select person_ids from poll_voters where poll_id = $1', [poll.id]);
    assert.deepEqual(list?.person_ids, [...voters].sort());
    const voterColumns = await server.s.db.query<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'poll_voters' order by column_name",
    );
    assert.deepEqual(
      voterColumns.map((c) => c.column_name),
      ['person_ids', 'poll_id'],
    );

    // Every row of every table: none names a voter together with this poll (but the voter list),
    // and no receipt or idempotency key is stored in the clear.
    const tables = await server.s.db.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    for (const { table_name: table } of tables) {
      const rows = await server.s.db.query<{ row: string }>(`select row_to_json(t)::text as row from "${table}" t`);
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
    const entries = await server.s.db.query<{ user_id: string; response: string }>("select user_id, response from idempotency_keys where key like 'anon|%'");
    assert.ok(entries.length >= 4);
    for (const entry of entries) {
      assert.equal(entry.user_id, '');
      assert.ok(!entry.response.includes('receipt') && !entry.response.includes(poll.id));
    }
  });
});

describe('live', () => {
  it('sends `poll` events that name only the poll, to streams that asked for the topic', async () => {
    const http = await listen(server.s.app);
    const polls = await openStream(`${http.url}/events?topics=kudos,poll`, { cookie: server.s.cookie(MAI) });
    const kudosOnly = await openStream(`${http.url}/events?topics=kudos`, { cookie: server.s.cookie(MAI) });
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
      await server.s.json(KWAME, 'POST', `/polls/${poll.id}/close`);
      assert.equal(JSON.parse((await polls.next((m) => !!m.data && m.data.includes(poll.id))).data!).pollId, poll.id);
      assert.deepEqual(await kudosOnly.drain(300), [], 'a kudos stream hears nothing of polls');
    } finally {
      polls.close();
      kudosOnly.close();
      await http.close();
    }
  });
});
