import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusFeedbackBox } from '../../../src/widgets/feedback-box/feedback-box.element.js';
import { draftStorageKey } from '../../../src/widgets/feedback-box/draft-store.js';
import '../../../src/provider/provider.js';
import {
  boxEl,
  buttonNamed,
  deepQuery,
  fieldLabelled,
  fillValid,
  messageField,
  quiet,
  radio,
  selectedTab,
  tabNames,
  textOf,
  waitFor,
  withFeedback,
} from './helpers.js';

describe('<chorus-feedback-box> element', () => {
  it('shows the view the page asks for, follows later changes, and falls back to "send" for unknown views', async () => {
    const el = await boxEl(quiet(), { view: 'conversations' });
    expect(selectedTab(el)).to.equal('Your conversations');
    el.view = 'send';
    await waitFor(() => selectedTab(el) === 'Send feedback');
    el.setAttribute('view', 'nonsense');
    await el.updateComplete;
    expect(el.view).to.equal('send');
    expect(selectedTab(el)).to.equal('Send feedback');
  });

  it('takes its heading from the attribute, else the localized default', async () => {
    const el = await boxEl(quiet());
    expect(deepQuery(el, 'h2')!.textContent).to.equal('Anonymous feedback');
    el.heading = 'Tell HR, anonymously';
    await el.updateComplete;
    expect(deepQuery(el, 'h2')!.textContent).to.equal('Tell HR, anonymously');
    expect(deepQuery(el, 'section')!.getAttribute('aria-labelledby')).to.equal('heading');
  });

  it('shows "Sending…" and the sending state while the backend works', async () => {
    const base = quiet();
    let finish!: () => void;
    const adapter = withFeedback(base, {
      sendFeedback: (draft, options) => new Promise((resolve, reject) => (finish = () => base.feedback.sendFeedback(draft, options).then(resolve, reject))),
    });
    const el = await boxEl(adapter);
    await fillValid(el);
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => buttonNamed(el, 'Sending…'));
    expect(el.matches(':state(sending)')).to.equal(true);
    expect(buttonNamed(el, 'Sending…')!.getAttribute('aria-disabled')).to.equal('true');
    expect(deepQuery(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
    // A second click does not send twice.
    buttonNamed(el, 'Sending…')!.click();
    finish();
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
    expect(el.matches(':state(sending)')).to.equal(false);
  });

  it('retries loading after an error', async () => {
    const adapter = quiet({ failureRate: 1 });
    const el = await boxEl(adapter);
    const retry = await waitFor(() => buttonNamed(el, 'Try again'));
    expect(textOf(el)).to.include('We couldn’t reach the service.');
    adapter.failureRate = 0;
    retry.click();
    await waitFor(() => messageField(el));
  });

  it('drops what the box no longer offers from a restored draft', async () => {
    sessionStorage.setItem(draftStorageKey('stale'), JSON.stringify({ categoryId: 'gone', score: 9, message: 'Kept text, long enough', idempotencyKey: 'k' }));
    const el = await boxEl(quiet(), { draftKey: 'stale' });
    expect(messageField(el).value).to.equal('Kept text, long enough');
    expect(buttonNamed(el, 'Clear score')).to.equal(undefined);
    expect(radio(el, 'Ideas').checked).to.equal(false);
    radio(el, 'Ideas').click();
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => fieldLabelled(el, 'Your reply token'));
  });

  it('takes the adapter, user and locale from a provider; the name check uses the provider’s user', async () => {
    const adapter = quiet();
    const page = await fixture(html`<chorus-provider .adapter=${adapter}
      .user=${{ id: 'x-1', name: 'Ines Duarte', teamId: 't-eng', roles: ['feedback-recipient'] }}>
      <chorus-feedback-box theme="light"></chorus-feedback-box></chorus-provider>`);
    const el = page.querySelector<ChorusFeedbackBox>('chorus-feedback-box')!;
    await waitFor(() => !el.matches(':state(loading)'));
    expect(tabNames(el)).to.include('Inbox');
    await fillValid(el, 'ines thinks the onboarding is too long');
    await waitFor(() => textOf(el).includes('your name (Ines)'));
  });
});
