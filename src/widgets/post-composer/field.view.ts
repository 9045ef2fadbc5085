import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/*
 * One labelled field of the composer: its label (with "optional" where it is), a hint, the input
 * and its error, linked by aria-describedby and aria-invalid. `field` is the draft's path the
 * rules name in their errors (`data-field`, for the focus on the first error).
 */
export interface FieldContext {
  id: string;
  field: string;
  label: string;
  value: string;
  input: (value: string) => void;
  error: string;
  hint?: string;
  /** Shown as "(optional)" after the label. */
  optional?: string;
  type?: 'text' | 'url' | 'datetime-local';
  multiline?: boolean;
  required?: boolean;
  /** Another element describing it too (a counter). */
  describedBy?: string;
  list?: string;
}

export function fieldView(c: FieldContext): TemplateResult {
  const hintId = `${c.id}-hint`,
    errorId = `${c.id}-error`;
  const describedBy = [c.hint ? hintId : '', c.error ? errorId : '', c.describedBy ?? ''].filter(Boolean).join(' ');
  const onInput = (e: Event) => c.input((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = c.multiline
    ? html`<textarea
        id=${c.id}
        data-field=${c.field}
        rows="4"
        dir="auto"
        .value=${live(c.value)}
        aria-invalid=${c.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${c.id}
        data-field=${c.field}
        type=${c.type ?? 'text'}
        dir=${c.type === 'url' ? 'ltr' : 'auto'}
        inputmode=${c.type === 'url' ? 'url' : nothing}
        list=${ifDefined(c.list)}
        ?required=${c.required}
        .value=${live(c.value)}
        aria-invalid=${c.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${onInput}
      />`;
  return html`<div class="field">
    <label for=${c.id}>${c.label}${c.optional ? html` <span class="optional">(${c.optional})</span>` : nothing}</label>
    ${c.hint ? html`<p class="hint" id=${hintId}>${c.hint}</p>` : nothing} ${control}
    ${c.error ? html`<p class="field-error" id=${errorId}>${c.error}</p>` : nothing}
  </div>`;
}
