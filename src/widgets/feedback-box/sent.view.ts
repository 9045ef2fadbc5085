import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeedbackReceipt } from '../../core/feedback.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import * as icon from '../../ui/icons.js';
import type { SendForm } from './send-form.js';

export interface SentActions {
  open: (receipt: FeedbackReceipt) => void;
  more: () => void;
}

/**
 * After sending: thanks, and the reply token, shown this once in a read-only field to copy. Kept
 * on the device unless the sender unchecks it. Leaving this view forgets it from the screen.
 */
export function sentView(form: SendForm, receipt: FeedbackReceipt, t: ChorusLocalize, actions: SentActions, deliverAfterHour = false): TemplateResult {
  // Held until its hour has ended: said plainly, with the time recipients get it.
  const delivered = new Date(Date.parse(receipt.thread.createdAt) + 3_600_000);
  const copy = (event: Event) => {
    const field = (event.currentTarget as HTMLElement).closest('.token-row')?.querySelector('input') ?? null;
    void form.copyToken(field);
  };
  return html`<div class="sent" part="sent">
    <h3 class="sent-title" id="sent-title" tabindex="-1">${icon.check()}<span>${t.term(form.recovered ? 'feedback.sent.recovered' : 'feedback.sent.title')}</span></h3>
    ${form.recovered ? html`<p class="recovered-note">${t.term('feedback.sent.recovered.edit')}</p>` : nothing}
    ${deliverAfterHour ? html`<p class="delivery-note">${t.term('feedback.sent.after-hour', t.date(delivered, { timeStyle: 'short' }))}</p>` : nothing}
    <p>${t.term('feedback.sent.once')}</p>
    <div class="field">
      <label for="token">${t.term('feedback.token')}</label>
      <div class="token-row">
        <input id="token" class="token" part="token" readonly spellcheck="false" autocomplete="off" dir="ltr" .value=${receipt.replyToken}
          aria-describedby="token-why" @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
        <button type="button" class="secondary copy" part="copy" @click=${copy}>
          ${form.copy === 'copied' ? icon.check() : icon.copy()}<span>${form.copy === 'copied' ? t.term('feedback.token.copied') : t.term('feedback.token.copy')}</span></button>
      </div>
      ${form.copy === 'failed' ? html`<p class="field-error">${t.term('feedback.token.copy-failed')}</p>` : nothing}
    </div>
    <p class="token-why" id="token-why">${t.term('feedback.token.why')}</p>
    <div class="keep">
      <label class="check">
        <input type="checkbox" .checked=${live(form.keep)} aria-describedby="keep-hint"
          @change=${(e: Event) => form.setKeep((e.target as HTMLInputElement).checked)} />
        <span>${t.term('feedback.token.keep')}</span>
      </label>
      <p class="hint" id="keep-hint">${t.term('feedback.token.keep.hint')}</p>
      ${form.keepFailed ? html`<p class="field-error" role="alert">${t.term('feedback.token.keep.failed')}</p>` : nothing}
    </div>
    <div class="actions">
      <button type="button" class="primary" @click=${() => actions.open(receipt)}>${t.term('feedback.sent.open')}</button>
      <button type="button" class="secondary" @click=${actions.more}>${t.term(form.recovered ? 'feedback.sent.back-to-edit' : 'feedback.sent.more')}</button>
    </div>
  </div>`;
}
