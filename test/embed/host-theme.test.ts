import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/widgets/kudos-wall/kudos-wall.js';
import type { ChorusKudosWall } from '../../src/widgets/kudos-wall/kudos-wall.element.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { buttonNamed, deepQuery, waitFor } from '../support.js';

/*
 * A widget on a host page with Fluent's tokens (as SharePoint pages have) takes its colours, font
 * and radius from them, light or dark as the page is, whatever the computer's colour preference;
 * a page without tokens that declares its color-scheme is followed too.
 */
const LIGHT_TOKENS =
  '--colorNeutralBackground1: #fafafa; --colorNeutralForeground1: #1a1a1a; --colorNeutralForeground3: #5c5c5c; --colorBrandBackground: #8a2be2; --colorNeutralForegroundOnBrand: #ffffff; --fontFamilyBase: Georgia, serif; --borderRadiusLarge: 2px';
const DARK_TOKENS =
  '--colorNeutralBackground1: #292929; --colorNeutralForeground1: #f0f0f0; --colorNeutralForeground3: #c0c0c0; --colorBrandBackground: #2886de; --colorNeutralForegroundOnBrand: #ffffff; --fontFamilyBase: Georgia, serif; --borderRadiusLarge: 2px';

const rgb = (colour: string) =>
  colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
const lum = (colour: string) => {
  const [r, g, b] = rgb(colour).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);

async function wallOn(pageStyle: string): Promise<ChorusKudosWall> {
  const page = await fixture<HTMLElement>(
    html`<div style=${pageStyle}><chorus-kudos-wall .adapter=${new MemoryAdapter({ persist: false, latency: 0 })}></chorus-kudos-wall></div>`,
  );
  const wall = page.querySelector('chorus-kudos-wall')!;
  await waitFor(() => deepQuery(wall, 'article.card'), 'a kudos card');
  await waitFor(() => buttonNamed(wall, 'Send kudos'), 'the composer (loaded on first use)');
  return wall;
}
const look = (wall: ChorusKudosWall) => {
  const card = getComputedStyle(deepQuery(wall, 'article.card')!);
  return {
    card: card.backgroundColor,
    radius: card.borderTopLeftRadius,
    heading: getComputedStyle(deepQuery(wall, 'h2')!).color,
    font: getComputedStyle(deepQuery(wall, 'h2')!).fontFamily,
    button: getComputedStyle(buttonNamed(wall, 'Send kudos')!).backgroundColor,
    scheme: getComputedStyle(wall).colorScheme,
  };
};

describe('host themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('a light page with Fluent tokens on a computer set to dark: light, in the page’s colours, font and radius', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const seen = look(await wallOn(LIGHT_TOKENS));
    expect(seen.card).to.equal('rgb(250, 250, 250)');
    expect(seen.heading).to.equal('rgb(26, 26, 26)');
    expect(contrast(seen.heading, seen.card)).to.be.at.least(4.5);
    expect(seen.button).to.equal('rgb(138, 43, 226)');
    expect(seen.font).to.include('Georgia');
    expect(seen.radius).to.equal('2px');
    expect(seen.scheme).to.equal('light');
  });

  it('a dark page with Fluent tokens on a computer set to light: dark, in the page’s colours', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const seen = look(await wallOn(DARK_TOKENS));
    expect(seen.card).to.equal('rgb(41, 41, 41)');
    expect(seen.heading).to.equal('rgb(240, 240, 240)');
    expect(contrast(seen.heading, seen.card)).to.be.at.least(4.5);
    expect(seen.button).to.equal('rgb(40, 134, 222)');
    expect(seen.scheme).to.equal('dark');
  });

  it('a dark page without tokens that declares color-scheme: dark, on a computer set to light: dark', async () => {
    const seen = look(await wallOn('color-scheme: dark; background: #111; color: #eee'));
    expect(seen.card).to.equal('rgb(31, 31, 31)');
    expect(contrast(seen.heading, seen.card)).to.be.at.least(4.5);
    expect(seen.scheme).to.equal('dark');
  });
});
