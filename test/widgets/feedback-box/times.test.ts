import { expect } from '@open-wc/testing';
import '../../../src/i18n/fr.feedback.js';
import { NADIA, answerAs, boxEl, buttonNamed, deepQueryAll, fillValid, quiet, sentAndKept, tab, textOf, waitFor } from './helpers.js';

/*
 * An anonymous sender's times are stored rounded down to the hour: the box never shows them finer
 * ("9 minutes ago" for a time that is only 10:00), so it says "earlier this hour", "today",
 * "yesterday", then the date. A recipient's answer keeps its exact time.
 */

const at = (iso: string) => Date.parse(iso);
const messages = (el: Element) => deepQueryAll(el, '.message').map((m) => textOf(m));

describe('<chorus-feedback-box> coarse times', () => {
  it('shows the sender’s hour-rounded times as "earlier this hour", then "yesterday"; answers to the minute', async () => {
    const clock = { at: at('2026-03-10T10:02:00Z') };
    const adapter = quiet({ now: () => clock.at });
    const sent = await sentAndKept(adapter, { categoryId: 'ideas', message: 'Could we try a four-day week in August?' });
    clock.at = at('2026-03-10T10:05:00Z');
    await answerAs(adapter, sent.thread.id, 'We are looking into it with the leadership team.');
    clock.at = at('2026-03-10T10:09:00Z');
    const el = await boxEl(adapter, { view: 'conversations' });
    el.now = () => clock.at;
    await waitFor(() => !!buttonNamed(el, /^Ideas/), textOf(el));
    buttonNamed(el, /^Ideas/)!.click();
    await waitFor(() => messages(el).length === 2, textOf(el));

    expect(textOf(el)).to.include('Sent earlier this hour');
    expect(messages(el)[0]).to.include('earlier this hour');
    expect(messages(el)[0]).not.to.match(/minutes? ago/);
    expect(messages(el)[1]).to.include('4 minutes ago');

    clock.at = at('2026-03-11T10:09:00Z');
    el.now = () => clock.at;
    await el.updateComplete;
    expect(textOf(el)).to.include('Sent yesterday');
    expect(messages(el)[0]).to.include('yesterday');
  });

  it('says "earlier this hour" in the inbox, in the reader’s language', async () => {
    const clock = { at: at('2026-03-10T14:51:00Z') };
    const adapter = quiet({ now: () => clock.at, userId: NADIA });
    await adapter.feedback.sendFeedback(
      { categoryId: 'culture', score: null, message: 'The open-plan office is too loud to concentrate after lunch.' },
      { idempotencyKey: crypto.randomUUID() },
    );
    const el = await boxEl(adapter, { view: 'inbox', lang: 'fr' });
    el.now = () => clock.at;
    await waitFor(() => deepQueryAll(el, '.row-meta').length > 0, textOf(el));
    const first = textOf(deepQueryAll(el, '.row-meta')[0]!);
    expect(first).to.include('plus tôt dans l’heure');
    expect(first).not.to.match(/minute/);
    expect(tab(el, 'Boîte de réception')).to.exist;
  });

  it('tells the sender when recipients will see it, when the backend delivers after the hour', async () => {
    const clock = { at: at('2026-03-10T10:20:00Z') };
    const el = await boxEl(quiet({ now: () => clock.at, feedbackConfig: { deliverAfterHour: true } }));
    await fillValid(el);
    buttonNamed(el, 'Send anonymously')!.click();
    const eleven = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date('2026-03-10T11:00:00Z'));
    await waitFor(() => textOf(el).includes(`The recipients will see it from ${eleven}, once this hour has ended`), textOf(el));
  });

  it('says nothing of delivery when the backend delivers at once', async () => {
    const el = await boxEl(quiet());
    await fillValid(el);
    buttonNamed(el, 'Send anonymously')!.click();
    await waitFor(() => textOf(el).includes('Copy'), textOf(el));
    expect(textOf(el)).not.to.include('The recipients will see it from');
  });
});
