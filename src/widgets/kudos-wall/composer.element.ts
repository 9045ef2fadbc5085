import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { PeoplePort } from '../../adapter/port.js';
import type { FieldError } from '../../core/errors.js';
import type { KudosConfig, KudosDraft } from '../../core/kudos.js';
import { DATA_IMAGE_MAX_BYTES, imageUrlFault } from '../../core/image.rules.js';
import { isImageUrl } from '../../core/kudos.rules.js';
import type { CurrentUser, Person } from '../../core/people.js';
import { graphemeCount, normalizeMessage } from '../../core/text.js';
import { lengthError } from '../../core/text.rules.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { formStyles } from '../../base/form.styles.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enKudos } from '../../i18n/en.kudos.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import { DraftController } from '../../controllers/draft.controller.js';
import { ChorusPeoplePicker } from '../../ui/people-picker.element.js';
import { composerStyles } from './composer.styles.js';

/** Fired by the composer when the user sends a draft that passed the local checks. */
export class ComposerSubmitEvent extends Event {
  static readonly type = 'chorus-composer-submit';
  constructor(
    readonly draft: KudosDraft,
    readonly recipients: Person[],
    /** The draft's send key: the same for a retry of the same draft, across reloads. */
    readonly idempotencyKey: string,
  ) {
    super(ComposerSubmitEvent.type, { bubbles: true });
  }
}

interface SavedDraft {
  recipients: Person[];
  message: string;
  valueId: string | null;
  imageUrl: string;
  imageAlt: string;
  visibility: KudosDraft['visibility'];
}

/**
 * The kudos wall's composer. Holds the draft (saved in sessionStorage, so a reload or a failed send
 * loses nothing), checks it against the backend's limits before sending, and shows field errors
 * from the backend next to their fields. Internal to `<chorus-kudos-wall>`.
 *
 * @tag chorus-kudos-composer
 * @internal
 */
export class ChorusKudosComposer extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, formStyles, fieldStyles, composerStyles];
  /** @internal */
  static override dependencies = { 'chorus-people-picker': ChorusPeoplePicker };

  @property({ attribute: false }) config?: KudosConfig;
  @property({ attribute: false }) people?: PeoplePort;
  @property({ attribute: false }) user?: CurrentUser;
  @property({ type: Boolean, attribute: 'require-value' }) requireValue = false;
  @property({ type: Boolean }) sending = false;
  /** Where the draft is kept between reloads; unset keeps it in memory only. */
  @property({ attribute: false }) draftKey?: string;
  /** A message about the last send, shown above the button. */
  @property({ attribute: false }) error = '';
  @property({ attribute: false }) fieldErrors: FieldError[] = [];

  @state() private recipients: Person[] = [];
  @state() private message = '';
  @state() private valueId: string | null = null;
  @state() private imageOpen = false;
  @state() private imageUrl = '';
  @state() private imageAlt = '';
  @state() private visibility: KudosDraft['visibility'] = 'public';

  @query('chorus-people-picker') private picker?: ChorusPeoplePicker;

  private readonly localize = new ChorusLocalize(this, undefined, enKudos);
  private readonly drafts = new DraftController<SavedDraft>(
    this,
    () => this.draftKey,
    (saved) => {
      Object.assign(this, saved);
      this.imageOpen = !!(saved.imageUrl || saved.imageAlt);
    },
  );

  private get valueRequired(): boolean {
    return this.requireValue || !!this.config?.requireValue;
  }

  /** Empties the draft after a successful send. */
  clear(): void {
    this.recipients = [];
    this.message = '';
    this.valueId = null;
    this.imageUrl = '';
    this.imageAlt = '';
    this.imageOpen = false;
    this.visibility = 'public';
    this.fieldErrors = [];
    this.error = '';
    this.drafts.clear();
  }

  override focus(): void {
    this.picker?.focus();
  }

  private edit<K extends keyof SavedDraft>(key: K, value: SavedDraft[K]): void {
    (this as unknown as SavedDraft)[key] = value;
    // Editing a field clears its now-stale error.
    const field = key === 'recipients' ? 'recipientIds' : key === 'imageUrl' ? 'image.url' : key === 'imageAlt' ? 'image.alt' : key;
    this.fieldErrors = this.fieldErrors.filter((f) => f.field !== field && !(field.startsWith('image') && f.field === 'image'));
    const { recipients, message, valueId, imageUrl, imageAlt, visibility } = this;
    this.drafts.save({ recipients, message, valueId, imageUrl, imageAlt, visibility });
  }

  /** Local checks mirror the backend's, so most mistakes are caught before a round trip. */
  private check(): FieldError[] {
    const errors: FieldError[] = [];
    const config = this.config;
    if (this.recipients.length === 0) errors.push({ field: 'recipientIds', code: 'required', message: '' });
    if (config && this.recipients.length > config.maxRecipients) {
      errors.push({ field: 'recipientIds', code: 'too-many', message: '', params: { max: config.maxRecipients } });
    }
    if (this.valueRequired && !this.valueId) errors.push({ field: 'valueId', code: 'required', message: '' });
    // The backends' own length check: zero-width padding does not count, broken or stacked characters are refused.
    const messageError = lengthError('message', normalizeMessage(this.message), config?.messageMin ?? 1, config?.messageMax ?? Infinity);
    if (messageError) errors.push(messageError);
    // Where images may come from (core/image.rules.ts); the backend's list of hosts it checks itself.
    const imageFault = this.imageUrl.trim() ? imageUrlFault(this.imageUrl.trim()) : null;
    if (imageFault) errors.push({ field: 'image.url', code: imageFault, message: '' });
    if (this.imageUrl.trim() && !this.imageAlt.trim()) errors.push({ field: 'image.alt', code: 'required', message: '' });
    return errors;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.sending) return;
    this.error = '';
    this.fieldErrors = this.check();
    if (this.fieldErrors.length) {
      void this.updateComplete.then(() => this.focusFirstInvalid());
      return;
    }
    const url = this.imageUrl.trim();
    const draft: KudosDraft = {
      recipientIds: this.recipients.map((p) => p.id),
      message: normalizeMessage(this.message),
      valueId: this.valueId,
      image: url ? { url, alt: this.imageAlt.trim() } : null,
      visibility: this.visibility,
    };
    this.dispatchEvent(new ComposerSubmitEvent(draft, this.recipients, this.drafts.sendKey(draft)));
  }

  /** After a failed send: keeps the draft's send key unless the backend refused it. */
  failed(error: unknown): void {
    this.drafts.answered(error);
  }

  /** After the backend refused the draft, its field errors point the user to the first field. */
  focusFirstInvalid(): void {
    const first = this.fieldErrors[0]?.field;
    if (!first) return;
    if (first === 'recipientIds') this.picker?.focus();
    else this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  }

  private errorFor(field: string): string {
    const error = this.fieldErrors.find((f) => f.field === field || (field.startsWith('image') && f.field === 'image'));
    if (!error) return '';
    const t = this.localize;
    // Some fields have a clearer sentence than the generic one for their code.
    if (field === 'recipientIds' && error.code === 'required') return t.term('kudos.field.recipients.required');
    if (field === 'valueId' && error.code === 'required') return t.term('kudos.field.value.required');
    if (field === 'image.alt' && error.code === 'required') return t.term('kudos.field.image.alt.required');
    if (field === 'image.url' && error.code === 'invalid') return t.term('kudos.field.image.url.invalid');
    if (field === 'image.url' && error.code === 'not-allowed') return t.term('kudos.field.image.url.not-allowed');
    if (field === 'image.url' && error.code === 'too-large') return t.term('kudos.field.image.url.too-large', DATA_IMAGE_MAX_BYTES / 1024);
    return fieldErrorText(t, error);
  }

  protected override render() {
    const t = this.localize;
    const config = this.config;
    const left = config ? config.messageMax - graphemeCount(normalizeMessage(this.message)) : null;
    const messageError = this.errorFor('message');
    const valueError = this.errorFor('valueId');
    const urlError = this.errorFor('image.url');
    const altError = this.errorFor('image.alt');
    return html`<form part="composer" aria-labelledby="heading" novalidate @submit=${this.submit}>
      <h3 id="heading">${t.term('kudos.compose.heading')}</h3>
      <chorus-people-picker
        .theme=${this.theme}
        .people=${this.people}
        .value=${this.recipients}
        .excludeIds=${this.user ? [this.user.id] : []}
        .error=${this.errorFor('recipientIds')}
        max=${config?.maxRecipients ?? 10}
        label=${t.term('kudos.compose.to')}
        required
        @change=${(e: Event) => this.edit('recipients', [...(e.target as ChorusPeoplePicker).value])}
      ></chorus-people-picker>

      ${
        config?.values.length
          ? html`<fieldset class="values" role="radiogroup" aria-labelledby="value-legend" aria-describedby=${valueError ? 'value-error' : nothing} aria-required=${this.valueRequired ? 'true' : 'false'}>
            <legend id="value-legend">${t.term('kudos.compose.value')}${this.valueRequired ? html`<span aria-hidden="true"> *</span>` : html` <span class="optional">(${t.term('kudos.compose.value.optional')})</span>`}</legend>
            <div class="value-options">
              ${this.valueRequired ? nothing : this.valueOption(null, t.term('kudos.compose.value.none'))}
              ${config.values.map((v) => this.valueOption(v.id, v.label, v.emoji, v.description))}
            </div>
            ${valueError ? html`<p class="field-error" id="value-error">${valueError}</p>` : nothing}
          </fieldset>`
          : nothing
      }

      <div class="field">
        <label for="message">${t.term('kudos.compose.message')}</label>
        <p class="hint" id="message-hint">${t.term('kudos.compose.hint')}</p>
        <textarea
          id="message"
          data-field="message"
          part="message"
          rows="3"
          .value=${live(this.message)}
          placeholder=${t.term('kudos.compose.placeholder')}
          aria-invalid=${messageError || (left !== null && left < 0) ? 'true' : 'false'}
          aria-describedby="message-hint message-count${messageError ? ' message-error' : ''}"
          @input=${(e: InputEvent) => this.edit('message', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <div class="under">
          ${messageError ? html`<p class="field-error" id="message-error">${messageError}</p>` : html`<span></span>`}
          ${left === null ? nothing : html`<span id="message-count" class="count ${left < 0 ? 'over' : left <= 20 ? 'near' : ''}">${t.term('common.chars-left', left)}</span>`}
        </div>
      </div>

      ${
        this.imageOpen
          ? html`<div class="image-fields">
            <div class="field">
              <label for="image-url">${t.term('kudos.compose.image.url')}</label>
              <input id="image-url" data-field="image.url" type="url" inputmode="url" .value=${live(this.imageUrl)}
                aria-invalid=${urlError ? 'true' : 'false'} aria-describedby=${urlError ? 'url-error' : nothing}
                @input=${(e: InputEvent) => this.edit('imageUrl', (e.target as HTMLInputElement).value)} />
              ${urlError ? html`<p class="field-error" id="url-error">${urlError}</p>` : nothing}
            </div>
            <div class="field">
              <label for="image-alt">${t.term('kudos.compose.image.alt')}</label>
              <input id="image-alt" data-field="image.alt" .value=${live(this.imageAlt)} ?required=${!!this.imageUrl.trim()}
                aria-invalid=${altError ? 'true' : 'false'} aria-describedby=${altError ? 'alt-error' : nothing}
                @input=${(e: InputEvent) => this.edit('imageAlt', (e.target as HTMLInputElement).value)} />
              ${altError ? html`<p class="field-error" id="alt-error">${altError}</p>` : nothing}
            </div>
            ${isImageUrl(this.imageUrl.trim()) ? html`<img class="preview" src=${this.imageUrl.trim()} alt=${this.imageAlt} />` : nothing}
          </div>`
          : nothing
      }

      <div class="row">
        <button type="button" class="link" aria-expanded=${this.imageOpen ? 'true' : 'false'} @click=${this.toggleImage}>
          ${this.imageOpen ? t.term('kudos.compose.image.remove') : t.term('kudos.compose.image.add')}
        </button>
        <label class="check">
          <input type="checkbox" .checked=${live(this.visibility === 'private')}
            @change=${(e: Event) => this.edit('visibility', (e.target as HTMLInputElement).checked ? 'private' : 'public')} />
          ${t.term('kudos.compose.private')}
        </label>
      </div>

      ${this.error ? html`<p class="form-error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" part="send" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? t.term('kudos.compose.sending') : t.term('kudos.compose.send')}
        </button>
      </div>
    </form>`;
  }

  private valueOption(id: string | null, label: string, emoji?: string, description?: string) {
    return html`<label class="value-option" title=${ifDefined(description)}>
      <input type="radio" name="value" data-field=${id === this.config?.values[0]?.id ? 'valueId' : nothing}
        .checked=${live(this.valueId === id)} @change=${() => this.edit('valueId', id)} />
      <span>${emoji ? html`<span aria-hidden="true">${emoji}</span> ` : nothing}${label}</span>
    </label>`;
  }

  private toggleImage(): void {
    this.imageOpen = !this.imageOpen;
    if (!this.imageOpen) {
      this.edit('imageUrl', '');
      this.edit('imageAlt', '');
    } else {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#image-url')?.focus());
    }
  }
}
