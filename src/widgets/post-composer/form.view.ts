import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import { fieldView } from './field.view.js';
import type { PostForm } from './form-state.js';

export interface FormContext {
  t: ChorusLocalize;
  form: PostForm;
  heading: string;
  /** The approver's comment on a returned post. */
  returnComment: string | null;
  topics: readonly string[];
  error: (field: string) => string;
  edit: (patch: Partial<PostForm>, fields: string[]) => void;
  captions: TemplateResult;
  preview: TemplateResult;
  /** What went wrong with the last save; `retry` where trying again may help. */
  failure: { text: string; retry?: () => void } | null;
  saved: string;
  busy: boolean;
  canSubmit: boolean;
  saveLabel: string;
  save: (submit: boolean) => void;
  cancel: () => void;
}

/** The composer's form: every field labelled, its error under it, the preview, then the actions. */
export function formView(c: FormContext): TemplateResult {
  const { t, form, error, edit } = c;
  const optional = t.term('post-composer.optional');
  const busy = c.busy ? 'true' : 'false';
  return html`<form part="form" class="form" novalidate aria-labelledby="heading" @submit=${(e: Event) => (e.preventDefault(), c.save(false))}>
    <h2 id="heading" class="heading">${c.heading}</h2>
    ${
      c.returnComment
        ? html`<div class="returned">
          <p class="returned-label">${t.term('post-composer.returned')}</p>
          <p class="returned-comment" dir="auto">${c.returnComment}</p>
        </div>`
        : nothing
    }
    ${fieldView({ id: 'title', field: 'title', label: t.term('post-composer.title'), value: form.title, required: true, error: error('title'), input: (v) => edit({ title: v }, ['title']) })}
    ${fieldView({
      id: 'link',
      field: 'link.url',
      type: 'url',
      label: t.term('post-composer.link'),
      hint: t.term('post-composer.link.hint'),
      value: form.link,
      required: true,
      error: error('link.url'),
      input: (v) => edit({ link: v }, ['link.url']),
    })}
    <div class="pair">
      ${fieldView({
        id: 'image-url',
        field: 'image.url',
        type: 'url',
        label: t.term('post-composer.image'),
        optional,
        value: form.imageUrl,
        error: error('image.url'),
        input: (v) => edit({ imageUrl: v }, ['image.url', 'image.alt']),
      })}
      ${fieldView({
        id: 'image-alt',
        field: 'image.alt',
        label: t.term('post-composer.image.alt'),
        hint: t.term('post-composer.image.alt.hint'),
        value: form.imageAlt,
        required: !!form.imageUrl.trim(),
        error: error('image.alt'),
        input: (v) => edit({ imageAlt: v }, ['image.alt']),
      })}
    </div>
    ${fieldView({ id: 'topic', field: 'topic', label: t.term('post-composer.topic'), optional, value: form.topic, list: 'topics', error: error('topic'), input: (v) => edit({ topic: v }, ['topic']) })}
    <datalist id="topics">${c.topics.map((topic) => html`<option value=${topic}></option>`)}</datalist>
    ${c.captions}
    <fieldset class="group">
      <legend>${t.term('post-composer.locked')}</legend>
      <p class="hint">${t.term('post-composer.locked.hint')}</p>
      <div class="pair">
        ${fieldView({
          id: 'disclosure',
          field: 'locked.disclosure',
          label: t.term('post-composer.disclosure'),
          hint: t.term('post-composer.disclosure.hint'),
          optional,
          value: form.disclosure,
          error: error('locked.disclosure'),
          input: (v) => edit({ disclosure: v }, ['locked.disclosure']),
        })}
        ${fieldView({
          id: 'hashtags',
          field: 'locked.hashtags',
          label: t.term('post-composer.hashtags'),
          hint: t.term('post-composer.hashtags.hint'),
          optional,
          value: form.hashtags,
          error: error('locked.hashtags'),
          input: (v) => edit({ hashtags: v }, ['locked.hashtags']),
        })}
      </div>
    </fieldset>
    <label class="check">
      <input type="checkbox" .checked=${live(form.captionEditable)} @change=${(e: Event) => edit({ captionEditable: (e.target as HTMLInputElement).checked }, [])} />
      ${t.term('post-composer.editable')}
    </label>
    <fieldset class="group">
      <legend>${t.term('post-composer.schedule')} <span class="optional">(${optional})</span></legend>
      <p class="hint">${t.term('post-composer.schedule.hint')}</p>
      <div class="pair">
        ${fieldView({
          id: 'publish-at',
          field: 'publishAt',
          type: 'datetime-local',
          label: t.term('post-composer.publish-at'),
          value: form.publishAt,
          error: error('publishAt'),
          input: (v) => edit({ publishAt: v }, ['publishAt', 'expireAt']),
        })}
        ${fieldView({
          id: 'expire-at',
          field: 'expireAt',
          type: 'datetime-local',
          label: t.term('post-composer.expire-at'),
          value: form.expireAt,
          error: error('expireAt'),
          input: (v) => edit({ expireAt: v }, ['expireAt']),
        })}
      </div>
    </fieldset>
    ${c.preview}
    ${
      c.failure
        ? html`<div class="form-error failure" role="alert">
          <span>${c.failure.text}</span>
          ${c.failure.retry ? html`<button type="button" class="secondary" @click=${c.failure.retry}>${t.term('common.retry')}</button>` : nothing}
        </div>`
        : nothing
    }
    ${c.saved ? html`<p class="saved">✓ ${c.saved}</p>` : nothing}
    <div part="actions" class="actions">
      <button type="submit" class="${c.canSubmit ? 'secondary' : 'primary'} save" aria-disabled=${busy}>${c.busy ? t.term('post-composer.saving') : c.saveLabel}</button>
      ${
        c.canSubmit
          ? html`<button type="button" class="primary submit" aria-disabled=${busy} @click=${() => c.save(true)}>${t.term('post-composer.submit')}</button>`
          : nothing
      }
      <button type="button" class="ghost cancel" @click=${c.cancel}>${t.term('common.cancel')}</button>
    </div>
  </form>`;
}
