import { html, nothing, type TemplateResult } from 'lit';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { loadingView } from '../../ui/states.js';

/*
 * The wall's smaller views, as template functions of what they show: the loading cards, the
 * confetti after sending and the footer that pages on.
 */

/** Three ghost cards while the first page loads. */
export function wallSkeleton(t: ChorusLocalize): TemplateResult {
  const ghost = html`<div class="surface ghost-card" aria-hidden="true"><span class="bone"></span><span class="bone"></span><span class="bone"></span></div>`;
  return loadingView(t, html`${ghost}${ghost}${ghost}`);
}

const CONFETTI = ['🎉', '👏', '✨', '🙌', '🎊', '💙', '⭐'];

/** The burst after kudos are sent; each piece's place comes from the stylesheet, by position. */
export function celebrationView(on: boolean): TemplateResult | typeof nothing {
  if (!on) return nothing;
  return html`<div class="celebrate" aria-hidden="true">${CONFETTI.map((e) => html`<span>${e}</span>`)}</div>`;
}

export interface MoreFooter {
  t: ChorusLocalize;
  /** Why the last page failed, in words; empty when it did not. */
  error: string;
  done: boolean;
  loading: boolean;
  loadMore: () => void;
}

/** "Show more" (or "Retry" after a failure, the end of the wall once all is shown) and the infinite-scroll sentinel. */
export function moreFooter({ t, error, done, loading, loadMore }: MoreFooter): TemplateResult {
  const label = loading ? t.term('kudos.more.loading') : error ? t.term('common.retry') : t.term('kudos.more');
  return html`<div class="more">
    ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
    ${
      done
        ? html`<p class="muted">${t.term('kudos.end')}</p>`
        : html`<button class="secondary" part="more" aria-disabled=${loading ? 'true' : 'false'} @click=${loadMore}>${label}</button>`
    }
    <div class="sentinel" aria-hidden="true"></div>
  </div>`;
}
