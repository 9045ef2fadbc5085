import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldError } from '../../core/errors.js';
import type { FeedbackConfig } from '../../core/feedback.js';
import { graphemeCount, normalizeMessage } from '../../core/text.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import * as icon from '../../ui/icons.js';
import type { PersonalDetail } from './personal-details.js';
import { scoreScale } from './score-scale.js';
import type { SendForm } from './send-form.js';

/** Why the box is anonymous: one line, and the details for whoever wants them. */
export function anonymityNote(t: ChorusLocalize): TemplateResult {
  return html`<div class="intro" part="intro">
    <p class="intro-line">${icon.shield()}<span>${t.term('feedback.intro')}</span></p>
    <details class="how">
      <summary>${t.term('feedback.how')}</summary>
      <ul>
        <li>${t.term('feedback.how.name')}</li>
        <li>${t.term('feedback.how.device')}</li>
        <li>${t.term('feedback.how.time')}</li>
        <li>${t.term('feedback.how.token')}</li>
      </ul>
    </details>
  </div>`;
}

function fieldError(t: ChorusLocalize, errors: FieldError[], field: string): string {
  const error = errors.find((e) => e.field === field);
  if (!error) return '';
  if (field === 'categoryId') return t.term(error.code === 'required' ? 'feedback.category.required' : 'feedback.category.invalid');
  if (field === 'score') return t.term('feedback.score.invalid');
  return fieldErrorText(t, error);
}

export function detailsList(t: ChorusLocalize, found: readonly PersonalDetail[]): string {
  return t.list(
    found.map((f) =>
      f.kind === 'email'
        ? t.term('feedback.details.email', f.text)
        : f.kind === 'phone'
          ? t.term('feedback.details.phone', f.text)
          : f.kind === 'name'
            ? t.term('feedback.details.name', f.text)
            : t.term('feedback.details.colleague', f.text),
    ),
  );
}

/**
 * The chosen topic's description, shown under the compact chips of a narrow box (the wide cards
 * show every description). Hidden from assistive technology: the radio is described by its own.
 */
function chosenDescription(config: FeedbackConfig, categoryId: string): TemplateResult | typeof nothing {
  const description = config.categories.find((c) => c.id === categoryId)?.description;
  return description ? html`<p class="category-chosen" aria-hidden="true">${description}</p>` : nothing;
}

export interface SendFormActions {
  chooseScore: (score: number | null) => void;
}

export function sendFormView(form: SendForm, config: FeedbackConfig, t: ChorusLocalize, actions: SendFormActions): TemplateResult {
  const { draft, fieldErrors, sending } = form;
  const categoryError = fieldError(t, fieldErrors, 'categoryId');
  const scoreError = fieldError(t, fieldErrors, 'score');
  const messageError = fieldError(t, fieldErrors, 'message');
  const length = graphemeCount(normalizeMessage(draft.message));
  const left = config.messageMax - length;
  const found = form.findings;
  const described = ['message-hint', 'message-count', messageError ? 'message-error' : '', found.length ? 'details-note' : ''].filter(Boolean).join(' ');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void form.submit();
  };
  return html`${anonymityNote(t)}
    <form class="send-form" part="form" novalidate aria-label=${t.term('feedback.tab.send')} aria-busy=${sending ? 'true' : 'false'} @submit=${submit}>
      ${form.restored ? html`<p class="notice info restored">${t.term('feedback.draft.restored')}</p>` : nothing}
      <fieldset class="categories" ?disabled=${sending} aria-describedby=${categoryError ? 'category-error' : nothing}>
        <legend>${t.term('feedback.category')}</legend>
        <div class="category-options">
          ${config.categories.map(
            (c, i) => html`<div class="category">
            <input type="radio" name="category" id=${`category-${i}`} .value=${c.id} .checked=${live(draft.categoryId === c.id)}
              aria-invalid=${categoryError ? 'true' : 'false'} aria-describedby=${c.description ? `category-${i}-description` : nothing}
              @change=${() => form.edit({ categoryId: c.id })} />
            <span class="category-text">
              <label for=${`category-${i}`}>${c.label}</label>
              ${c.description ? html`<span class="category-description" id=${`category-${i}-description`}>${c.description}</span>` : nothing}
            </span>
          </div>`,
          )}
        </div>
        ${chosenDescription(config, draft.categoryId)}
        ${categoryError ? html`<p class="field-error" id="category-error">${categoryError}</p>` : nothing}
      </fieldset>

      ${scoreScale({ t, kind: config.scoreKind, score: draft.score, disabled: sending, error: scoreError, choose: actions.chooseScore })}

      <div class="field">
        <label for="message">${t.term('feedback.message')}</label>
        <p class="hint" id="message-hint">${t.term('feedback.message.hint', config.messageMin)}</p>
        <textarea id="message" name="message" part="message-input" rows="6" dir="auto" .value=${live(draft.message)} ?readonly=${sending}
          aria-invalid=${messageError || left < 0 ? 'true' : 'false'} aria-describedby=${described}
          @input=${(e: InputEvent) => form.edit({ message: (e.target as HTMLTextAreaElement).value })}></textarea>
        <div class="under">
          ${messageError ? html`<p class="field-error" id="message-error">${messageError}</p>` : html`<span></span>`}
          <span id="message-count" class="count ${left < 0 ? 'over' : left <= 50 ? 'near' : ''}">${t.term('common.chars-left', left)}</span>
        </div>
        ${
          found.length
            ? html`<div class="details-note" id="details-note" part="warning">
              ${icon.warning()}
              <p><strong>${t.term('feedback.details.title')}</strong> ${t.term('feedback.details.found', detailsList(t, found))}
                ${t.term('feedback.details.advice', found.length)}</p>
            </div>`
            : nothing
        }
      </div>

      ${
        form.confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${t.term('feedback.details.confirm')}</p>
            <div class="confirm-actions">
              <button type="button" class="secondary" data-action="edit" @click=${() => form.editMessage()}>${t.term('feedback.details.edit')}</button>
              <button type="button" class="secondary" data-action="anyway" @click=${() => form.sendAnyway()}>${t.term('feedback.details.send-anyway')}</button>
            </div>
          </div>`
          : nothing
      }
      ${form.formError ? html`<p class="form-error send-error" role="alert" tabindex="-1">${form.formError}</p>` : nothing}
      ${
        form.confirming
          ? nothing
          : html`<div class="actions">
            <button type="submit" class="primary" part="send" aria-disabled=${sending ? 'true' : 'false'}>
              ${sending ? t.term('feedback.sending') : t.term('feedback.send')}</button>
          </div>`
      }
    </form>`;
}
