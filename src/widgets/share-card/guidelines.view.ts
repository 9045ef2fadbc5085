import { html, nothing, type TemplateResult } from 'lit';
import type { ShareGuidelines } from '../../core/share-card.domain.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import * as icon from '../../ui/icons.js';

export interface GuidelinesContext {
  t: ChorusLocalize;
  guidelines: ShareGuidelines;
  accepting: boolean;
  /** Shown at the top of the dialog when it opened because sharing waits for acceptance. */
  required: boolean;
  open: () => void;
  close: () => void;
  accept: () => void;
}

/** Whether this person must accept the current guidelines before sharing. */
export const mustAccept = (g: ShareGuidelines | undefined): boolean => !!g && g.mustAccept && !g.acceptedByMe;

/**
 * The company's sharing guidelines one click away: a button and a modal <dialog> (focus kept
 * inside, Escape closes) with the text as plain text, and "I accept" while acceptance is due.
 */
export function guidelinesView(c: GuidelinesContext): TemplateResult {
  const { t, guidelines: g } = c;
  return html`<button type="button" part="guidelines-button" class="ghost guidelines-button" aria-haspopup="dialog" @click=${c.open}>
      ${icon.guidelines()}${t.term('share-card.guidelines')}
    </button>
    <dialog part="guidelines" class="guidelines" aria-labelledby="guidelines-title" @close=${c.close}>
      <h3 id="guidelines-title" dir="auto">${g.title || t.term('share-card.guidelines')}</h3>
      ${c.required ? html`<p class="notice">${t.term('share-card.guidelines.required')}</p>` : nothing}
      <p class="guidelines-body" dir="auto">${g.body}</p>
      <div class="dialog-actions">
        ${
          mustAccept(g)
            ? html`<button type="button" class="primary accept" aria-disabled=${c.accepting ? 'true' : 'false'} @click=${() => c.accepting || c.accept()}>
              ${t.term('share-card.guidelines.accept')}
            </button>`
            : nothing
        }
        <button type="button" class="secondary" @click=${c.close}>${t.term('common.close')}</button>
      </div>
    </dialog>`;
}
