import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/widgets/feedback-box/feedback-box.js';
import '../../src/widgets/poll/poll.js';
import { de } from '../../src/i18n/de.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { it as italian } from '../../src/i18n/it.js';
import { enFeedback } from '../../src/i18n/en.feedback.js';
import { enPoll } from '../../src/i18n/en.poll.js';
import { en } from '../../src/i18n/en.js';
import { waitFor } from '../support.js';

/*
 * The shipped translations, as a page uses them: importing a locale module registers it, and a
 * widget whose `lang` is that language (or a regional variant) speaks it — its own strings and
 * the shared ones, with numbers formatted for the language.
 */

const LOCALES = [fr, de, italian, es];

function adapter(userId?: string): MemoryAdapter {
  return new MemoryAdapter({ persist: false, latency: 0, ...(userId ? { userId } : {}) });
}

/** Runs of white space (non-breaking ones included, as French typography uses) as one space. */
const squash = (value: string) => value.replace(/\s+/g, ' ');
const text = (el: Element) => squash(el.shadowRoot?.textContent ?? '');

/** Words a language writes as English does (French "Conversations"), by language and key. */
const SAME_WORDS = new Set(['fr:feedback.tab.conversations.short']);

describe('translations', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  for (const locale of LOCALES) {
    it(`${locale.$name}: the feedback box speaks it, numbers included, also for a regional lang (${locale.$code}-CH)`, async () => {
      const box = await fixture<HTMLElementTagNameMap['chorus-feedback-box']>(
        html`<chorus-feedback-box lang=${`${locale.$code}-CH`} .adapter=${adapter()}></chorus-feedback-box>`,
      );
      await waitFor(() => box.shadowRoot?.querySelector('textarea'), 'the form is shown');
      const shown = text(box);
      expect(shown).to.include(squash(locale['feedback.heading']));
      expect(shown).to.include(squash(locale['feedback.send']));
      expect(shown).to.include(squash(locale['common.chars-left'](2000)), "the counter, with the language's number format");
      expect(shown).not.to.include(enFeedback['feedback.send'], 'no English left on the button');
    });

    it(`${locale.$name}: every string is translated (no key shows the English text, bar a few shared words)`, () => {
      const english = { ...enFeedback, ...enPoll };
      const same = Object.entries(english).filter(
        ([key, value]) =>
          typeof value === 'string' && value.length > 12 && !SAME_WORDS.has(`${locale.$code}:${key}`) && (locale as Record<string, unknown>)[key] === value,
      );
      expect(same.map(([key]) => key)).to.deep.equal([]);
    });
  }

  it("a poll in German says its question's status in German", async () => {
    const poll = await fixture<HTMLElementTagNameMap['chorus-poll']>(html`<chorus-poll lang="de" poll-id="poll-lunch" .adapter=${adapter()}></chorus-poll>`);
    await waitFor(() => poll.shadowRoot?.querySelector('fieldset'), 'the poll is shown');
    expect(text(poll)).to.include(squash(de['poll.vote']));
  });

  it('says "1 character", not "1 characters", in every language (plural rules, not a fixed word)', () => {
    expect(en['common.field.too-short'](1)).to.equal('Write at least 1 character.');
    expect(en['common.field.too-short'](2)).to.equal('Write at least 2 characters.');
    expect(enFeedback['feedback.message.hint'](1)).to.match(/At least 1 character\.$/);
    expect(enFeedback['feedback.inbox.hidden'](1)).to.match(/^Fewer than 1 response /);
    expect(enPoll['poll.field.options.too-few'](1)).to.equal('Give at least 1 option.');
    // German's "Zeichen" is both singular and plural; the others change the noun.
    for (const locale of [fr, italian, es]) {
      for (const key of ['common.field.too-short', 'feedback.message.hint', 'feedback.inbox.hidden', 'poll.field.options.too-few'] as const) {
        const one = locale[key](1);
        expect(one.replace('1', '2'), `${locale.$code} ${key}`).not.to.equal(locale[key](2));
      }
    }
  });
});
