import { expect, fixture, html } from '@open-wc/testing';
import type { ChorusFeedbackBox } from '../../../src/widgets/feedback-box/feedback-box.element.js';
import { NADIA, deepQuery, deepQueryAll, quiet, sentAndKept, answerAs, tab, textOf, waitFor } from './helpers.js';

/*
 * How the box looks in a side column: the tabs stay one line each (no two-line pills once the
 * Inbox tab and a "new answer" badge are there), the conversations panel does not repeat the tab's
 * heading, and the send form is compact (topics as chips, one row of moods, eNPS on one row).
 */

async function inColumn(width: number, adapter: ReturnType<typeof quiet>, view = 'send', extra: Record<string, unknown> = {}): Promise<ChorusFeedbackBox> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`width: ${width}px`}><chorus-feedback-box view=${view} lang="en" theme="light" .adapter=${adapter}></chorus-feedback-box></div>`,
  );
  const el = wrapper.querySelector('chorus-feedback-box')!;
  Object.assign(el, extra);
  await waitFor(() => !el.matches(':state(loading)') && deepQueryAll(el, '[role="tab"]').length > 0, 'box loaded');
  return el;
}

/** The most lines any shown text of a tab takes (an inline span that wraps has a rect per line). */
function linesOf(tabEl: Element): number {
  const shown = [...tabEl.querySelectorAll('span')].filter((s) => getComputedStyle(s).display !== 'none');
  return Math.max(...shown.map((s) => s.getClientRects().length));
}

describe('<chorus-feedback-box> look in a side column', () => {
  it('keeps every tab on one line at 360 px with the Inbox tab and a "new answer" badge, its name still whole', async () => {
    const adapter = quiet({ userId: NADIA });
    const sent = await sentAndKept(adapter, { categoryId: 'ideas' });
    await answerAs(adapter, sent.thread.id, 'We are looking into it.', 'p-06');
    const el = await inColumn(360, adapter, 'conversations');
    await waitFor(() => deepQueryAll(el, '[role="tab"]').length === 3 && textOf(el).includes('1 answer'), textOf(el));
    const tabs = deepQueryAll(el, '[role="tab"]');
    for (const t of tabs) expect(linesOf(t), `tab "${textOf(t)}" on one line`).to.equal(1);
    expect(new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size).to.equal(1, 'the tabs share one row');
    expect(tab(el, 'Your conversations').getAttribute('aria-label')).to.equal('Your conversations 1 new answer');
    // What is seen is part of the name (WCAG 2.5.3): "Conversations" and "1".
    expect(textOf(tab(el, 'Your conversations')).replace(/\s+/g, ' ')).to.match(/Conversations ?1/);
  });

  it('does not repeat the tab’s heading in the conversations panel', async () => {
    const el = await inColumn(360, quiet(), 'conversations');
    const panel = deepQuery(el, '[role="tabpanel"]')!;
    await waitFor(() => !textOf(panel).includes('Loading'), textOf(panel));
    expect(textOf(panel)).not.to.include('Your conversations');
  });

  it('fits a 340 px column well under 1,100 px tall: topics as chips, moods in one row', async () => {
    const el = await inColumn(340, quiet());
    const chips = deepQueryAll(el, '.category');
    expect(new Set(chips.map((c) => Math.round(c.getBoundingClientRect().top))).size).to.be.at.most(3, 'five topics on three lines at most');
    const moods = deepQueryAll(el, '.mood');
    expect(new Set(moods.map((m) => Math.round(m.getBoundingClientRect().top))).size).to.equal(1, 'the moods in one row');
    const height = el.getBoundingClientRect().height;
    expect(height, `the box is ${Math.round(height)} px tall`).to.be.below(850);
  });

  it('shows the chosen topic’s description under the chips', async () => {
    const el = await inColumn(340, quiet());
    (deepQuery(el, '#category-2') as HTMLInputElement).click();
    await el.updateComplete;
    const chosen = deepQuery(el, '.category-chosen')!;
    expect(getComputedStyle(chosen).display).not.to.equal('none');
    expect(textOf(chosen)).to.equal('How we treat each other, workload, inclusion.');
  });

  it('puts the eNPS scale on one row at 340 px', async () => {
    const el = await inColumn(340, quiet({ feedbackConfig: { scoreKind: 'enps' } }));
    const points = deepQueryAll(el, '.enps-option');
    expect(points).to.have.length(11);
    expect(new Set(points.map((p) => Math.round(p.getBoundingClientRect().top))).size).to.equal(1);
    for (const p of points) expect(p.getBoundingClientRect().width).to.be.at.least(24);
  });
});
