import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChorusLeaderboard } from '../../../src/widgets/leaderboard/leaderboard.element.js';
import '../../../src/widgets/leaderboard/leaderboard.js';
import '../../../src/i18n/fr.leaderboard.js';
import { earned, entrant, fakeBoard, manyRows, ranked } from '../../../stories/support/leaderboard-adapters.js';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, textOf, waitFor } from '../../support.js';
import { runWidgetBaseTests } from '../base-tests.js';

runWidgetBaseTests({
  tag: 'chorus-leaderboard',
  port: 'leaderboard',
  loads: 'getBoard',
  live: 'kudos',
  ready: (el) => !!deepQuery(el, '[role="listitem"], .empty'),
});

type Board = ChorusLeaderboard;
const rowsOf = (el: Element) => deepQueryAll(el, '.rows [role="listitem"]');
const rowText = (el: Element) => rowsOf(el).map((r) => textOf(r));
const shadowFocus = (el: Board) => el.shadowRoot!.activeElement as HTMLElement | null;

async function show(adapter: unknown, attrs: Partial<Board> = {}): Promise<Board> {
  const el = Object.assign(document.createElement('chorus-leaderboard'), attrs, { adapter }) as Board;
  await fixture(html`<div>${el}</div>`);
  await waitFor(() => rowsOf(el).length || deepQuery(el, '.empty'), `board shown: ${textOf(el)}`);
  return el;
}

describe('<chorus-leaderboard>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('ranks the embedded adapter’s activity, in a list labelled by its heading and caption', async () => {
    const el = await show(new MemoryAdapter({ persist: false, latency: 0 }), { period: 'all' });
    const list = deepQuery(el, '[role="list"]')!;
    const label = list
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent)
      .join(' ');
    expect(label).to.equal('Leaderboard People by points, all time');
    expect(rowsOf(el).length).to.be.within(1, 10);
    expect(rowText(el)[0]).to.match(/^1st .* points/);
  });

  it('shows ties as ties, with the same rank, and rank changes in words', async () => {
    const rows = ranked([entrant(0, 50, { previousRank: 4 }), entrant(1, 40, { previousRank: 1 }), entrant(2, 40, { previousRank: 3 }), entrant(3, 10)]);
    const el = await show(fakeBoard(rows).adapter);
    const [first, second, third, fourth] = rowText(el);
    expect(first).to.include('1st').and.include('Up 3 places').and.include('50 points');
    expect(second)
      .to.match(/^2nd tied/)
      .and.include('Down 1 place');
    expect(third)
      .to.match(/^2nd tied/)
      .and.include('Up 1 place');
    expect(fourth).to.match(/^4th /).and.include('New');
  });

  it('pins the viewer’s own row when outside the top, and shows the board around them on request', async () => {
    const fake = fakeBoard(manyRows(60, 40));
    const el = await show(fake.adapter);
    expect(rowsOf(el).length).to.equal(10);
    expect(textOf(deepQuery(el, '.pinned')!))
      .to.include('You are 41st of 60')
      .and.include('You');
    buttonNamed(el, 'Show my place')!.click();
    await waitFor(() => rowText(el).some((t) => t.includes('You')) && !deepQuery(el, '.pinned'), textOf(el));
    expect(fake.queries.at(-1)!.around).to.equal(5);
    expect(rowsOf(el).length).to.equal(11);
    expect(shadowFocus(el)?.textContent?.trim()).to.equal('Show the top');
    buttonNamed(el, 'Show the top')!.click();
    await waitFor(() => deepQuery(el, '.pinned'), 'back to the top');
  });

  it('says how many more are tied at the last rank shown', async () => {
    const rows = ranked([entrant(0, 9), entrant(1, 5), entrant(2, 5), entrant(3, 5), entrant(4, 5)]);
    const el = await show(fakeBoard(rows).adapter, { limit: 2 });
    expect(rowsOf(el).length).to.equal(2);
    expect(textOf(deepQuery(el, '.more-tied')!)).to.equal('and 3 more tied at 2nd');
    buttonNamed(el, 'Show more')!.click();
    await waitFor(() => rowsOf(el).length === 5, 'the next page');
    expect(buttonNamed(el, 'Show more')).to.equal(undefined);
    expect(deepQuery(el, '.more-tied')).to.equal(undefined);
    await waitFor(() => el.shadowRoot!.activeElement === rowsOf(el)[2], 'focus on the first new row');
  });

  it('shows people who opted out under their pseudonym, and the viewer their own name with how others see them', async () => {
    const rows = ranked([
      entrant(0, 9, { entrant: { id: 'colleague-1', name: '', kind: 'person', pseudonym: '4F2A9C' } }),
      entrant(1, 5, { isMe: true, entrant: { id: 'colleague-2', name: 'Chloé Dubois', kind: 'person', pseudonym: 'B00B1E' } }),
    ]);
    const el = await show(fakeBoard(rows).adapter);
    expect(rowText(el)[0]).to.include('Colleague 4F2A9C');
    expect(rowText(el)[1]).to.include('Chloé Dubois').and.include('Others see “Colleague B00B1E”');
  });

  it('lets the viewer leave the leaderboard and join it again', async () => {
    const fake = fakeBoard(manyRows(5, 2));
    const el = await show(fake.adapter);
    buttonNamed(el, 'Leave the leaderboard')!.click();
    await waitFor(() => buttonNamed(el, 'Join the leaderboard'), textOf(el));
    expect(fake.optOuts).to.deep.equal([true]);
    expect(textOf(el)).to.include('colleagues see you as an anonymous colleague');
    expect(shadowFocus(el)?.textContent?.trim()).to.equal('Join the leaderboard');
    await waitFor(() => deepQuery(el, '[role="status"][aria-live]')!.textContent === 'You left the leaderboard.', 'announced');
    buttonNamed(el, 'Join the leaderboard')!.click();
    await waitFor(() => buttonNamed(el, 'Leave the leaderboard'), textOf(el));
    expect(fake.optOuts).to.deep.equal([true, false]);
  });

  it('shows badges on rows and in the viewer’s summary, and announces a new one once', async () => {
    const rows = ranked([entrant(0, 9, { badges: ['communicator-of-the-month', 'first-kudos'] }), entrant(1, 5, { isMe: true, badges: ['first-kudos'] })]);
    const fake = fakeBoard(rows, { summary: { rank: 2, total: 2, score: 5, badges: [earned('first-kudos')], unannounced: ['first-kudos:p-me'] } });
    const el = await show(fake.adapter);
    expect(rowText(el)[0]).to.include('Communicator of the month').and.include('First kudos');
    const live = deepQuery(el, '[role="status"][aria-live]')!;
    await waitFor(() => live.textContent!.includes('New badge: First kudos.'), live.textContent ?? '');
    await waitFor(() => fake.announced.length === 1, 'marked as announced');
    expect(fake.announced[0]).to.deep.equal(['first-kudos:p-me']);
    expect(textOf(deepQuery(el, '.summary')!))
      .to.include('First kudos')
      .and.include('All time: 2nd of 2, 5 points');

    const again = await show(fake.adapter);
    await waitFor(() => deepQuery(again, '.summary'), 'summary');
    expect(deepQuery(again, '.new-badges')).to.equal(undefined);
    expect(fake.announced.length).to.equal(1);
  });

  it('moves rows live when activity happens elsewhere, animating the move and announcing it politely', async () => {
    const people = [entrant(0, 9), entrant(1, 7), entrant(2, 5)];
    const fake = fakeBoard(ranked(people));
    const el = await show(fake.adapter);
    fake.move(ranked([entrant(2, 12, { previousRank: 3 }), entrant(0, 9, { previousRank: 1 }), entrant(1, 7, { previousRank: 2 })]));
    await waitFor(() => rowText(el)[0]!.includes(people[2]!.entrant.name), rowText(el).join(' | '));
    const moved = rowsOf(el).filter((r) => r.getAnimations().length > 0);
    expect(moved.length).to.be.greaterThan(0);
    const live = deepQuery(el, '[role="status"][aria-live]')!;
    await waitFor(() => live.textContent === `${people[2]!.entrant.name} moved up to 1st.`, live.textContent ?? '');
  });

  it('moves without animation when reduced motion is requested', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const fake = fakeBoard(ranked([entrant(0, 9), entrant(1, 7)]));
    const el = await show(fake.adapter);
    fake.move(ranked([entrant(1, 12), entrant(0, 9)]));
    await waitFor(() => rowText(el)[0]!.includes(entrant(1, 0).entrant.name), rowText(el).join(' | '));
    expect(rowsOf(el).flatMap((r) => r.getAnimations())).to.deep.equal([]);
  });

  it('moves live on the embedded adapter when a kudos is given on the same page', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const el = await show(adapter, { period: 'week' });
    const before = rowText(el).join(' | ');
    const someone = adapter.listUsers().find((u) => u.id !== adapter.currentUserId)!;
    for (let i = 0; i < 3; i++)
      await adapter.kudos.giveKudos(
        { recipientIds: [someone.id], message: `Thank you for the review number ${i + 1}!`, valueId: null, image: null, visibility: 'public' },
        { idempotencyKey: `lb-live-${i}-${Date.now()}` },
      );
    await waitFor(() => rowText(el).join(' | ') !== before, `board moved: ${before}`);
    expect(rowText(el).join(' | ')).to.include(someone.name);
  });

  it('moves live on the embedded adapter when a post is shared on the same page', async () => {
    const adapter = new MemoryAdapter({ persist: false, latency: 0 });
    const el = await show(adapter, { period: 'week', metric: 'shares' });
    const mine = () => [...rowText(el), textOf(deepQuery(el, '.pinned') ?? el)].find((t) => t.includes('You')) ?? '';
    const before = mine();
    await adapter.shareCard.acceptGuidelines((await adapter.shareCard.getGuidelines()).version);
    await adapter.shareCard.recordShare('post-community', 'linkedin', { idempotencyKey: `lb-share-${Date.now()}` });
    await waitFor(() => mine() !== before, `the viewer's row moved: ${before}`);
    expect(mine()).to.match(/\d+ posts? shared/);
  });

  it('moves between rows with the arrow keys, Home and End, with one row in the tab order', async () => {
    const el = await show(fakeBoard(manyRows(8)).adapter);
    expect(rowsOf(el).filter((r) => r.tabIndex === 0).length).to.equal(1);
    rowsOf(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(shadowFocus(el)?.dataset['index']).to.equal('1');
    await sendKeys({ press: 'End' });
    expect(shadowFocus(el)?.dataset['index']).to.equal('7');
    await sendKeys({ press: 'Home' });
    expect(shadowFocus(el)?.dataset['index']).to.equal('0');
    await sendKeys({ press: 'ArrowUp' });
    expect(shadowFocus(el)?.dataset['index']).to.equal('0');
  });

  it('loads the board again when the person picks another period, metric or scope', async () => {
    const fake = fakeBoard(manyRows(3));
    const el = await show(fake.adapter);
    const metric = fieldLabelled<HTMLSelectElement>(el, 'Ranked by')!;
    metric.value = 'kudos-received';
    metric.dispatchEvent(new Event('change'));
    await waitFor(() => fake.queries.at(-1)?.metric === 'kudos-received', 'refetched');
    await waitFor(() => rowText(el)[0]!.includes('kudos received'), rowText(el)[0]);
    const scope = fieldLabelled<HTMLSelectElement>(el, 'Show')!;
    scope.value = 'teams';
    scope.dispatchEvent(new Event('change'));
    await waitFor(() => fieldLabelled(el, 'Team score'), 'team score offered for teams');
    expect(el.getAttribute('scope')).to.equal('teams');
  });

  it('keeps a 10,000-person board under 2,000 DOM nodes however far it scrolls, and reaches the last row with End', async function () {
    this.timeout(90_000);
    // The virtualizer measures rows in a ResizeObserver; Chromium reports a measurement that spilled
    // into the next frame as an error event, which is a notice (nothing is lost), not a failure.
    const onerror = window.onerror;
    window.onerror = (message, ...rest) =>
      typeof message === 'string' && message.includes('ResizeObserver loop') ? true : onerror?.call(window, message, ...rest);
    after(() => (window.onerror = onerror));
    const fake = fakeBoard(manyRows(10_000, 9_999));
    const el = await show(fake.adapter, { limit: 100 });
    while (buttonNamed(el, 'Show more')) {
      const n = rowsOf(el).length;
      buttonNamed(el, 'Show more')!.click();
      await waitFor(() => rowsOf(el).length > n || deepQuery(el, '.rows.windowed'), 'next page');
      await el.updateComplete;
    }
    await waitFor(() => deepQuery(el, '.rows.windowed') && rowsOf(el).length, 'windowed');
    const nodes = () => el.shadowRoot!.querySelectorAll('*').length;
    expect(nodes()).to.be.lessThan(2000);
    rowsOf(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await waitFor(() => shadowFocus(el)?.dataset['index'] === '9999', `focus at the end: ${shadowFocus(el)?.dataset['index']}`);
    expect(textOf(shadowFocus(el)!)).to.include('You');
    expect(nodes()).to.be.lessThan(2000);
    expect(shadowFocus(el)!.getAttribute('aria-posinset')).to.equal('10000');
  });

  it('speaks French with French ordinals', async () => {
    const el = await show(fakeBoard(ranked([entrant(0, 9), entrant(1, 9)])).adapter, { lang: 'fr' });
    expect(textOf(deepQuery(el, 'h2')!)).to.equal('Classement');
    expect(rowText(el)[0])
      .to.match(/^1er ex æquo/)
      .and.include('9 points');
  });
});
