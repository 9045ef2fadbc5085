import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Poll } from '../../core/poll.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/*
 * The choices of a single- or multiple-choice poll: native radios or checkboxes in the poll's
 * fieldset (so the question is their group's name and arrow keys work as the platform's do),
 * with an "Other" choice and its text field when the poll takes written answers.
 */

/** The id the "Other" choice has in the selection. */
export const OTHER = '__other__';

export interface BallotContext {
  t: ChorusLocalize;
  selected: ReadonlySet<string>;
  writeIn: string;
  disabled: boolean;
  invalid: boolean;
  writeInError: string;
  toggle(id: string, checked: boolean): void;
  setWriteIn(text: string): void;
}

function choice(poll: Poll, id: string, label: TemplateResult | string, ctx: BallotContext): TemplateResult {
  const multiple = poll.kind === 'multiple';
  return html`<label class="choice" part="option">
    <input type=${multiple ? 'checkbox' : 'radio'} name="choice" .value=${id} .checked=${live(ctx.selected.has(id))}
      ?disabled=${ctx.disabled} aria-invalid=${ctx.invalid ? 'true' : 'false'}
      @change=${(e: Event) => ctx.toggle(id, (e.target as HTMLInputElement).checked)} />
    <span class="choice-label">${label}</span>
  </label>`;
}

export function choices(poll: Poll, ctx: BallotContext): TemplateResult {
  const { t } = ctx;
  const other = ctx.selected.has(OTHER);
  return html`<div class="choices">
    ${poll.options.map((o) => choice(poll, o.id, html`<bdi>${o.label}</bdi>`, ctx))}
    ${
      poll.allowWriteIn
        ? html`${choice(poll, OTHER, t.term('poll.other'), ctx)}
        ${
          other
            ? html`<div class="other-field">
              <label for="write-in">${t.term('poll.other.label')}</label>
              <input id="write-in" data-field="writeIn" autocomplete="off" .value=${live(ctx.writeIn)} ?disabled=${ctx.disabled}
                aria-invalid=${ctx.writeInError ? 'true' : 'false'} aria-describedby=${ctx.writeInError ? 'write-in-error' : nothing}
                @input=${(e: InputEvent) => ctx.setWriteIn((e.target as HTMLInputElement).value)} />
              ${ctx.writeInError ? html`<p class="field-error" id="write-in-error">${ctx.writeInError}</p>` : nothing}
            </div>`
            : nothing
        }`
        : nothing
    }
  </div>`;
}
