import { expect } from '@open-wc/testing';
import { ConflictError, ValidationError } from '../../../src/core/errors.js';
import type { MemoryState } from '../../../src/adapters/memory/state.js';
import { receiptHash } from '../../../src/core/secret.js';
import { ballot, idem, makeAdapter, rejection, uniqueKey } from './helpers.js';
import { plainPollDraft } from '../../../src/core/poll.rules.js';

const stored = (key: string) => JSON.parse(localStorage.getItem(key)!) as MemoryState;
const raw = (key: string) => localStorage.getItem(key)!;

/** A persisted adapter on its own storage key, signed in as `userId`. */
function persisted(userId = 'p-01') {
  const storageKey = uniqueKey();
  return { adapter: makeAdapter({ storageKey, persist: true, userId }), storageKey };
}

describe('memory adapter: anonymous polls', () => {
  it('returns a long random receipt to the voter, and never their vote', async () => {
    const { adapter } = persisted();
    const { poll, receipt } = await adapter.polls.vote('poll-enps', ballot([], null, 9), idem());
    expect(receipt).to.match(/^[\w-]{32}$/);
    expect(poll).to.deep.include({ voted: true, myVote: null, anonymous: true });
    const other = persisted('p-01');
    const second = await other.adapter.polls.vote('poll-enps', ballot([], null, 9), idem());
    expect(second.receipt).not.to.equal(receipt);
  });

  it('stores the ballot under a hash of the receipt, with no voter id, time or order that links them', async () => {
    const { adapter, storageKey } = persisted('p-01');
    const before = stored(storageKey).polls.find((p) => p.id === 'poll-enps')!;
    const { receipt } = await adapter.polls.vote('poll-enps', ballot([], null, 3), idem());
    const after = stored(storageKey).polls.find((p) => p.id === 'poll-enps')!;

    // The voter is listed as having voted, in sorted order, and nowhere else in the poll.
    expect(after.voters).to.include('p-01');
    expect(after.voters).to.deep.equal([...after.voters].sort());
    const ballots = JSON.stringify(after.ballots);
    expect(ballots).not.to.include('p-01');
    expect(ballots).not.to.include(receipt!);
    // The new ballot is keyed by the receipt's hash, among keys kept in sorted order.
    const key = receiptHash('poll-enps', receipt!);
    expect(after.ballots[key]).to.deep.equal({ optionIds: [], writeInId: null, score: 3 });
    const keys = Object.keys(after.ballots);
    expect(keys).to.deep.equal([...keys].sort());
    expect(keys.length).to.equal(Object.keys(before.ballots).length + 1);
    // Ballots carry no time, and nothing in the whole stored state holds the receipt or names the voter next to it.
    expect(Object.keys(after.ballots[key]!)).to.deep.equal(['optionIds', 'writeInId', 'score']);
    expect(raw(storageKey)).not.to.include(receipt!);
    for (const [entryKey, entry] of Object.entries(stored(storageKey).idempotency)) {
      expect(entryKey).not.to.include('p-01');
      expect(entry.id).not.to.equal(receipt);
    }
  });

  it('keeps a write-in in an anonymous poll apart from its author', async () => {
    const { adapter, storageKey } = persisted('p-06');
    const poll = await adapter.polls.createPoll(
      plainPollDraft('What would make Mondays better?', ['Later start', 'No meetings'], {
        allowWriteIn: true,
        moderateWriteIns: true,
        anonymous: true,
      }),
      idem(),
    );
    adapter.setCurrentUser('p-09');
    await adapter.polls.vote(poll.id, ballot([], 'Free breakfast'), idem());
    const record = stored(storageKey).polls.find((p) => p.id === poll.id)!;
    expect(record.writeIns.map((w) => w.text)).to.deep.equal(['Free breakfast']);
    expect(JSON.stringify({ writeIns: record.writeIns, ballots: record.ballots })).not.to.include('p-09');
    expect(record.voters).to.deep.equal(['p-09']);
  });

  it('refuses a second vote without the receipt, and changes the vote with it', async () => {
    const adapter = makeAdapter();
    const first = await adapter.polls.vote('poll-enps', ballot([], null, 4), idem());
    const refused = await rejection(adapter.polls.vote('poll-enps', ballot([], null, 10), idem()));
    expect(refused).to.be.instanceOf(ConflictError);
    expect((refused as Error).message).to.match(/already voted/);
    const wrong = await rejection(adapter.polls.vote('poll-enps', ballot([], null, 10), { ...idem(), receipt: 'A'.repeat(32) }));
    expect(wrong).to.be.instanceOf(ValidationError);
    expect((wrong as ValidationError).forField('receipt')).to.include({ code: 'invalid' });

    const changed = await adapter.polls.vote('poll-enps', ballot([], null, 10), { ...idem(), receipt: first.receipt });
    expect(changed.receipt).to.equal(first.receipt);
    adapter.setCurrentUser('p-34');
    const results = (await adapter.polls.getPoll('poll-enps')).results!;
    expect(results.totalVotes).to.equal(20);
    expect(results.enps!.distribution[4]).to.equal(0);
    expect(results.enps!.distribution[10]).to.equal(4);
  });

  it('gives the same receipt to a retried vote, and counts it once', async () => {
    const { adapter, storageKey } = persisted();
    const key = { idempotencyKey: 'anon-retry' };
    const first = await adapter.polls.vote('poll-enps', ballot([], null, 8), key);
    const again = await adapter.polls.vote('poll-enps', ballot([], null, 8), key);
    expect(again.receipt).to.equal(first.receipt);
    expect(Object.keys(stored(storageKey).polls.find((p) => p.id === 'poll-enps')!.ballots)).to.have.length(20);
    // Another voter replaying the same key gets a vote and a receipt of their own.
    const voters = stored(storageKey).polls.find((p) => p.id === 'poll-enps')!.voters;
    adapter.setCurrentUser(adapter.listUsers().find((u) => !voters.includes(u.id))!.id);
    const theirs = await adapter.polls.vote('poll-enps', ballot([], null, 8), key);
    expect(theirs.receipt).to.be.a('string').and.not.equal(first.receipt);
  });

  it('refuses to change an anonymous vote when the poll does not allow changes, receipt or not', async () => {
    const adapter = makeAdapter({ userId: 'p-06' });
    const poll = await adapter.polls.createPoll(plainPollDraft('Secret ballot?', ['Yes', 'No'], { anonymous: true, allowChangeVote: false }), idem());
    const { receipt } = await adapter.polls.vote(poll.id, ballot([poll.options[0]!.id]), idem());
    expect(await rejection(adapter.polls.vote(poll.id, ballot([poll.options[1]!.id]), { ...idem(), receipt }))).to.be.instanceOf(ConflictError);
  });
});
