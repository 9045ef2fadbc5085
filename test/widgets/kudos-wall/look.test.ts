import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../../src/widgets/kudos-wall/kudos-wall.element.js';
import type { ChorusPeoplePicker } from '../../../src/ui/people-picker.element.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ChorusAdapter, KudosPort } from '../../../src/adapter/port.js';
import { buttonNamed, deepQuery, deepQueryAll, fieldLabelled, nextEvent, waitFor } from '../../support.js';
import { composerReady } from './helpers.js';

const quiet = () => new MemoryAdapter({ persist: false, latency: 0 });

async function loaded(template = html`<chorus-kudos-wall .adapter=${quiet()}></chorus-kudos-wall>`): Promise<ChorusKudosWall> {
  const wall = await fixture<ChorusKudosWall>(template);
  await waitFor(() => deepQuery(wall, 'article.card'), 'wall loaded');
  return wall;
}

/** Fills the composer through the UI and sends it. */
async function giveThroughUi(wall: ChorusKudosWall): Promise<void> {
  await composerReady(wall);
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

describe('<chorus-kudos-wall> on narrow screens and odd pages', () => {
  const withKudos = (base: MemoryAdapter, overrides: Partial<KudosPort>): ChorusAdapter => ({
    people: base.people,
    me: base.me,
    live: base.live,
    kudos: Object.assign(Object.create(base.kudos) as KudosPort, overrides),
  });
  const box = (el: Element) => el.getBoundingClientRect();

  for (const [width, under] of [
    [320, true],
    [900, false],
  ] as const) {
    it(`puts the value ${under ? 'under' : 'beside'} the names at ${width} px, names never squeezed to a word a line`, async () => {
      const frame = await fixture<HTMLElement>(
        html`<div style=${`width: ${width}px`}><chorus-kudos-wall .adapter=${quiet()} no-composer></chorus-kudos-wall></div>`,
      );
      const wall = frame.firstElementChild as ChorusKudosWall;
      await waitFor(() => deepQuery(wall, 'article.card'), 'wall loaded');
      const card = deepQueryAll(wall, 'article.card').find((c) => c.querySelector('.badge.value'))!;
      const title = card.querySelector('.title')!;
      const value = card.querySelector('.badge.value')!;
      expect(box(value).top >= box(title).bottom - 1).to.equal(under);
      // The names take the card's width: at most two lines for "A → B".
      expect(box(title).height).to.be.lessThan(3 * parseFloat(getComputedStyle(title).lineHeight));
      if (under) {
        const actions = [...card.querySelectorAll<HTMLElement>('.card-foot > button, .card-foot > .muted')];
        expect(new Set(actions.map((a) => Math.round(box(a).top))).size, 'the actions share one row').to.equal(1);
      }
    });
  }

  it('draws its controls as icons, not as font glyphs that change with the page', async () => {
    const wall = await loaded();
    const add = deepQuery(wall, 'button.add-reaction')!;
    expect(add.querySelector('svg')).to.not.equal(null);
    expect(add.textContent!.trim()).to.equal('Add a reaction');
    expect(getComputedStyle(deepQuery(wall, '.reaction .emoji-glyph')!).fontFamily).to.include('Noto Color Emoji');
  });

  it('shows a framed line with the image’s description when an image cannot load', async () => {
    const base = quiet();
    const adapter = withKudos(base, {
      listKudos: async (q, o) => {
        const page = await base.kudos.listKudos(q, o);
        const [first, ...rest] = page.items;
        return { ...page, items: [{ ...first!, image: { url: 'data:image/png;base64,bm90IGFuIGltYWdl', alt: 'The team at the summit' } }, ...rest] };
      },
    });
    const wall = await loaded(html`<chorus-kudos-wall .adapter=${adapter}></chorus-kudos-wall>`);
    const card = deepQuery(wall, 'article.card')!;
    await waitFor(() => card.querySelector<HTMLImageElement>('img.image')?.hidden, 'the broken image hidden');
    const fallback = card.querySelector<HTMLElement>('.image-fallback')!;
    expect(fallback.hidden).to.equal(false);
    expect(fallback.textContent!.trim()).to.equal('The image couldn’t load: The team at the summit');
  });

  it('celebrates an empty wall, but not an empty filter result', async () => {
    const empty = withKudos(quiet(), { listKudos: async () => ({ items: [], nextCursor: null }) });
    const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall .adapter=${empty}></chorus-kudos-wall>`);
    await waitFor(() => deepQuery(wall, '.empty'), 'empty');
    expect(deepQuery(wall, '.empty-icon')?.textContent).to.equal('🎉');
    wall.filterValue = 'v-curious';
    await waitFor(() => deepQuery(wall, '.empty') && buttonNamed(wall, 'Clear filters'), 'filtered empty');
    expect(deepQuery(wall, '.empty-icon')).to.equal(undefined);
  });

  it('shows loading skeletons that stand out from the card in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const stalled = withKudos(quiet(), { getKudosConfig: () => new Promise(() => {}) });
      const wall = await fixture<ChorusKudosWall>(html`<chorus-kudos-wall theme=${theme} .adapter=${stalled}></chorus-kudos-wall>`);
      const bone = await waitFor(() => deepQuery(wall, '.bone'), 'skeleton');
      bone.getAnimations().forEach((a) => a.cancel());
      const rgb = (c: string) =>
        (c.match(/[\d.]+/g) ?? [])
          .slice(0, 3)
          .map(Number)
          .map((v) => (c.startsWith('color(') ? v * 255 : v));
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const surface = getComputedStyle(wall).getPropertyValue('--_surface').trim() || getComputedStyle(wall).backgroundColor;
      const probe = document.createElement('span');
      probe.style.color = surface;
      document.body.append(probe);
      const [a, b] = [lum(getComputedStyle(bone).backgroundColor), lum(getComputedStyle(probe).color)].sort((x, y) => y - x);
      probe.remove();
      expect((a! + 0.05) / (b! + 0.05), `${theme}: bone vs surface`).to.be.greaterThan(1.4);
    }
  });
});
