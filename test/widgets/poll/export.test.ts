import { expect } from '@open-wc/testing';
import { plainPollDraft } from '../../../src/core/poll.rules.js';
import { buttonNamed, catchDownload, waitFor } from '../../support.js';
import { pollEl, quiet, textOf } from './helpers.js';

/* A poll's managers export its results as CSV; a write-in that looks like a formula stays text. */

describe('<chorus-poll> results export', () => {
  it('lets the poll’s manager download the results as CSV, formula-like write-ins written as text', async () => {
    const adapter = quiet({ userId: 'p-06' });
    const poll = await adapter.polls.createPoll(plainPollDraft('Snacks for the hack day?', ['Fruit', 'Crisps'], { allowWriteIn: true }), {
      idempotencyKey: 'k1',
    });
    adapter.setCurrentUser('p-01');
    await adapter.polls.vote(poll.id, { optionIds: [], writeIn: '=HYPERLINK("http://evil.example","Tea")', score: null }, { idempotencyKey: 'k2' });
    adapter.setCurrentUser('p-03');
    await adapter.polls.vote(poll.id, { optionIds: [poll.options[0]!.id], writeIn: null, score: null }, { idempotencyKey: 'k3' });

    const voter = await pollEl(adapter, poll.id);
    await waitFor(() => textOf(voter).includes('Snacks for the hack day?'));
    expect(buttonNamed(voter, 'Export results (CSV)'), 'not for a voter').to.equal(undefined);
    voter.remove();

    adapter.setCurrentUser('p-06');
    const el = await pollEl(adapter, poll.id);
    const button = await waitFor(() => buttonNamed(el, 'Export results (CSV)'), textOf(el));
    const download = catchDownload();
    try {
      button.click();
      const { name, text } = await download.file;
      expect(name).to.equal(`poll-${poll.id}.csv`);
      const lines = text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines).to.deep.equal([
        'Question,Snacks for the hack day?',
        'Answer,Votes,Type',
        'Fruit,1,Option',
        'Crisps,0,Option',
        `"'=HYPERLINK(""http://evil.example"",""Tea"")",1,Write-in`,
        'Total votes,2',
      ]);
    } finally {
      download.restore();
    }
  });
});
