import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChorusLocalize } from '../../src/i18n/localize.js';

class LocalizeProbe extends LitElement {
  localize = new ChorusLocalize(this);
  override render() {
    return html`${this.localize.term('common.loading')}`;
  }
}
customElements.define('localize-probe', LocalizeProbe);

describe('ChorusLocalize', () => {
  it('follows the nearest ancestor lang and dir', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ar-EG" dir="rtl"><localize-probe></localize-probe></div>`);
    const probe = wrap.querySelector('localize-probe') as LocalizeProbe;
    expect(probe.localize.lang()).to.equal('ar-eg');
    expect(probe.localize.dir()).to.equal('rtl');
  });

  it('lets the element’s own lang win and falls back to English text for a language without strings', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><localize-probe lang="de"></localize-probe></div>`);
    const probe = wrap.querySelector('localize-probe') as LocalizeProbe;
    expect(probe.localize.lang()).to.equal('de');
    expect(probe.shadowRoot!.textContent).to.equal('Loading…');
  });

  it('formats lists and relative times in the element’s language', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="fr"></localize-probe>`);
    expect(probe.localize.list(['Ana', 'Ben', 'Chloé'])).to.equal('Ana, Ben et Chloé');
    expect(probe.localize.ago(new Date(Date.now() - 3 * 3600_000).toISOString())).to.equal('il y a 3 heures');
  });
});

describe('plural', () => {
  it('picks forms by the language’s plural rules and formats the count', async () => {
    const { plural } = await import('../../src/i18n/plural.js');
    expect(plural('en', 1, { one: '# comment', other: '# comments' })).to.equal('1 comment');
    expect(plural('en', 1234, { one: '# comment', other: '# comments' })).to.equal('1,234 comments');
    expect(plural('en', 0, { '=0': 'Comment', one: '# comment', other: '# comments' })).to.equal('Comment');
    // Polish has "few" for 2–4 and "many" for 5+; French treats 0 and 1 as "one".
    const pl = { one: '# komentarz', few: '# komentarze', many: '# komentarzy', other: '# komentarza' };
    expect([1, 3, 5].map((n) => plural('pl', n, pl))).to.deep.equal(['1 komentarz', '3 komentarze', '5 komentarzy']);
    expect(plural('fr', 0, { one: '# commentaire', other: '# commentaires' })).to.equal('0 commentaire');
  });
});
