import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import type { ChorusPeoplePicker } from '../../../src/ui/people-picker.element.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nextEvent, waitFor } from '../../support.js';

const quiet = () => new MemoryAdapter({ persist: false, latency: 0 });

async function loaded(template = html`<chorus-kudos-wall .adapter=${quiet()}></chorus-kudos-wall>`): Promise<ChorusKudosWall> {
  const wall = await fixture<ChorusKudosWall>(template);
  await waitFor(() => deepQuery(wall, 'article.card'), 'wall loaded');
  return wall;
}

/** Fills the composer through the UI and sends it. */
async function giveThroughUi(wall: ChorusKudosWall): Promise<void> {
  const composer = deepQuery(wall, 'chorus-kudos-composer')!;
  deepQuery<ChorusPeoplePicker>(composer, 'chorus-people-picker')!.focus();
  await sendKeys({ type: 'a' });
  await waitFor(() => deepQueryAll(wall, '[role="option"]').length > 0);
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  fieldLabelled<HTMLTextAreaElement>(composer, 'Message')!.focus();
  await sendKeys({ type: 'Thanks for pairing with me on the flaky deploy script.' });
  const given = nextEvent(wall, 'chorus-kudos-given');
  buttonNamed(wall, 'Send kudos')!.click();
  await given;
}

describe('<chorus-kudos-wall> look and feel', () => {
  // Drafts are kept in sessionStorage, which outlives a test file when the runner reuses the tab.
  beforeEach(() => sessionStorage.clear());

  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('celebrates a sent kudos with motion, and announces it to screen readers', async () => {
    const wall = await loaded();
    await giveThroughUi(wall);
    const burst = await waitFor(() => deepQueryAll(wall, '.celebrate span'));
    expect(getComputedStyle(burst[0]!).animationName).to.equal('float');
    await waitFor(() => deepQuery(wall, '[role="status"][aria-live="polite"]')?.textContent?.includes('Kudos sent to'), 'announced');
  });

  it('keeps the celebration still for people who prefer reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const wall = await loaded();
    await giveThroughUi(wall);
    const burst = await waitFor(() => deepQueryAll(wall, '.celebrate span'));
    expect(getComputedStyle(burst[0]!).animationName).to.equal('none');
    expect(burst.filter((s) => getComputedStyle(s).display !== 'none')).to.have.length(1);
  });

  it('turns dark with theme="dark" and with the user’s dark preference, unless theme="light"', async () => {
    const surface = (wall: Element) => getComputedStyle(deepQuery(wall, 'article.card')!).backgroundColor;
    const light = await loaded();
    const dark = await loaded(html`<chorus-kudos-wall theme="dark" .adapter=${quiet()}></chorus-kudos-wall>`);
    expect(surface(light)).to.equal('rgb(255, 255, 255)');
    expect(surface(dark)).to.equal('rgb(31, 31, 31)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(light)).to.equal('rgb(31, 31, 31)');
    light.theme = 'light';
    await light.updateComplete;
    expect(surface(light)).to.equal('rgb(255, 255, 255)');
  });

  it('takes the host page’s accent colour through --chorus-accent', async () => {
    const wall = await loaded(html`<chorus-kudos-wall style="--chorus-accent: rgb(138, 43, 226)" .adapter=${quiet()}></chorus-kudos-wall>`);
    expect(getComputedStyle(buttonNamed(wall, 'Send kudos')!).backgroundColor).to.equal('rgb(138, 43, 226)');
  });

  it('shows who reacted when a reaction gets keyboard focus', async () => {
    const wall = await loaded();
    const reaction = await waitFor(() => deepQuery<HTMLButtonElement>(wall, 'button.reaction'));
    const tip = deepQuery(wall, `#${CSS.escape(reaction.getAttribute('aria-describedby')!)}`)!;
    expect(getComputedStyle(tip).display).to.equal('none');
    reaction.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(getComputedStyle(tip).display).to.equal('block');
    expect(tip.textContent).to.match(/^Reacted: /);
  });

  it('filters by a person picked with the people picker', async () => {
    const wall = await loaded();
    const picker = deepQueryAll<ChorusPeoplePicker>(wall, 'chorus-people-picker').find((p) => p.getAttribute('label') === 'Person')!;
    picker.focus();
    await sendKeys({ type: 'a' });
    await waitFor(() => deepQueryAll(picker, '[role="option"]').length > 0);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const person = picker.value[0]!;
    await waitFor(() => wall.filterPerson === person.id);
    await waitFor(
      () => {
        const titles = deepQueryAll(wall, 'article.card .title');
        // A long recipient list keeps the hidden names in its "show all" button's label.
        return titles.length > 0 && titles.every((t) => `${t.textContent} ${t.querySelector('button')?.getAttribute('aria-label')}`.includes(person.name));
      },
      `only kudos to or from ${person.name}: ${deepQueryAll(wall, 'article.card .title')
        .map((t) => t.textContent)
        .join(' | ')}`,
    );
  });
});
