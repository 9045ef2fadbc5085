import { html, nothing, type TemplateResult } from 'lit';
import type { CaptionCount } from '../../core/share-card.count.js';
import type { LockedParts, ShareNetwork } from '../../core/share-card.domain.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { captionCounter, composedCaption } from '../../ui/caption.view.js';

/** The networks the preview offers, in the share card's order. */
export const PREVIEWS = ['linkedin', 'x', 'facebook', 'teams', 'email'] as const satisfies readonly ShareNetwork[];
export type PreviewNetwork = (typeof PREVIEWS)[number];

export const networkName = (t: ChorusLocalize, network: ShareNetwork): string => t.term(`post-composer.network.${network as PreviewNetwork}`);

export interface PreviewContext {
  t: ChorusLocalize;
  network: PreviewNetwork;
  pick: (network: PreviewNetwork) => void;
  /** The caption as the network will get it: the locked parts put back (composeCaption). */
  composed: string;
  locked: LockedParts;
  link: string;
  count: CaptionCount;
}

/**
 * The caption exactly as each network will share it, chosen with a segmented control (native
 * radios: arrow keys move between them), and its counter counted as that network counts.
 */
export function previewView(c: PreviewContext): TemplateResult {
  const { t } = c;
  const name = networkName(t, c.network);
  return html`<section part="preview" class="preview" aria-labelledby="preview-legend">
    <fieldset class="segments">
      <legend id="preview-legend">${t.term('post-composer.preview')}</legend>
      ${PREVIEWS.map(
        (network) =>
          html`<label class="segment">
            <input type="radio" name="preview" class="visually-hidden" value=${network} .checked=${network === c.network} @change=${() => c.pick(network)} />
            <span>${networkName(t, network)}</span>
          </label>`,
      )}
    </fieldset>
    <div class="preview-body" id="preview-body">
      <p class="caption-text" dir="auto">${composedCaption(c.composed, c.locked)}</p>
      ${c.link.trim() ? html`<p class="preview-link"><span class="hint">${t.term('post-composer.preview.link')}</span> <span dir="ltr">${c.link.trim()}</span></p>` : nothing}
      ${captionCounter(
        c.count,
        {
          used: t.term('post-composer.counter', t.number(c.count.used), t.number(c.count.limit)),
          over: t.term('post-composer.over', name, -c.count.remaining),
        },
        { id: 'preview-counter', alert: false },
      )}
    </div>
  </section>`;
}
