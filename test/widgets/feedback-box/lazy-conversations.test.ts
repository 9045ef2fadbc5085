import { expect } from '@open-wc/testing';
import { boxEl, buttonNamed, deepQuery, fillValid, quiet, selectedTab, textOf, threadsModuleWillFail, waitFor } from './helpers.js';

// The conversations' module fails once here, so this file holds one test: a module loads once per page.
describe('feedback box: "Your conversations", loaded when first shown', () => {
  it('after sending, a failed load still knows the conversation to open, and the retry opens it', async () => {
    const fail = threadsModuleWillFail();
    const el = await boxEl(quiet());
    await fillValid(el, 'Followed up straight after sending.');
    buttonNamed(el, 'Send anonymously')!.click();
    (await waitFor(() => buttonNamed(el, 'Open conversation'))).click();
    await waitFor(() => textOf(el).includes('Opening the conversation…'), 'opening');
    expect(selectedTab(el)).to.equal('Your conversations');
    fail();
    await waitFor(() => textOf(el).includes('Your conversations couldn’t load.'), 'load error');

    buttonNamed(el, 'Try again')!.click();
    const thread = await waitFor(() => deepQuery(el, '.thread'), 'the thread');
    expect(textOf(thread)).to.include('Followed up straight after sending.');
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'thread-title', 'focus on the thread');
  });
});
