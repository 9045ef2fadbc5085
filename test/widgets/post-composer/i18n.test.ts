import { expect, fixture, html } from '@open-wc/testing';
import { enPostComposer } from '../../../src/i18n/en.post-composer.js';
import { dePostComposer } from '../../../src/i18n/de.post-composer.js';
import { esPostComposer } from '../../../src/i18n/es.post-composer.js';
import { frPostComposer } from '../../../src/i18n/fr.post-composer.js';
import { itPostComposer } from '../../../src/i18n/it.post-composer.js';
import type { ChorusPostComposer } from '../../../src/widgets/post-composer/post-composer.element.js';
import { buttonNamed, deepQuery, textOf, waitFor } from '../../support.js';
import { errorOf, field, memory } from './helpers.js';

/* The composer in the five languages: every string translated (brand names, "used / limit" and a few shared words aside), and shown. */

const LOCALES = { fr: frPostComposer, de: dePostComposer, it: itPostComposer, es: esPostComposer };
const SAME_EVERYWHERE = [
  'post-composer.network.linkedin',
  'post-composer.network.x',
  'post-composer.network.facebook',
  'post-composer.network.teams',
  'post-composer.counter',
];
// Words that are the same in English and that language.
const SAME_IN: Record<string, string[]> = {
  fr: ['post-composer.network.email'],
  it: ['post-composer.network.email'],
  de: ['post-composer.optional'],
  es: [],
};

describe('<chorus-post-composer> languages', () => {
  for (const [code, strings] of Object.entries(LOCALES)) {
    it(`${code}: every string differs from the English one`, () => {
      const same = Object.entries(enPostComposer).filter(([key, value]) => {
        if (SAME_EVERYWHERE.includes(key) || SAME_IN[code]!.includes(key)) return false;
        const other = (strings as Record<string, unknown>)[key];
        if (typeof value === 'function') return (other as (...a: unknown[]) => string)('LinkedIn', 2) === (value as (...a: unknown[]) => string)('LinkedIn', 2);
        return other === value;
      });
      expect(same.map(([key]) => key)).to.deep.equal([]);
    });
  }

  it('speaks German on a German page, its field errors included', async () => {
    const el = await fixture<ChorusPostComposer>(html`<chorus-post-composer lang="de" .adapter=${memory()}></chorus-post-composer>`);
    await waitFor(() => deepQuery(el, 'form'));
    expect(textOf(el)).to.include('Neuer Beitrag');
    buttonNamed(el, 'Entwurf speichern')!.click();
    await waitFor(() => errorOf(field(el, 'Titel')), 'the title error');
    expect(errorOf(field(el, 'Titel'))).to.equal('Geben Sie dem Beitrag einen Titel.');
    expect(errorOf(field(el, 'Link zum Teilen'))).to.equal('Fügen Sie den Link zum Teilen hinzu.');
  });
});
