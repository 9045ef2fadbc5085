import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/widgets/feedback-box/feedback-box.js';
import '../../src/widgets/poll/poll.js';
import { itPoll } from '../../src/i18n/it.poll.js';
import { itCommon } from '../../src/i18n/it.common.js';
import { enFeedback } from '../../src/i18n/en.feedback.js';
import { ChorusLocalize } from '../../src/i18n/localize.js';
import { waitFor } from '../support.js';

/*
 * A page that imports one widget's language module (here only the poll's Italian, as
 * `chorus-widgets/i18n/it.poll.js`) gets that widget and the shared strings in Italian; the other
 * widgets, whose Italian it did not import, stay in English.
 */

const squash = (value: string) => value.replace(/\s+/g, ' ');
const text = (el: Element) => squash(el.shadowRoot?.textContent ?? '');
const adapter = () => new MemoryAdapter({ persist: false, latency: 0 });

class SharedProbe extends LitElement {
  localize = new ChorusLocalize(this);
  override render() {
    return html`${this.localize.term('common.retry')}`;
  }
}
customElements.define('shared-strings-probe', SharedProbe);

describe("one widget's language module", () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('the poll speaks Italian', async () => {
    const poll = await fixture<HTMLElementTagNameMap['chorus-poll']>(html`<chorus-poll lang="it" poll-id="poll-lunch" .adapter=${adapter()}></chorus-poll>`);
    await waitFor(() => poll.shadowRoot?.querySelector('fieldset'), 'the poll is shown');
    expect(text(poll)).to.include(squash(itPoll['poll.vote']));
  });

  it('the shared strings come with it', async () => {
    const probe = await fixture<SharedProbe>(html`<shared-strings-probe lang="it"></shared-strings-probe>`);
    expect(probe.shadowRoot!.textContent).to.equal(itCommon['common.retry']);
  });

  it('the feedback box, whose Italian was not imported, stays in English', async () => {
    const box = await fixture<HTMLElementTagNameMap['chorus-feedback-box']>(html`<chorus-feedback-box lang="it" .adapter=${adapter()}></chorus-feedback-box>`);
    await waitFor(() => box.shadowRoot?.querySelector('textarea'), 'the form is shown');
    expect(text(box)).to.include(squash(enFeedback['feedback.send']));
  });
});
