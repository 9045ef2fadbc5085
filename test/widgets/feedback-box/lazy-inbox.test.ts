import { expect } from '@open-wc/testing';
import {
  NADIA,
  boxEl,
  buttonNamed,
  deepQuery,
  deepQueryAll,
  fillValid,
  messageField,
  quiet,
  radio,
  tab,
  textOf,
  threadsModuleFetched,
  threadsModuleWillFail,
  viewShown,
  waitFor,
} from './helpers.js';

// The inbox's module fails once here, so this file holds one test: a module loads once per page.
describe('feedback box: the inbox, loaded when first shown', () => {
  it('is fetched only when shown; a failed load shows a retry, keeps the draft, and the retry shows the inbox', async () => {
    const fail = threadsModuleWillFail();
    const el = await boxEl(quiet({ userId: NADIA }));
    const draft = 'Written before a look at the inbox.';
    await fillValid(el, draft);
    expect(threadsModuleFetched()).to.equal(false);

    tab(el, 'Inbox').click();
    // The inbox's own loading state stands while its module loads.
    await waitFor(() => deepQuery(el, '[role="tabpanel"] > .skeleton-list[role="status"]'), 'inbox loading');
    fail();
    await waitFor(() => textOf(el).includes('The inbox couldn’t load.'), 'load error');
    expect(deepQuery(el, '[role="tabpanel"] [role="alert"]')).to.exist;

    // What the sender typed is still there.
    tab(el, 'Send feedback').click();
    await waitFor(() => messageField(el));
    expect(messageField(el).value).to.equal(draft);
    expect(radio(el, 'Processes').checked).to.equal(true);

    tab(el, 'Inbox').click();
    (await waitFor(() => buttonNamed(el, 'Try again'), 'retry')).click();
    await viewShown(el);
    await waitFor(() => deepQueryAll(el, '.thread-row').length > 0, 'inbox threads');
    expect(threadsModuleFetched()).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(tab(el, 'Inbox'));
    // Its styles came with it: a status is a pill-shaped badge.
    const badge = deepQuery(el, '.thread-row .badge')!;
    expect(getComputedStyle(badge).borderRadius).to.equal('999px');
  });
});
