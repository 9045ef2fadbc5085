import { html, type TemplateResult } from 'lit';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { loadingView } from '../../ui/states.js';

/*
 * The box's loading states, drawn with its own styles (controls.styles.ts): the whole box's, the
 * inbox's list, and the conversations' line. The last two also stand while the module of those
 * views loads (threads.ts), so its data loading follows without a jump.
 */

export function boxLoading(t: ChorusLocalize): TemplateResult {
  return loadingView(
    t,
    html`<span class="bone tabs-bone" aria-hidden="true"></span><span class="bone line-bone" aria-hidden="true"></span>
      <span class="bone block-bone" aria-hidden="true"></span><span class="bone block-bone" aria-hidden="true"></span>`,
  );
}

export function listLoading(t: ChorusLocalize): TemplateResult {
  return loadingView(t, html`${[0, 1, 2].map(() => html`<span class="bone skeleton-row" aria-hidden="true"></span>`)}`, 'skeleton-list');
}

/** A line saying what is on its way (the conversations' list, or the conversation being opened). */
export function lineLoading(text: string): TemplateResult {
  return html`<p class="muted" role="status">${text}</p>`;
}
