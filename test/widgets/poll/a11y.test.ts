import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusPoll } from '../../../src/widgets/poll/poll.element.js';
import { NetworkError } from '../../../src/core/errors.js';
import { buttonNamed, deepQuery, waitFor } from '../../support.js';
import { choice, composerOf, pollEl, quiet, rows, textOf, withPolls } from './helpers.js';
import '../../../src/i18n/de.poll.js';

const never = () => new Promise<never>(() => {});

describe('<chorus-poll> landmark', () => {
  it('is a labelled region, so a page’s landmarks include it (in the page’s language)', async () => {
    const el = await pollEl(quiet(), 'poll-lunch');
    const base = deepQuery(el, '[part="base"]')!;
    expect(base.localName).to.equal('section');
    // Named by its question, so two polls on a page are two landmarks told apart.
    const question = deepQuery(el, '.question')!.textContent!.trim();
    expect(base.getAttribute('aria-label')).to.equal(`Poll: ${question}`);
    el.lang = 'de';
    el.requestUpdate();
    await el.updateComplete;
    expect(base.getAttribute('aria-label')).to.equal(`Umfrage: ${question}`);
  });
});

for (const theme of ['light', 'dark'] as const) {
  describe(`<chorus-poll> accessibility (${theme})`, () => {
    it('has no axe violations while loading', async () => {
      const adapter = withPolls(quiet(), { getPoll: never });
      const el = await fixture<ChorusPoll>(html`<chorus-poll poll-id="poll-lunch" theme=${theme} .adapter=${adapter}></chorus-poll>`);
      await waitFor(() => textOf(el).includes('Loading'));
      expect(el.matches(':state(loading)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations when open: single, multiple with an error, eNPS, and with "Other" typed', async () => {
      const single = await pollEl(quiet(), 'poll-lunch', { theme });
      choice(single, 'Ramen Taro').click();
      await expect(single).to.be.accessible();

      const multiple = await pollEl(quiet(), 'poll-offsite', { theme });
      for (const label of ['Cooking class', 'Escape room', 'Sailing trip', 'Other']) choice(multiple, label).click();
      await waitFor(() => deepQuery(multiple, '#choice-error') && deepQuery(multiple, '#write-in'));
      await expect(multiple).to.be.accessible();

      const enps = await pollEl(quiet(), 'poll-enps', { theme });
      choice(enps, '9').click();
      await expect(enps).to.be.accessible();
    });

    it('has no axe violations with results: voted, closed, eNPS breakdown, manager approvals and close confirmation', async () => {
      const voted = await pollEl(quiet(), 'poll-lunch', { theme });
      choice(voted, 'Ramen Taro').click();
      buttonNamed(voted, 'Vote')!.click();
      await waitFor(() => buttonNamed(voted, 'Change vote'));
      await expect(voted).to.be.accessible();

      await expect(await pollEl(quiet(), 'poll-closed', { theme })).to.be.accessible();

      const manager = await pollEl(quiet({ userId: 'p-34' }), 'poll-enps', { theme });
      buttonNamed(manager, 'See results')!.click();
      await waitFor(() => deepQuery(manager, '.enps-value'));
      await expect(manager).to.be.accessible();

      const moderator = await pollEl(quiet({ userId: 'p-34' }), 'poll-offsite', { theme });
      buttonNamed(moderator, 'See results')?.click();
      await waitFor(() => buttonNamed(moderator, 'Approve'));
      buttonNamed(moderator, 'Close poll')!.click();
      await waitFor(() => deepQuery(moderator, '.confirm'));
      await expect(moderator).to.be.accessible();
    });

    it('has no axe violations with hidden results, not yet open, a vote error and a load error', async () => {
      const hidden = await pollEl(quiet(), 'poll-enps', { theme });
      choice(hidden, '3').click();
      buttonNamed(hidden, 'Vote')!.click();
      await waitFor(() => textOf(hidden).includes('Results will be shown when the poll closes.'));
      await expect(hidden).to.be.accessible();

      const upcoming = await pollEl(quiet(), 'poll-upcoming', { theme });
      await expect(upcoming).to.be.accessible();

      const failing = quiet();
      const error = await pollEl(failing, 'poll-lunch', { theme });
      failing.failureRate = 1;
      choice(error, 'The Green Bowl').click();
      buttonNamed(error, 'Vote')!.click();
      await waitFor(() => deepQuery(error, '.vote-error'));
      await expect(error).to.be.accessible();

      const broken = await pollEl(withPolls(quiet(), { getPoll: () => Promise.reject(new NetworkError()) }), 'poll-lunch', { theme });
      await waitFor(() => textOf(broken).includes('The poll couldn’t load.'));
      await expect(broken).to.be.accessible();
    });

    it('has no axe violations in the composer, empty and with errors', async () => {
      const el = await pollEl(quiet({ userId: 'p-06' }), undefined, { theme });
      const composer = await waitFor(() => composerOf(el));
      await expect(el).to.be.accessible();
      buttonNamed(composer, 'Create poll')!.click();
      await waitFor(() => textOf(composer).includes('Write the question.'));
      await expect(el).to.be.accessible();
      expect(rows(el)).to.deep.equal([]);
    });
  });
}
