import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ValidationError, type FieldError } from '../../core/errors.js';
import type { PollDraft, PollKind, PollLimits, ResultsVisibility } from '../../core/poll.js';
import { DEFAULT_POLL_LIMITS, MIN_VOTES_MAX, RESULTS_VISIBILITIES, validatePollDraft } from '../../core/poll.rules.js';
import { TOPIC_MAX } from '../../core/poll-topic.rules.js';
import { graphemeCount } from '../../core/text.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { fieldStyles } from '../../base/field.styles.js';
import { fieldsetStyles } from '../../base/fieldset.styles.js';
import { formStyles } from '../../base/form.styles.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enPoll } from '../../i18n/en.poll.js';
import { fieldErrorText } from '../../i18n/error-text.js';
import { DraftController } from '../../controllers/draft.controller.js';
import { composerStyles } from './composer.styles.js';

/** Fired by the composer when the author sends a draft that passed the local checks. */
export class PollComposerSubmitEvent extends Event {
  static readonly type = 'chorus-poll-composer-submit';
  constructor(
    readonly draft: PollDraft,
    /** The draft's send key: the same for a retry of the same draft, across reloads. */
    readonly idempotencyKey: string,
  ) {
    super(PollComposerSubmitEvent.type, { bubbles: true });
  }
}

/** The form as typed: the draft, with the description, the topic, the opening and the deadline as their inputs' strings. */
type Form = Omit<PollDraft, 'description' | 'topic' | 'opensAt' | 'closesAt'> & { description: string; topic: string; opensAt: string; closesAt: string };

/** A datetime-local value as the draft's ISO time; an unfinished one stays as typed, so the rules name it. */
function isoOf(local: string): string | null {
  if (!local) return null;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? local : at.toISOString();
}

const EMPTY: Form = {
  question: '',
  description: '',
  topic: '',
  kind: 'single',
  options: ['', ''],
  maxChoices: 2,
  allowWriteIn: false,
  moderateWriteIns: true,
  anonymous: false,
  allowChangeVote: true,
  resultsVisibility: 'live',
  minVotesForResults: 0,
  opensAt: '',
  closesAt: '',
};

const KINDS: readonly PollKind[] = ['single', 'multiple', 'enps'];

/**
 * The poll composer of `<chorus-poll>`: question, type, options, and when and to whom results
 * show. Holds the draft (in sessionStorage, so a reload or a failed send loses nothing), checks it
 * with the same rules as the backend, and shows the backend's field errors next to their fields.
 *
 * @tag chorus-poll-composer
 * @internal
 */
export class ChorusPollComposer extends ChorusElement {
  static override styles = [...ChorusElement.styles, formStyles, fieldStyles, fieldsetStyles, composerStyles];

  @property({ attribute: false }) limits: PollLimits = DEFAULT_POLL_LIMITS;
  @property({ type: Boolean }) sending = false;
  /** Where the draft is kept between reloads; unset keeps it in memory only. */
  @property({ attribute: false }) draftKey?: string;
  /** The clock the deadline is checked against. */
  @property({ attribute: false }) now: () => number = () => Date.now();
  /** A message about the last send, shown above the button. */
  @property({ attribute: false }) error = '';
  @property({ attribute: false }) fieldErrors: FieldError[] = [];
  /** The topic of the place the composer opened in (`<chorus-poll topic>`): a new draft starts with it. */
  @property({ attribute: false }) topic?: string;

  @state() private form: Form = { ...EMPTY, options: [...EMPTY.options] };

  private readonly localize = new ChorusLocalize(this, undefined, enPoll);
  private readonly drafts = new DraftController<Form>(
    this,
    () => this.draftKey,
    (saved) => {
      this.form = { ...EMPTY, ...saved, options: Array.isArray(saved.options) ? saved.options.map(String) : [...EMPTY.options] };
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic') && this.topic && !this.form.topic) this.form = { ...this.form, topic: this.topic };
  }

  /** Empties the form after the poll was created (the place's topic stays). */
  clear(): void {
    this.form = { ...EMPTY, topic: this.topic ?? '', options: [...EMPTY.options] };
    this.fieldErrors = [];
    this.error = '';
    this.drafts.clear();
  }

  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('#question')?.focus();
  }

  private edit(patch: Partial<Form>, fields: string[] = Object.keys(patch)): void {
    this.form = { ...this.form, ...patch };
    // Editing a field clears its now-stale error.
    this.fieldErrors = this.fieldErrors.filter((f) => !fields.some((name) => f.field === name || f.field.startsWith(`${name}.`)));
    this.drafts.save(this.form);
  }

  private editOption(index: number, label: string): void {
    const options = [...this.form.options];
    options[index] = label;
    this.edit({ options }, [`options.${index}`, 'options']);
  }

  private addOption(): void {
    this.edit({ options: [...this.form.options, ''] }, ['options']);
    const index = this.form.options.length - 1;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`[data-field="options.${index}"]`)?.focus());
  }

  private removeOption(index: number): void {
    const options = this.form.options.filter((_, i) => i !== index);
    // Errors name options by position, so they no longer point at the right ones.
    this.edit({ options, maxChoices: Math.min(this.form.maxChoices, Math.max(1, options.length)) }, ['options']);
    const next = Math.min(index, options.length - 1);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`[data-field="options.${next}"]`)?.focus());
  }

  private draft(): PollDraft {
    const f = this.form;
    const choice = f.kind !== 'enps';
    return {
      question: f.question,
      description: f.description.trim() || null,
      kind: f.kind,
      options: choice ? f.options : [],
      maxChoices: f.kind === 'multiple' ? f.maxChoices : 1,
      allowWriteIn: choice && f.allowWriteIn,
      moderateWriteIns: choice && f.allowWriteIn && f.moderateWriteIns,
      anonymous: f.anonymous,
      allowChangeVote: f.allowChangeVote,
      resultsVisibility: f.resultsVisibility,
      minVotesForResults: f.minVotesForResults,
      opensAt: isoOf(f.opensAt),
      closesAt: isoOf(f.closesAt),
      topic: f.topic.trim() || null,
    };
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.sending) return;
    this.error = '';
    const draft = this.draft();
    try {
      // The backend's own rules, so most mistakes are caught before a round trip.
      validatePollDraft(draft, this.limits, this.now());
      this.fieldErrors = [];
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.fieldErrors = error.fieldErrors;
      void this.updateComplete.then(() => this.focusFirstInvalid());
      return;
    }
    this.dispatchEvent(new PollComposerSubmitEvent(draft, this.drafts.sendKey(draft)));
  }

  /** After a failed create: keeps the draft's send key unless the backend refused it. */
  failed(error: unknown): void {
    this.drafts.answered(error);
  }

  /** After a refused draft, takes the user to the first field at fault. */
  focusFirstInvalid(): void {
    const first = this.fieldErrors[0]?.field;
    if (!first) return;
    const target = first === 'options' ? 'options.0' : first;
    this.renderRoot.querySelector<HTMLElement>(`[data-field="${target}"]`)?.focus();
  }

  private errorFor(field: string): string {
    const error = this.fieldErrors.find((f) => f.field === field);
    if (!error) return '';
    const t = this.localize;
    const p = error.params ?? {};
    if (field === 'question' && error.code === 'required') return t.term('poll.field.question.required');
    if (field === 'options' && error.code === 'too-few') return t.term('poll.field.options.too-few', p.min ?? this.limits.minOptions);
    if (field.startsWith('options.') && error.code === 'required') return t.term('poll.field.option.required');
    if (field.startsWith('options.') && error.code === 'duplicate') return t.term('poll.field.option.duplicate');
    if (field === 'maxChoices') return t.term('poll.field.max-choices', p.max ?? Math.max(1, this.form.options.length));
    if (field === 'minVotesForResults') return t.term('poll.field.min-votes', MIN_VOTES_MAX);
    if (field === 'topic' && error.code === 'invalid') return t.term('poll.field.topic.invalid');
    if (field === 'closesAt' && error.code === 'too-early') return t.term(this.form.opensAt ? 'poll.field.closes.before-open' : 'poll.field.closes.too-early');
    return fieldErrorText(t, error);
  }

  private fieldError(id: string, text: string) {
    return text ? html`<p class="field-error" id=${id}>${text}</p>` : nothing;
  }

  protected override render() {
    const t = this.localize;
    const f = this.form;
    const limits = this.limits;
    const questionError = this.errorFor('question');
    const questionLeft = limits.questionMax - graphemeCount(f.question.trim());
    const choice = f.kind !== 'enps';
    return html`<form aria-labelledby="heading" novalidate @submit=${this.submit}>
      <h3 id="heading">${t.term('poll.compose.heading')}</h3>

      <div class="field">
        <label for="question">${t.term('poll.compose.question')}</label>
        <textarea id="question" data-field="question" rows="2" .value=${live(f.question)}
          aria-invalid=${questionError || questionLeft < 0 ? 'true' : 'false'}
          aria-describedby="question-count${questionError ? ' question-error' : ''}"
          @input=${(e: InputEvent) => this.edit({ question: (e.target as HTMLTextAreaElement).value })}></textarea>
        <div class="under">
          ${questionError ? this.fieldError('question-error', questionError) : html`<span></span>`}
          <span id="question-count" class="count${questionLeft < 0 ? ' over' : questionLeft <= 20 ? ' near' : ''}">${t.term('common.chars-left', questionLeft)}</span>
        </div>
      </div>

      <div class="field">
        <label for="description">${t.term('poll.compose.description')} <span class="optional">(${t.term('poll.compose.optional')})</span></label>
        <textarea id="description" data-field="description" rows="2" .value=${live(f.description)}
          aria-invalid=${this.errorFor('description') ? 'true' : 'false'} aria-describedby=${this.errorFor('description') ? 'description-error' : nothing}
          @input=${(e: InputEvent) => this.edit({ description: (e.target as HTMLTextAreaElement).value })}></textarea>
        ${this.fieldError('description-error', this.errorFor('description'))}
      </div>

      <div class="field">
        <label for="topic">${t.term('poll.compose.topic')} <span class="optional">(${t.term('poll.compose.optional')})</span></label>
        <p class="hint" id="topic-hint">${t.term('poll.compose.topic.hint')}</p>
        <input id="topic" data-field="topic" dir="ltr" autocapitalize="none" spellcheck="false" maxlength=${TOPIC_MAX * 4} .value=${live(f.topic)}
          aria-invalid=${this.errorFor('topic') ? 'true' : 'false'} aria-describedby=${this.errorFor('topic') ? 'topic-hint topic-error' : 'topic-hint'}
          @input=${(e: InputEvent) => this.edit({ topic: (e.target as HTMLInputElement).value })} />
        ${this.fieldError('topic-error', this.errorFor('topic'))}
      </div>

      <fieldset class="kinds">
        <legend>${t.term('poll.compose.kind')}</legend>
        <div class="segmented">
          ${KINDS.map(
            (kind) => html`<label class="segment">
            <input type="radio" name="kind" .checked=${live(f.kind === kind)} @change=${() => this.edit({ kind }, ['kind', 'options', 'maxChoices'])} />
            <span>${t.term(`poll.compose.kind.${kind}`)}</span>
          </label>`,
          )}
        </div>
        ${f.kind === 'enps' ? html`<p class="hint">${t.term('poll.compose.kind.enps.hint')}</p>` : nothing}
      </fieldset>

      ${choice ? this.optionsFields() : nothing}

      <fieldset class="settings">
        <legend>${t.term('poll.compose.settings')}</legend>
        <div class="grid">
          <div class="field">
            <label for="visibility">${t.term('poll.compose.visibility')}</label>
            <select id="visibility" data-field="resultsVisibility"
              @change=${(e: Event) => this.edit({ resultsVisibility: (e.target as HTMLSelectElement).value as ResultsVisibility })}>
              ${RESULTS_VISIBILITIES.map((v) => html`<option value=${v} ?selected=${f.resultsVisibility === v}>${t.term(`poll.compose.visibility.${v}`)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="min-votes">${t.term('poll.compose.min-votes')}</label>
            <input id="min-votes" data-field="minVotesForResults" type="number" inputmode="numeric" min="0" max=${MIN_VOTES_MAX} step="1"
              .value=${live(String(f.minVotesForResults))} aria-invalid=${this.errorFor('minVotesForResults') ? 'true' : 'false'}
              aria-describedby=${this.errorFor('minVotesForResults') ? 'min-votes-error' : nothing}
              @input=${(e: InputEvent) => this.edit({ minVotesForResults: (e.target as HTMLInputElement).valueAsNumber })} />
            ${this.fieldError('min-votes-error', this.errorFor('minVotesForResults'))}
          </div>
          <div class="field">
            <label for="opens-at">${t.term('poll.compose.opens')} <span class="optional">(${t.term('poll.compose.optional')})</span></label>
            <p class="hint" id="opens-hint">${t.term('poll.compose.opens.hint')}</p>
            <input id="opens-at" data-field="opensAt" type="datetime-local" .value=${live(f.opensAt ?? '')}
              aria-invalid=${this.errorFor('opensAt') ? 'true' : 'false'}
              aria-describedby=${this.errorFor('opensAt') ? 'opens-hint opens-error' : 'opens-hint'}
              @input=${(e: InputEvent) => this.edit({ opensAt: (e.target as HTMLInputElement).value })} />
            ${this.fieldError('opens-error', this.errorFor('opensAt'))}
          </div>
          <div class="field">
            <label for="closes-at">${t.term('poll.compose.deadline')} <span class="optional">(${t.term('poll.compose.optional')})</span></label>
            <input id="closes-at" data-field="closesAt" type="datetime-local" .value=${live(f.closesAt)}
              aria-invalid=${this.errorFor('closesAt') ? 'true' : 'false'} aria-describedby=${this.errorFor('closesAt') ? 'closes-error' : nothing}
              @input=${(e: InputEvent) => this.edit({ closesAt: (e.target as HTMLInputElement).value })} />
            ${this.fieldError('closes-error', this.errorFor('closesAt'))}
          </div>
        </div>
        <label class="check"><input type="checkbox" .checked=${live(f.anonymous)}
          @change=${(e: Event) => this.edit({ anonymous: (e.target as HTMLInputElement).checked })} />${t.term('poll.compose.anonymous')}</label>
        <label class="check"><input type="checkbox" .checked=${live(f.allowChangeVote)}
          @change=${(e: Event) => this.edit({ allowChangeVote: (e.target as HTMLInputElement).checked })} />${t.term('poll.compose.change')}</label>
      </fieldset>

      ${this.error ? html`<p class="form-error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${this.sending ? t.term('poll.compose.creating') : t.term('poll.compose.create')}
        </button>
      </div>
    </form>`;
  }

  private optionsFields() {
    const t = this.localize;
    const f = this.form;
    const limits = this.limits;
    const listError = this.errorFor('options');
    const canRemove = f.options.length > limits.minOptions;
    return html`<fieldset class="options" aria-describedby=${listError ? 'options-error' : nothing}>
      <legend>${t.term('poll.compose.options')}</legend>
      <ol class="option-list">
        ${f.options.map((label, i) => {
          const error = this.errorFor(`options.${i}`);
          return html`<li>
            <span class="n" aria-hidden="true">${t.number(i + 1)}</span>
            <input data-field=${`options.${i}`} aria-label=${t.term('poll.compose.option', i + 1)} .value=${live(label)} maxlength=${limits.optionMax * 4}
              aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `option-error-${i}` : nothing}
              @input=${(e: InputEvent) => this.editOption(i, (e.target as HTMLInputElement).value)} />
            ${
              canRemove
                ? html`<button type="button" class="icon" aria-label=${t.term('poll.compose.option.remove', i + 1)} @click=${() => this.removeOption(i)}>
                  <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4.2 3.1L8 6.9l3.8-3.8 1.1 1.1L9.1 8l3.8 3.8-1.1 1.1L8 9.1l-3.8 3.8-1.1-1.1L6.9 8 3.1 4.2z"/></svg>
                </button>`
                : html`<span class="icon-space" aria-hidden="true"></span>`
            }
            ${error ? html`<p class="field-error" id=${`option-error-${i}`}>${error}</p>` : nothing}
          </li>`;
        })}
      </ol>
      ${this.fieldError('options-error', listError)}
      ${
        f.options.length < limits.maxOptions
          ? html`<button type="button" class="link add" @click=${() => this.addOption()}>+ ${t.term('poll.compose.option.add')}</button>`
          : nothing
      }
      ${
        f.kind === 'multiple'
          ? html`<div class="field inline">
            <label for="max-choices">${t.term('poll.compose.max-choices')}</label>
            <input id="max-choices" data-field="maxChoices" type="number" inputmode="numeric" min="1" max=${Math.max(1, f.options.length)} step="1"
              .value=${live(String(f.maxChoices))} aria-invalid=${this.errorFor('maxChoices') ? 'true' : 'false'}
              aria-describedby=${this.errorFor('maxChoices') ? 'max-choices-error' : nothing}
              @input=${(e: InputEvent) => this.edit({ maxChoices: (e.target as HTMLInputElement).valueAsNumber })} />
            ${this.fieldError('max-choices-error', this.errorFor('maxChoices'))}
          </div>`
          : nothing
      }
      <label class="check"><input type="checkbox" .checked=${live(f.allowWriteIn)}
        @change=${(e: Event) => this.edit({ allowWriteIn: (e.target as HTMLInputElement).checked })} />${t.term('poll.compose.write-in')}</label>
      ${
        f.allowWriteIn
          ? html`<label class="check nested"><input type="checkbox" .checked=${live(f.moderateWriteIns)}
            @change=${(e: Event) => this.edit({ moderateWriteIns: (e.target as HTMLInputElement).checked })} />${t.term('poll.compose.moderate')}</label>`
          : nothing
      }
    </fieldset>`;
  }
}
