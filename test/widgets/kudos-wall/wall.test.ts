import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChorusAdapter, KudosPort } from '../../../src/adapter/port.js';
import { NetworkError } from '../../../src/core/errors.js';
import { nextEvent, buttonNamed, deepQuery, deepQueryAll, fieldLabelled, textOf, waitFor } from '../../support.js';

const cards = (wall: Element) => deepQueryAll<HTMLElement>(wall, 'article.card');
const quiet = () => new MemoryAdapter({ persist: false, latency: 0 });

async function loadedWall(adapter: ChorusAdapter, attrs: Partial<ChorusKudosWall> = {}): Promise<ChorusKudosWall> {
  const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter} page-size="5"></chorus-kudos-wall>`);
  Object.assign(wall, attrs);
  await waitFor(() => cards(wall).length > 0 || textOf(wall).includes('No kudos'), 'wall loaded');
  return wall;
}

describe('<chorus-kudos-wall> list', () => {
  // Drafts are kept in sessionStorage, which outlives a test file when the runner reuses the tab.
  beforeEach(() => sessionStorage.clear());

  it('shows the newest kudos first, a page at a time, and more on request', async () => {
    const wall = await loadedWall(quiet());
    expect(cards(wall)).to.have.length(5);
    const times = deepQueryAll(wall, 'article.card time').map((t) => Date.parse(t.getAttribute('datetime')!));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    buttonNamed(wall, 'Show more kudos')!.click();
    await waitFor(() => cards(wall).length === 10, 'second page appended');
    const ids = cards(wall).map((c) => c.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).to.equal(10);
  });

  it('loads the next page by itself when the end scrolls into view with `infinite`', async () => {
    const wall = await loadedWall(quiet());
    wall.infinite = true;
    await wall.updateComplete;
    deepQuery(wall, '.sentinel')!.scrollIntoView();
    await waitFor(() => cards(wall).length >= 10, 'next page loaded by scrolling');
  });

  it('filters by company value, team and clears the filters', async () => {
    const adapter = quiet();
    const wall = await loadedWall(adapter);
    const config = await adapter.kudos.getKudosConfig();
    const value = config.values[1]!;
    const select = fieldLabelled<HTMLSelectElement>(wall, 'Value')!;
    select.value = value.id;
    select.dispatchEvent(new Event('change'));
    await waitFor(() => cards(wall).length > 0 && cards(wall).every((c) => textOf(c).includes(value.label)), 'only that value');

    const teams = await adapter.people.listTeams();
    const team = fieldLabelled<HTMLSelectElement>(wall, 'Team')!;
    team.value = teams[0]!.id;
    team.dispatchEvent(new Event('change'));
    await waitFor(() => wall.filterTeam === teams[0]!.id);
    buttonNamed(wall, 'Clear filters')!.click();
    await waitFor(() => !wall.filterValue && !wall.filterTeam && cards(wall).length === 5, 'filters cleared');
  });

  it('says so when no kudos match the filters', async () => {
    const adapter = quiet();
    const wall = await loadedWall(adapter, { filterPerson: 'nobody-with-this-id' });
    await waitFor(() => textOf(wall).includes('No kudos match these filters.'));
    buttonNamed(wall, 'Clear filters')!.click();
    await waitFor(() => cards(wall).length === 5);
  });

  it('shows a clear error with a retry when the wall cannot load', async () => {
    const adapter = quiet();
    let fail = true;
    const list = adapter.kudos.listKudos.bind(adapter.kudos);
    const kudos: KudosPort = Object.assign(Object.create(adapter.kudos) as KudosPort, {
      listKudos: (...args: Parameters<KudosPort['listKudos']>) => (fail ? Promise.reject(new NetworkError()) : list(...args)),
    });
    const wall = await fixture<ChorusKudosWall>(
      html`<chorus-kudos-wall .adapter=${{ ...adapter, people: adapter.people, me: adapter.me, kudos }}></chorus-kudos-wall>`,
    );
    await waitFor(() => textOf(wall).includes('The kudos wall couldn’t load.'));
    expect(textOf(wall)).to.include('Check your connection');
    fail = false;
    buttonNamed(wall, 'Try again')!.click();
    await waitFor(() => cards(wall).length > 0, 'loaded after retry');
  });

  it('tells the user when the backend does not provide kudos at all', async () => {
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${{}}></chorus-kudos-wall>`);
    await waitFor(() => textOf(wall).includes('isn’t available on this site’s backend'));
  });

  it('renders user text as text, never as HTML', async () => {
    const adapter = quiet();
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const [author, recipient] = await adapter.people.searchPeople('a');
    adapter.setCurrentUser(author!.id);
    await adapter.kudos.giveKudos(
      { recipientIds: [recipient!.id], message: hostile, valueId: null, image: null, visibility: 'public' },
      { idempotencyKey: 'x1' },
    );
    const wall = await loadedWall(adapter);
    const message = deepQuery(wall, 'article.card .message')!;
    expect(message.textContent).to.equal(hostile);
    expect(message.querySelector('img, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows a kudos given elsewhere (another tab or widget) without a reload', async () => {
    const storageKey = `chorus:test:${crypto.randomUUID()}`;
    const wall = await loadedWall(new MemoryAdapter({ storageKey, latency: 0 }));
    const otherTab = new MemoryAdapter({ storageKey, latency: 0 });
    const [other] = (await otherTab.people.searchPeople('e')).filter((p) => p.id !== (wall as unknown as { id: string }).id);
    const message = `Live thanks ${crypto.randomUUID()}`;
    await otherTab.kudos.giveKudos(
      {
        recipientIds: [other!.id === otherTab.currentUserId ? (await otherTab.people.searchPeople('a'))[1]!.id : other!.id],
        message,
        valueId: null,
        image: null,
        visibility: 'public',
      },
      { idempotencyKey: crypto.randomUUID() },
    );
    await waitFor(() => textOf(cards(wall)[0]!).includes(message), 'live kudos on top');
    localStorage.removeItem(storageKey);
  });
});

describe('<chorus-kudos-wall> cards', () => {
  it('toggles a reaction optimistically and names who reacted', async () => {
    const adapter = quiet();
    const wall = await loadedWall(adapter);
    const card = cards(wall)[0]!;
    buttonNamed(card, 'Add a reaction')?.click();
    const before = deepQueryAll(card, 'button.reaction').length;
    const target = deepQuery<HTMLButtonElement>(card, 'button.reaction[aria-pressed="false"]') ?? deepQuery<HTMLButtonElement>(card, '.picker button');
    const isPicker = target!.classList.contains('emoji');
    const reacted = nextEvent(wall, 'chorus-kudos-reacted');
    target!.click();
    const { kudos, active } = await reacted;
    expect(active).to.equal(true);
    const mine = kudos.reactions.find((r) => r.mine)!;
    const button = await waitFor(() =>
      deepQueryAll(cards(wall)[0]!, 'button.reaction').find((b) => b.getAttribute('aria-pressed') === 'true' && b.textContent!.includes(mine.emoji)),
    );
    expect(button.textContent).to.include(String(mine.count));
    const tip = deepQuery(cards(wall)[0]!, `#${CSS.escape(button.getAttribute('aria-describedby')!)}`)!;
    expect(tip.textContent).to.include('you');
    if (isPicker) expect(deepQueryAll(cards(wall)[0]!, 'button.reaction').length).to.equal(before + 1);

    button.click();
    await waitFor(
      () => !deepQueryAll(cards(wall)[0]!, 'button.reaction').some((b) => b.getAttribute('aria-pressed') === 'true' && b.textContent!.includes(mine.emoji)),
      'reaction removed',
    );
  });

  it('rolls a reaction back with a clear message when saving fails', async () => {
    const adapter = quiet();
    const wall = await loadedWall(adapter);
    const card = cards(wall)[0]!;
    const snapshot = deepQueryAll(card, 'button.reaction').map((b) => `${b.textContent}|${b.getAttribute('aria-pressed')}`);
    adapter.failureRate = 1;
    buttonNamed(card, 'Add a reaction')?.click();
    const target = deepQuery<HTMLButtonElement>(card, 'button.reaction') ?? deepQuery<HTMLButtonElement>(card, '.picker button');
    target!.click();
    await waitFor(() => textOf(wall).includes('Your reaction couldn’t be saved.'));
    expect(deepQuery(wall, '[role="alert"]')).to.exist;
    const after = deepQueryAll(cards(wall)[0]!, 'button.reaction').map((b) => `${b.textContent}|${b.getAttribute('aria-pressed')}`);
    expect(after).to.deep.equal(snapshot);
  });

  it('opens the comments, posts one, and counts it', async () => {
    const adapter = quiet();
    const wall = await loadedWall(adapter);
    const card = cards(wall)[0]!;
    const toggle = deepQueryAll<HTMLButtonElement>(card, 'button[aria-controls^="comments-"]')[0]!;
    toggle.click();
    const input = await waitFor(() => fieldLabelled<HTMLInputElement>(cards(wall)[0]!, 'Add a comment'));
    await waitFor(() => !textOf(cards(wall)[0]!).includes('Loading'));
    input.value = 'Well deserved!';
    input.dispatchEvent(new Event('input'));
    const posted = nextEvent(wall, 'chorus-kudos-commented');
    buttonNamed(cards(wall)[0]!, 'Post')!.click();
    const { comment } = await posted;
    expect(comment.message).to.equal('Well deserved!');
    await waitFor(() => textOf(cards(wall)[0]!).includes('Well deserved!'));
    expect(fieldLabelled(cards(wall)[0]!, 'Add a comment')!.value).to.equal('');
  });

  it('keeps a half-typed comment across a reload', async () => {
    const adapter = quiet();
    const wall = await loadedWall(adapter);
    deepQuery<HTMLButtonElement>(cards(wall)[0]!, 'button[aria-controls^="comments-"]')!.click();
    const input = await waitFor(() => fieldLabelled<HTMLInputElement>(cards(wall)[0]!, 'Add a comment'));
    input.value = 'Half a thought';
    input.dispatchEvent(new Event('input'));
    wall.remove();
    const again = await loadedWall(adapter);
    deepQuery<HTMLButtonElement>(cards(again)[0]!, 'button[aria-controls^="comments-"]')!.click();
    const restored = await waitFor(() => fieldLabelled<HTMLInputElement>(cards(again)[0]!, 'Add a comment'));
    expect(restored.value).to.equal('Half a thought');
  });

  it('reports a kudos to moderators', async () => {
    const adapter = quiet();
    const wall = await loadedWall(adapter);
    const card = cards(wall).find((c) => buttonNamed(c, 'Report'))!;
    buttonNamed(card, 'Report')!.click();
    const reason = await waitFor(() => fieldLabelled<HTMLTextAreaElement>(card, 'What’s wrong with it?'));
    reason.value = 'Mentions a confidential customer.';
    reason.dispatchEvent(new Event('input'));
    const reported = nextEvent(wall, 'chorus-kudos-reported');
    buttonNamed(card, 'Send report')!.click();
    await reported;
    await waitFor(() => textOf(card).includes('Reported'));
    expect(buttonNamed(card, 'Report')).to.equal(undefined);
  });

  it('lets the author delete their own kudos after confirming', async () => {
    const adapter = quiet();
    const [recipient] = (await adapter.people.searchPeople('a')).filter((p) => p.id !== adapter.currentUserId);
    await adapter.kudos.giveKudos(
      { recipientIds: [recipient!.id], message: 'Mine to delete, thanks a lot!', valueId: null, image: null, visibility: 'private' },
      { idempotencyKey: 'del-1' },
    );
    const wall = await loadedWall(adapter);
    const card = cards(wall)[0]!;
    expect(textOf(card)).to.include('Private');
    buttonNamed(card, 'Delete')!.click();
    await waitFor(() => textOf(card).includes('Delete this kudos for everyone?'));
    deepQueryAll<HTMLButtonElement>(card, '.panel button.danger')[0]!.click();
    await waitFor(() => !textOf(wall).includes('Mine to delete'), 'card gone');
    await waitFor(() => textOf(wall).includes('Kudos deleted.'));
  });

  it('shortens a long recipient list and expands it on request', async () => {
    const adapter = quiet();
    const people = (await adapter.people.searchPeople('a', { limit: 20 })).filter((p) => p.id !== adapter.currentUserId).slice(0, 7);
    await adapter.kudos.giveKudos(
      {
        recipientIds: people.map((p) => p.id),
        message: 'Thanks to the whole launch crew for the weekend push!',
        valueId: null,
        image: null,
        visibility: 'public',
      },
      { idempotencyKey: 'many-1' },
    );
    const wall = await loadedWall(adapter);
    const card = cards(wall)[0]!;
    expect(textOf(card)).to.include('4 others');
    expect(textOf(card)).not.to.include(people[6]!.name);
    const more = buttonNamed(card, '+4 others')!;
    // Label in name: what it shows starts its accessible name, which also names those hidden.
    expect(more.getAttribute('aria-label')).to.equal(`${more.textContent!.trim()}: ${new Intl.ListFormat('en').format(people.slice(3).map((p) => p.name))}`);
    more.click();
    await waitFor(() => textOf(cards(wall)[0]!).includes(people[6]!.name));
  });
});
