import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, textOf, waitFor } from '../../support.js';

const cards = (wall: Element) => deepQueryAll<HTMLElement>(wall, 'article.card');

describe('<chorus-kudos-wall> failures', () => {
  // Drafts are kept in sessionStorage, which outlives a test file when the runner reuses the tab.
  beforeEach(() => sessionStorage.clear());

  it('keeps a comment’s text when posting fails, and says why', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall>`);
    await waitFor(() => cards(wall).length > 0);
    deepQuery<HTMLButtonElement>(cards(wall)[0]!, 'button[aria-controls^="comments-"]')!.click();
    const input = await waitFor(() => fieldLabelled<HTMLInputElement>(cards(wall)[0]!, 'Add a comment'));
    await waitFor(() => !textOf(cards(wall)[0]!).includes('Loading'));
    input.value = 'So well deserved!';
    input.dispatchEvent(new Event('input'));
    adapter.failureRate = 1;
    buttonNamed(cards(wall)[0]!, 'Post')!.click();
    await waitFor(() => textOf(cards(wall)[0]!).includes('Your comment wasn’t posted. Your text is still here.'));
    expect(fieldLabelled<HTMLInputElement>(cards(wall)[0]!, 'Add a comment')!.value).to.equal('So well deserved!');
    expect(fieldLabelled(cards(wall)[0]!, 'Add a comment')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('puts a deleted kudos back where it was when deleting fails', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const [recipient] = (await adapter.people.searchPeople('e')).filter((p) => p.id !== adapter.currentUserId);
    await adapter.kudos.giveKudos(
      { recipientIds: [recipient!.id], message: 'Kept after a failed delete, thanks!', valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'k-del-fail' },
    );
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall>`);
    await waitFor(() => cards(wall).length > 0);
    const card = cards(wall)[0]!;
    buttonNamed(card, 'Delete')!.click();
    await waitFor(() => deepQuery(card, '.panel button.danger'));
    adapter.failureRate = 1;
    adapter.latency = 200;
    deepQuery<HTMLButtonElement>(card, '.panel button.danger')!.click();
    await waitFor(() => !textOf(wall).includes('Kept after a failed delete'), 'removed at once');
    await waitFor(() => textOf(wall).includes('The kudos couldn’t be deleted.'));
    expect(textOf(cards(wall)[0]!)).to.include('Kept after a failed delete');
  });

  it('shows a retry when the next page fails to load, and keeps what is shown', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall page-size="5" .adapter=${adapter}></chorus-kudos-wall>`);
    await waitFor(() => cards(wall).length === 5);
    adapter.failureRate = 1;
    buttonNamed(wall, 'Show more kudos')!.click();
    await waitFor(() => buttonNamed(wall, 'Try again'));
    expect(cards(wall)).to.have.length(5);
    adapter.failureRate = 0;
    buttonNamed(wall, 'Try again')!.click();
    await waitFor(() => cards(wall).length === 10);
  });
});
