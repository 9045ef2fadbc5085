import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { SuggestController } from './suggest.controller.js';

/*
 * "Suggest a link": a toggle and, when open, a link and a note. Field errors sit under their
 * fields (aria-describedby, aria-invalid); the confirmation is a polite status.
 */
/** The toggle that opens the form, for the feed's toolbar. */
export function suggestToggle(t: ChorusLocalize, form: SuggestController): TemplateResult {
  return html`<button type="button" class="secondary suggest-toggle" aria-expanded=${form.open ? 'true' : 'false'} aria-controls="suggest-form"
    @click=${() => form.toggle()}>${t.term('share-feed.suggest')}</button>`;
}

/** The form while open, else the confirmation of the last suggestion (if any). */
export function suggestForm(t: ChorusLocalize, form: SuggestController, submit: () => void): TemplateResult | typeof nothing {
  const { errors, sending } = form;
  if (!form.open) return form.sent ? html`<p class="notice info" role="status">${t.term('share-feed.suggest.sent')}</p>` : nothing;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!sending) submit();
  };
  return html`<form id="suggest-form" class="suggest-form" part="suggest" novalidate aria-label=${t.term('share-feed.suggest')} aria-busy=${sending ? 'true' : 'false'}
    @submit=${onSubmit}>
    <p class="hint">${t.term('share-feed.suggest.intro')}</p>
    <div class="field">
      <label for="suggest-url">${t.term('share-feed.suggest.url')}</label>
      <input id="suggest-url" name="url" type="url" inputmode="url" autocomplete="url" dir="ltr" .value=${live(form.url)} ?readonly=${sending}
        aria-invalid=${errors.url ? 'true' : 'false'} aria-describedby=${errors.url ? 'suggest-url-hint suggest-url-error' : 'suggest-url-hint'}
        @input=${(e: InputEvent) => form.edit('url', (e.target as HTMLInputElement).value)} />
      <p class="hint" id="suggest-url-hint">${t.term('share-feed.suggest.url-hint')}</p>
      ${errors.url ? html`<p class="field-error" id="suggest-url-error">${errors.url}</p>` : nothing}
    </div>
    <div class="field">
      <label for="suggest-note">${t.term('share-feed.suggest.note')} <span class="optional">${t.term('share-feed.optional')}</span></label>
      <textarea id="suggest-note" name="note" rows="3" dir="auto" .value=${live(form.note)} ?readonly=${sending}
        aria-invalid=${errors.note ? 'true' : 'false'} aria-describedby=${errors.note ? 'suggest-note-error' : nothing}
        @input=${(e: InputEvent) => form.edit('note', (e.target as HTMLTextAreaElement).value)}></textarea>
      ${errors.note ? html`<p class="field-error" id="suggest-note-error">${errors.note}</p>` : nothing}
    </div>
    ${form.formError ? html`<p class="form-error" role="alert">${form.formError}</p>` : nothing}
    <div class="actions">
      <button type="submit" class="primary" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? t.term('share-feed.suggest.sending') : t.term('share-feed.suggest.send')}</button>
      <button type="button" class="ghost" @click=${() => form.toggle()}>${t.term('common.cancel')}</button>
    </div>
  </form>`;
}
