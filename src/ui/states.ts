import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ChorusError, NotConfiguredError, UnsupportedError, isAbort } from '../core/errors.js';
import { errorText } from '../i18n/error-text.js';
import type { ChorusLocalize } from '../i18n/localize.js';

/*
 * The states every widget shares, drawn the same way (styles in states.styles.ts): loading,
 * a load error with its retry, "not available on this site", a dismissible notice, and empty.
 */

/** A message shown above a widget's content until dismissed; errors are alerts, the rest polite. */
export interface Notice {
  text: string;
  tone: 'error' | 'info';
}

/** Loading: the widget's own placeholder shapes (`bones`, hidden from screen readers) and a spoken "Loading". */
export function loadingView(t: ChorusLocalize, bones: TemplateResult, className = 'skeleton'): TemplateResult {
  return html`<div class=${className} role="status"><span class="visually-hidden">${t.term('common.loading')}</span>${bones}</div>`;
}

export interface LoadErrorOptions {
  /** What did not load ("Kudos couldn’t load."). */
  heading: string;
  retry: () => unknown;
  /** Shown while an aborted run is replaced by the next one. */
  loading: () => TemplateResult;
  /** Why, in words; defaults to the error kind's text. */
  reason?: (error: ChorusError) => string;
}

/** A failed load: why, and a retry; a missing port or backend has nothing to retry ("not available on this site"). */
export function loadErrorView(t: ChorusLocalize, error: unknown, options: LoadErrorOptions): TemplateResult {
  if (isAbort(error)) return options.loading();
  if (error instanceof UnsupportedError || error instanceof NotConfiguredError)
    return html`<div class="load-error" role="alert"><p>${errorText(t, error)}</p></div>`;
  const reason = error instanceof ChorusError ? (options.reason ?? ((e: ChorusError) => errorText(t, e)))(error) : errorText(t, null);
  return html`<div class="load-error" role="alert">
    <p><strong>${options.heading}</strong> ${reason}</p>
    <button type="button" class="secondary" @click=${() => void options.retry()}>${t.term('common.retry')}</button>
  </div>`;
}

/** A notice with its Dismiss button. */
export function noticeView(t: ChorusLocalize, notice: Notice | null, dismiss: () => void): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return html`<div class="notice ${notice.tone}" role=${notice.tone === 'error' ? 'alert' : 'status'}>
    <span>${notice.text}</span>
    <button type="button" class="ghost" @click=${dismiss}>${t.term('common.dismiss')}</button>
  </div>`;
}

export interface EmptyOptions {
  /** A decorative emoji above the text. */
  icon?: string;
  /** The way back, after a filter left nothing ("Clear filters"). */
  action?: { label: string; run: () => void };
  part?: string;
}

/** Nothing to show: why, and the way back when there is one. */
export function emptyView(text: string, o: EmptyOptions = {}): TemplateResult {
  return html`<div class="empty" part=${ifDefined(o.part)}>
    ${o.icon ? html`<p class="empty-icon emoji-glyph" aria-hidden="true">${o.icon}</p>` : nothing}
    <p>${text}</p>
    ${o.action ? html`<button type="button" class="secondary" @click=${o.action.run}>${o.action.label}</button>` : nothing}
  </div>`;
}
