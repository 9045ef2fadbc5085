import { expect } from '@open-wc/testing';
import { buttonNamed, deepQuery, deepQueryAll, waitFor } from '../support.js';

/*
 * The React 19 + TypeScript example (examples/react), as `npm run test:react` built it from the
 * package's exports: React renders the wrappers, a prop reaches the element as a property, and an
 * event reaches the React handler, which re-renders.
 */
describe('the React example app', () => {
  let frame: HTMLIFrameElement;
  const doc = () => frame.contentDocument!;
  const inFrame = (selector: string) => doc().querySelector<HTMLElement>(selector);
  // The frame's elements are of another realm (instanceof Element fails): search their shadow roots.
  const shadowOf = (selector: string) => inFrame(selector)!.shadowRoot as unknown as HTMLElement;

  before(async function () {
    this.timeout(30000);
    const built = await fetch('/examples/react/dist/app.js', { method: 'HEAD' });
    if (!built.ok) throw new Error('examples/react/dist/app.js is missing: run `npm run test:react` first.');
    frame = Object.assign(document.createElement('iframe'), { src: '/examples/react/index.html', width: 1000, height: 2000 });
    document.body.append(frame);
    await waitFor(() => inFrame('chorus-poll')?.shadowRoot && inFrame('chorus-kudos-wall')?.shadowRoot, 'React rendered the widgets', 25000);
  });
  after(() => frame.remove());

  it('passes props as properties: the wall shows its heading, three kudos, and the adapter given to the provider', async () => {
    const wall = shadowOf('chorus-kudos-wall');
    await waitFor(() => deepQueryAll(wall, 'article.card').length === 3, 'three kudos cards (pageSize={3})', 8000);
    expect(deepQuery(wall, 'h2')!.textContent!.trim()).to.equal('Team kudos');
    expect(deepQuery(wall, 'form')).to.equal(undefined); // noComposer
    expect((inFrame('chorus-provider') as HTMLElement & { adapter?: unknown }).adapter).to.have.property('polls');
  });

  it('calls onPollVoted with the vote, and React shows it', async () => {
    const poll = shadowOf('chorus-poll');
    expect(inFrame('[role="status"]')!.textContent).to.equal('No vote yet.');
    const tacos = await waitFor(
      () => deepQueryAll<HTMLInputElement>(poll, 'fieldset input').find((input) => input.closest('label')!.textContent!.includes('Tacos El Güero')),
      'the poll choices',
      8000,
    );
    tacos.click();
    buttonNamed(poll, 'Vote')!.click();
    await waitFor(() => inFrame('[role="status"]')!.textContent === 'You voted for lunch-tacos.', 'the vote shown by React', 8000);
  });

  it('renders an element written as JSX with its attributes', async () => {
    expect(inFrame('chorus-leaderboard')!.getAttribute('period')).to.equal('month');
    const board = shadowOf('chorus-leaderboard');
    await waitFor(() => deepQuery(board, '.title')?.textContent?.includes('Top of the month'), 'the leaderboard heading', 8000);
  });
});
