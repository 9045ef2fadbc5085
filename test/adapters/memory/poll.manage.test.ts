import { expect } from '@open-wc/testing';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../src/core/errors.js';
import type { PollDraft } from '../../../src/core/poll.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/memory.adapter.js';
import { ballot, idem, makeAdapter, rejection, testClock } from './helpers.js';
import { plainPollDraft } from '../../../src/core/poll.rules.js';

const HOUR = 3_600_000;

function draft(overrides: Partial<PollDraft> = {}): PollDraft {
  return plainPollDraft('Which sessions should we record?', ['Keynote', 'Workshops', 'Panel'], {
    kind: 'multiple',
    maxChoices: 2,
    ...overrides,
  });
}

async function fieldErrors(adapter: MemoryAdapter, overrides: Partial<PollDraft>) {
  const error = await rejection(adapter.polls.createPoll(draft(overrides), idem()));
  expect(error).to.be.instanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('memory adapter: creating polls', () => {
  it('lets poll authors and admins create a poll, with option ids and themselves as author', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ userId: 'p-06', now: clock.now });
    const closesAt = new Date(clock.at + 48 * HOUR).toISOString();
    const poll = await adapter.polls.createPoll(draft({ question: '  Which sessions\n\n\n\nshould we record? ', closesAt }), idem());
    expect(poll).to.deep.include({
      question: 'Which sessions\n\nshould we record?',
      kind: 'multiple',
      maxChoices: 2,
      status: 'open',
      voted: false,
      canManage: true,
      closesAt,
    });
    expect(poll.id).to.match(/^poll-[\w-]+$/);
    expect(poll.options).to.deep.equal([
      { id: 'o1', label: 'Keynote' },
      { id: 'o2', label: 'Workshops' },
      { id: 'o3', label: 'Panel' },
    ]);
    expect(poll.createdBy.id).to.equal('p-06');
    expect(poll.createdAt).to.equal(new Date(clock.at).toISOString());
    expect(await adapter.polls.getPoll(poll.id)).to.deep.equal(poll);
    adapter.setCurrentUser('p-32');
    expect((await adapter.polls.createPoll(draft(), idem())).createdBy.id).to.equal('p-32');
  });

  it('refuses everyone else with ForbiddenError', async () => {
    for (const userId of ['p-01', 'p-29']) {
      expect(await rejection(makeAdapter({ userId }).polls.createPoll(draft(), idem())), userId).to.be.instanceOf(ForbiddenError);
    }
  });

  it('creates once for a retried key', async () => {
    const adapter = makeAdapter({ userId: 'p-06' });
    const key = { idempotencyKey: 'create-once' };
    const first = await adapter.polls.createPoll(draft(), key);
    expect(await adapter.polls.createPoll(draft(), key)).to.deep.equal(first);
  });

  it('checks the question and options', async () => {
    const adapter = makeAdapter({ userId: 'p-06', pollLimits: { questionMax: 40, optionMax: 10, maxOptions: 4 } });
    expect(await fieldErrors(adapter, { question: '   ' })).to.deep.include({
      field: 'question',
      code: 'required',
      message: 'Write the question.',
    });
    expect((await fieldErrors(adapter, { question: 'q'.repeat(41) }))[0]).to.deep.include({
      field: 'question',
      code: 'too-long',
      params: { max: 40 },
    });
    expect((await fieldErrors(adapter, { options: ['Only one'] }))[0]).to.deep.include({
      field: 'options',
      code: 'too-few',
      params: { min: 2 },
    });
    expect((await fieldErrors(adapter, { options: ['a', 'b', 'c', 'd', 'e'], maxChoices: 1 }))[0]).to.deep.include({
      field: 'options',
      code: 'too-many',
      params: { max: 4 },
    });
    const each = await fieldErrors(adapter, { options: ['Keynote', ' ', 'keynote ', 'x'.repeat(11)] });
    expect(each.map((e) => [e.field, e.code])).to.deep.equal([
      ['options.1', 'required'],
      ['options.2', 'duplicate'],
      ['options.3', 'too-long'],
    ]);
  });

  it('keeps max choices within the number of options, and reports every field at once', async () => {
    const adapter = makeAdapter({ userId: 'p-06' });
    expect((await fieldErrors(adapter, { maxChoices: 4 }))[0]).to.deep.include({
      field: 'maxChoices',
      code: 'too-many',
      params: { max: 3 },
    });
    expect((await fieldErrors(adapter, { maxChoices: 0 }))[0]).to.include({ field: 'maxChoices', code: 'invalid' });
    const all = await fieldErrors(adapter, {
      question: '',
      maxChoices: 0,
      resultsVisibility: 'sometimes' as never,
      minVotesForResults: -1,
    });
    expect(all.map((e) => e.field)).to.deep.equal(['question', 'maxChoices', 'resultsVisibility', 'minVotesForResults']);
  });

  it('wants the deadline after the opening, and in the future', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ userId: 'p-06', now: clock.now });
    const iso = (ms: number) => new Date(clock.at + ms).toISOString();
    expect((await fieldErrors(adapter, { closesAt: iso(-HOUR) }))[0]).to.deep.include({
      field: 'closesAt',
      code: 'too-early',
      message: 'The deadline must be in the future.',
    });
    expect((await fieldErrors(adapter, { opensAt: iso(5 * HOUR), closesAt: iso(2 * HOUR) }))[0]).to.deep.include({
      field: 'closesAt',
      code: 'too-early',
    });
    expect((await fieldErrors(adapter, { closesAt: 'next Friday' }))[0]).to.include({ field: 'closesAt', code: 'invalid' });
    const later = await adapter.polls.createPoll(draft({ opensAt: iso(HOUR), closesAt: iso(2 * HOUR) }), idem());
    expect(later.status).to.equal('scheduled');
  });

  it('gives an eNPS poll the 0–10 scale, and resets settings that do not apply to its kind', async () => {
    const adapter = makeAdapter({ userId: 'p-06' });
    expect((await fieldErrors(adapter, { kind: 'enps' }))[0]).to.include({ field: 'options', code: 'invalid' });
    const enps = await adapter.polls.createPoll(draft({ kind: 'enps', options: [], maxChoices: 3, allowWriteIn: true, moderateWriteIns: true }), idem());
    expect(enps).to.deep.include({ kind: 'enps', options: [], maxChoices: 1, allowWriteIn: false, moderateWriteIns: false });
    const single = await adapter.polls.createPoll(draft({ kind: 'single', maxChoices: 3, moderateWriteIns: true }), idem());
    expect(single).to.deep.include({ maxChoices: 1, moderateWriteIns: false });
  });
});

describe('memory adapter: managing polls', () => {
  it('lets the author approve a pending write-in, which then shows to everyone', async () => {
    const adapter = makeAdapter({ userId: 'p-34' });
    const pending = (await adapter.polls.getPoll('poll-offsite')).results!.writeIns.find((w) => !w.approved)!;
    adapter.setCurrentUser('p-01');
    expect(await rejection(adapter.polls.approveWriteIn('poll-offsite', pending.id))).to.be.instanceOf(ForbiddenError);
    adapter.setCurrentUser('p-34');
    const approved = await adapter.polls.approveWriteIn('poll-offsite', pending.id);
    expect(approved.results!.writeIns.find((w) => w.id === pending.id)).to.include({ approved: true });
    expect(await adapter.polls.approveWriteIn('poll-offsite', pending.id)).to.deep.equal(approved);
    expect(await rejection(adapter.polls.approveWriteIn('poll-offsite', 'w-nope'))).to.be.instanceOf(NotFoundError);
    adapter.setCurrentUser('p-01');
    const seen = (await adapter.polls.vote('poll-offsite', ballot(['offsite-hike']), idem())).poll;
    expect(seen.results!.writeIns.map((w) => w.text)).to.include('Karaoke night');
  });

  it('shows write-ins at once when the poll does not moderate them', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ now: clock.now });
    clock.at += 4 * 86_400_000;
    const { poll } = await adapter.polls.vote('poll-upcoming', ballot([], 'Ugly sweater contest'), idem());
    expect(poll.results!.writeIns).to.deep.equal([{ id: poll.results!.writeIns[0]!.id, text: 'Ugly sweater contest', count: 1, approved: true }]);
  });

  it('lets a manager close a poll now; voting then stops', async () => {
    const clock = testClock();
    const adapter = makeAdapter({ userId: 'p-06', now: clock.now });
    adapter.setCurrentUser('p-01');
    expect(await rejection(adapter.polls.closePoll('poll-lunch'))).to.be.instanceOf(ForbiddenError);
    adapter.setCurrentUser('p-06');
    const closed = await adapter.polls.closePoll('poll-lunch');
    expect(closed).to.deep.include({ status: 'closed', closesAt: new Date(clock.at).toISOString() });
    clock.at += 1000;
    expect(await adapter.polls.closePoll('poll-lunch')).to.deep.equal(closed);
    adapter.setCurrentUser('p-01');
    expect(((await rejection(adapter.polls.vote('poll-lunch', ballot(['lunch-ramen']), idem()))) as Error).message).to.match(/closed/);
    expect(await rejection(makeAdapter().polls.closePoll('poll-nope'))).to.be.instanceOf(NotFoundError);
  });
});
