import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { captionParts } from '../core/share-card.caption.js';
import type { CaptionCount } from '../core/share-card.count.js';
import type { LockedParts } from '../core/share-card.domain.js';

/*
 * The caption pieces the share card and the post composer both draw: the caption as it will be
 * shared, its locked parts marked, and the per-network counter with its over-the-limit warning.
 * Texts come from the caller, so each widget keeps its own strings (a language module loads one widget's).
 */

export interface CounterTexts {
  /** "used / limit", already formatted. */
  used: string;
  /** The warning shown past the limit. */
  over: string;
}

/**
 * The live counter, counted as the network counts. `alert`: the warning interrupts (the share card,
 * where it blocks the share); otherwise the caller announces the crossing politely itself.
 */
export function captionCounter(count: CaptionCount, texts: CounterTexts, options: { id?: string; alert?: boolean } = {}): TemplateResult {
  const { id = 'counter', alert = true } = options;
  return html`<p id=${id} class="counter ${count.over ? 'over' : ''}">
    <!-- "used / limit" reads the same way in a right-to-left page -->
    <span dir="ltr">${texts.used}</span>
    ${count.over ? html`<span class="warning" role=${ifDefined(alert ? 'alert' : undefined)}>⚠ ${texts.over}</span>` : nothing}
  </p>`;
}

/** The caption's text with its locked parts in bold (text bindings only: never HTML). */
export function composedCaption(composed: string, locked: LockedParts): (TemplateResult | string)[] {
  return captionParts(composed, locked).map((part) => (part.locked ? html`<strong class="locked-part">${part.text}</strong>` : part.text));
}
