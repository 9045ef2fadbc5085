import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChorusAdapter } from '../../../src/adapter/port.js';
import { NetworkError } from '../../../src/core/errors.js';
import { buttonNamed, deepQuery, deepQueryAll, textOf, waitFor } from '../../support.js';

const quiet = () => new MemoryAdapter({ persist: false, latency: 0 });
const never = () => new Promise<never>(() => {});

/** An adapter whose kudos list is empty (a new company). */
function emptyAdapter(): ChorusAdapter {
  const base = quiet();
  return {
    ...base,
    people: base.people,
    me: base.me,
    kudos: Object.assign(Object.create(base.kudos), { listKudos: async () => ({ items: [], nextCursor: null }) }),
  };
}

describe('<chorus-kudos-wall> accessibility', () => {
  // Drafts are kept in sessionStorage, which outlives a test file when the runner reuses the tab.
  beforeEach(() => sessionStorage.clear());

  it('has no axe violations while loading', async () => {
    const base = quiet();
    const adapter = {
      ...base,
      people: base.people,
      me: base.me,
      kudos: Object.assign(Object.create(base.kudos), { getKudosConfig: never }),
    };
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall>`);
    await waitFor(() => textOf(wall).includes('Loading'));
    expect(wall.matches(':state(loading)')).to.equal(true);
    await expect(wall).to.be.accessible();
  });

  it('has no axe violations when empty', async () => {
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${emptyAdapter()}></chorus-kudos-wall>`);
    await waitFor(() => textOf(wall).includes('Be the first'));
    expect(wall.matches(':state(loading)')).to.equal(false);
    await expect(wall).to.be.accessible();
  });

  it('has no axe violations on error', async () => {
    const base = quiet();
    const adapter = {
      ...base,
      people: base.people,
      me: base.me,
      kudos: Object.assign(Object.create(base.kudos), { listKudos: () => Promise.reject(new NetworkError()) }),
    };
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall>`);
    await waitFor(() => textOf(wall).includes('couldn’t load'));
    await expect(wall).to.be.accessible();
  });

  it('has no axe violations when filled, with comments, report and reactions open, in light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall theme=${theme} .adapter=${quiet()}></chorus-kudos-wall>`);
      await waitFor(() => deepQueryAll(wall, 'article.card').length > 0);
      const card = deepQuery(wall, 'article.card')!;
      deepQuery<HTMLButtonElement>(card, 'button[aria-controls^="comments-"]')!.click();
      buttonNamed(card, 'Add a reaction')?.click();
      buttonNamed(deepQueryAll(wall, 'article.card')[1]!, 'Report')?.click();
      await waitFor(() => deepQuery(card, '.comment-form'));
      await expect(wall).to.be.accessible();
    }
  });

  it('has no axe violations with validation errors shown', async () => {
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall require-value .adapter=${quiet()}></chorus-kudos-wall>`);
    await waitFor(() => buttonNamed(wall, 'Send kudos'));
    buttonNamed(wall, 'Send kudos')!.click();
    await waitFor(() => textOf(wall).includes('Choose at least one colleague.'));
    await expect(wall).to.be.accessible();
  });
});
