import { expect, fixture, html } from '@open-wc/testing';
import { enShareCard } from '../../../src/i18n/en.share-card.js';
import { deShareCard } from '../../../src/i18n/de.share-card.js';
import { esShareCard } from '../../../src/i18n/es.share-card.js';
import { frShareCard } from '../../../src/i18n/fr.share-card.js';
import { itShareCard } from '../../../src/i18n/it.share-card.js';
import type { ChorusShareCard } from '../../../src/widgets/share-card/share-card.element.js';
import { deepQuery, textOf, waitFor } from '../../support.js';
import { NOW, adapterFor, fakePort } from './helpers.js';

/* The card in the five languages: every string translated (brand names and "used / limit" aside), and shown. */

const LOCALES = { fr: frShareCard, de: deShareCard, it: itShareCard, es: esShareCard };
// "E-mail" is also the French and Italian word.
const SAME_EVERYWHERE = [
  'share-card.network.email',

  'share-card.network.linkedin',
  'share-card.network.x',
  'share-card.network.facebook',
  'share-card.network.teams',
  'share-card.counter',
];

describe('<chorus-share-card> languages', () => {
  for (const [code, strings] of Object.entries(LOCALES)) {
    it(`${code}: every string differs from the English one`, () => {
      const same = Object.entries(enShareCard).filter(([key, value]) => {
        if (SAME_EVERYWHERE.includes(key)) return false;
        const other = (strings as Record<string, unknown>)[key];
        if (typeof value === 'function') return (other as (...a: unknown[]) => string)('LinkedIn', 2) === (value as (...a: unknown[]) => string)('LinkedIn', 2);
        return other === value;
      });
      expect(same.map(([key]) => key)).to.deep.equal([]);
    });
  }

  it('speaks French on a French page, counts included', async () => {
    const el = await fixture<ChorusShareCard>(
      html`<chorus-share-card lang="fr" post-id="post-lyon" .now=${() => NOW} .adapter=${adapterFor(fakePort())}></chorus-share-card>`,
    );
    await waitFor(() => deepQuery(el, 'h2.title'), 'the post');
    expect(textOf(el)).to.include('3 collègues l’ont partagée');
    expect(textOf(el)).to.include('Partager sur LinkedIn');
    expect(textOf(deepQuery(el, '#counter')!)).to.equal('46 / 3 000'); // a narrow no-break space, folded by textOf
  });
});
