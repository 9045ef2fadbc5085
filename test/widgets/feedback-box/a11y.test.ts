import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusFeedbackBox } from '../../../src/widgets/feedback-box/feedback-box.element.js';
import { NetworkError } from '../../../src/core/errors.js';
import {
  NADIA,
  answerAs,
  boxEl,
  buttonNamed,
  closeAs,
  deepQuery,
  deepQueryAll,
  fieldLabelled,
  fillValid,
  quiet,
  sentAndKept,
  textOf,
  typeInto,
  waitFor,
  withFeedback,
  messageField,
} from './helpers.js';

const never = () => new Promise<never>(() => {});

for (const theme of ['light', 'dark'] as const) {
  describe(`<chorus-feedback-box> accessibility (${theme})`, () => {
    it('has no axe violations while loading and when it cannot load', async () => {
      const loading = await fixture<ChorusFeedbackBox>(html`<chorus-feedback-box theme=${theme}
        .adapter=${withFeedback(quiet(), { getFeedbackConfig: never })}></chorus-feedback-box>`);
      await waitFor(() => textOf(loading).includes('Loading'));
      expect(loading.matches(':state(loading)')).to.equal(true);
      await expect(loading).to.be.accessible();

      const broken = await boxEl(withFeedback(quiet(), { getFeedbackConfig: () => Promise.reject(new NetworkError()) }), { theme });
      await waitFor(() => textOf(broken).includes('The feedback box couldn’t load.'));
      expect(buttonNamed(broken, 'Try again')).to.exist;
      await expect(broken).to.be.accessible();

      const base = quiet();
      const unsupported = await boxEl({ people: base.people, me: base.me }, { theme });
      await waitFor(() => textOf(unsupported).includes('This feature isn’t available on this site’s backend.'));
      expect(buttonNamed(unsupported, 'Try again')).to.equal(undefined);
      await expect(unsupported).to.be.accessible();
    });

    it('has no axe violations in the form: empty, with errors, with the details note and the question', async () => {
      const el = await boxEl(quiet(), { theme });
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Send anonymously')!.click();
      await waitFor(() => deepQuery(el, '#message-error'));
      await expect(el).to.be.accessible();
      await typeInto(messageField(el), 'I, Chloé, can be reached at chloe@example.com or 079 123 45 67.');
      await fillValid(el, 'I, Chloé, can be reached at chloe@example.com or 079 123 45 67.');
      buttonNamed(el, 'Send anonymously')!.click();
      await waitFor(() => deepQuery(el, '.confirm'));
      deepQuery<HTMLDetailsElement>(el, 'details')!.open = true;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with eNPS, a rate limit and the "Sent" view', async () => {
      const enps = await boxEl(quiet({ feedbackConfig: { scoreKind: 'enps' }, feedbackRateLimit: { max: 0 } }), { theme });
      fieldLabelled<HTMLInputElement>(enps, '7')!.click();
      await fillValid(enps);
      buttonNamed(enps, 'Send anonymously')!.click();
      await waitFor(() => deepQuery(enps, '.send-error'));
      await expect(enps).to.be.accessible();

      const sent = await boxEl(quiet(), { theme });
      await fillValid(sent);
      buttonNamed(sent, 'Send anonymously')!.click();
      await waitFor(() => fieldLabelled(sent, 'Your reply token'));
      await expect(sent).to.be.accessible();
    });

    it('has no axe violations in conversations: empty, listed, a thread, a closed thread, a bad token', async () => {
      const empty = await boxEl(quiet(), { view: 'conversations', theme });
      await waitFor(() => textOf(empty).includes('No conversations on this device yet.'));
      await expect(empty).to.be.accessible();

      const adapter = quiet();
      const answered = await sentAndKept(adapter, { categoryId: 'ideas' });
      await answerAs(adapter, answered.thread.id, 'Thank you, we will try it in March.');
      const closed = await sentAndKept(adapter, { categoryId: 'culture' });
      await closeAs(adapter, closed.thread.id);
      const el = await boxEl(adapter, { view: 'conversations', theme });
      await waitFor(() => deepQueryAll(el, '.conversation .badge').length >= 3);
      buttonNamed(el, 'Forget the conversation about Ideas')!.click();
      await waitFor(() => deepQuery(el, '.forget-confirm'));
      await expect(el).to.be.accessible();

      buttonNamed(el, 'Ideas')!.click();
      await waitFor(() => deepQueryAll(el, '.message').length === 2);
      await expect(el).to.be.accessible();
      buttonNamed(el, 'All conversations')!.click();
      (await waitFor(() => buttonNamed(el, 'Culture and wellbeing'))).click();
      await waitFor(() => deepQuery(el, '.closed-note'));
      await expect(el).to.be.accessible();

      buttonNamed(el, 'All conversations')!.click();
      const field = await waitFor(() => fieldLabelled<HTMLInputElement>(el, 'Reply token'));
      await typeInto(field, 'B'.repeat(30));
      buttonNamed(el, 'Open')!.click();
      await waitFor(() => deepQuery(el, '#paste-error'));
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the inbox: summary, list, a thread, empty and forbidden', async () => {
      const el = await boxEl(quiet({ userId: NADIA }), { view: 'inbox', theme });
      await waitFor(() => deepQueryAll(el, '.thread-row').length > 0 && deepQueryAll(el, '.group').length > 0);
      await expect(el).to.be.accessible();
      deepQueryAll<HTMLButtonElement>(el, '.thread-row')
        .find((row) => textOf(row).includes('2 messages'))!
        .click();
      await waitFor(() => deepQueryAll(el, '.message').length > 1);
      await expect(el).to.be.accessible();

      const empty = await boxEl(withFeedback(quiet({ userId: NADIA }), { listFeedback: async () => ({ items: [], nextCursor: null }) }), {
        view: 'inbox',
        theme,
      });
      await waitFor(() => textOf(empty).includes('No feedback yet.'));
      await expect(empty).to.be.accessible();

      const forbidden = await boxEl(quiet(), { view: 'inbox', theme });
      await waitFor(() => textOf(forbidden).includes('Only the people who answer feedback'));
      await expect(forbidden).to.be.accessible();
    });
  });
}

describe('<chorus-feedback-box> right to left', () => {
  it('renders right to left with the page’s lang and dir, user text in its own direction', async () => {
    const adapter = quiet();
    const receipt = await sentAndKept(adapter, { message: 'الاجتماعات طويلة جداً — please keep them short.' });
    const page = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl"><chorus-feedback-box theme="light" view="conversations" .adapter=${adapter}></chorus-feedback-box></div>`,
    );
    const el = page.querySelector('chorus-feedback-box')!;
    await waitFor(() => !el.matches(':state(loading)'));
    const base = deepQuery(el, 'section')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    (await waitFor(() => buttonNamed(el, 'Workplace and tools'))).click();
    const text = await waitFor(() => deepQuery(el, '.message-text'));
    expect(text.textContent).to.equal('الاجتماعات طويلة جداً — please keep them short.');
    expect(text.getAttribute('dir')).to.equal('auto');
    expect(receipt.replyToken).not.to.equal('');
    await expect(el).to.be.accessible();
  });
});
