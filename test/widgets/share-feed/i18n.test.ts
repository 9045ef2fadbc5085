import { expect, fixture, html } from '@open-wc/testing';
import { enShareFeed } from '../../../src/i18n/en.share-feed.js';
import { deShareFeed } from '../../../src/i18n/de.share-feed.js';
import { esShareFeed } from '../../../src/i18n/es.share-feed.js';
import { frShareFeed } from '../../../src/i18n/fr.share-feed.js';
import { itShareFeed } from '../../../src/i18n/it.share-feed.js';
import type { ChorusShareFeed } from '../../../src/widgets/share-feed/share-feed.element.js';
import { deepQuery, textOf, waitFor } from '../../support.js';
import { memory } from './helpers.js';

/* The feed in the five languages: every string translated (a few words every language shares aside), and shown. */

const LOCALES = { fr: frShareFeed, de: deShareFeed, it: itShareFeed, es: esShareFeed };
// "Link" is also the German and Italian word, "(optional)" the German one.
const SAME: Record<string, string[]> = { de: ['share-feed.suggest.url', 'share-feed.optional'], it: ['share-feed.suggest.url'] };

describe('<chorus-share-feed> languages', () => {
  for (const [code, strings] of Object.entries(LOCALES)) {
    it(`${code}: every string differs from the English one`, () => {
      const same = Object.entries(enShareFeed).filter(([key, value]) => {
        if (SAME[code]?.includes(key)) return false;
        const other = (strings as Record<string, unknown>)[key];
        if (typeof value === 'function') return (other as (...a: unknown[]) => string)('Title', 2) === (value as (...a: unknown[]) => string)('Title', 2);
        return other === value;
      });
      expect(same.map(([key]) => key)).to.deep.equal([]);
    });
  }

  it('speaks French on a French page, the queue included', async () => {
    const el = await fixture<ChorusShareFeed>(html`<chorus-share-feed lang="fr" .adapter=${memory({ userId: 'p-16' })}></chorus-share-feed>`);
    await waitFor(() => deepQuery(el, 'li.item'), 'the feed');
    await waitFor(() => textOf(el).includes('À relire (2)'), 'the queue tab');
    const shown = textOf(el);
    expect(shown).to.include('Tous les thèmes');
    expect(shown).to.include('Suggérer un lien');
    expect(shown).to.include('Partagée par 9 collègues');
    expect(shown).not.to.include('Show more');
  });
});
