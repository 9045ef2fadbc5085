import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { PeoplePort } from '../adapter/port.js';
import { ChorusElement } from '../base/chorus-element.js';
import { AnnouncerController } from '../controllers/announcer.controller.js';
import { isAbort, UnsupportedError } from '../core/errors.js';
import type { Person } from '../core/people.js';
import { errorText } from '../i18n/error-text.js';
import { ChorusLocalize } from '../i18n/localize.js';
import { avatar, avatarStyles } from './avatar.js';
import { peoplePickerStyles } from './people-picker.styles.js';
import { formStyles } from '../base/form.styles.js';

/** How long typing must pause before we ask the port (ms). */
const DEBOUNCE_MS = 150;
/** How many people one search asks for. */
const SEARCH_LIMIT = 8;

type SearchStatus = 'idle' | 'searching' | 'done' | 'error';

/** `a b, c` → `['a', 'b', 'c']`, for the `exclude-ids` attribute. */
const idList = {
  fromAttribute: (value: string | null): string[] => (value ? value.split(/[\s,]+/).filter(Boolean) : []),
  toAttribute: (value: string[]): string => value.join(' '),
};

/**
 * A multi-select people combobox: type a name, pick colleagues from the suggestions, and remove
 * them again from the chips before the input. Follows the WAI-ARIA 1.2 combobox pattern with a
 * listbox popup (list autocomplete, manual selection), so it works with the keyboard alone and
 * with screen readers. Searching goes through a `PeoplePort`; the element never calls `fetch`.
 *
 * Keyboard: ArrowDown / ArrowUp move through the suggestions (wrapping), Enter picks the active
 * one, Escape closes the suggestions (a second Escape clears the text), Backspace in an empty
 * input removes the last person picked.
 *
 * @summary Accessible multi-select people search (combobox with chips).
 * @tag chorus-people-picker
 *
 * @fires change - The user added or removed a person; read `.value`. Not fired when the host sets `.value`.
 *
 * @csspart field - The bordered box holding the chips and the input.
 * @csspart chip - One selected person.
 * @csspart chip-remove - The remove button inside a chip.
 * @csspart input - The text input (the combobox).
 * @csspart popup - The floating surface below the field holding the suggestions and status text.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 *
 * @cssproperty --chorus-picker-popup-z-index - Stacking order of the suggestions popup (default 10).
 * @cssproperty --chorus-picker-popup-max-height - Height after which the suggestions scroll (default 18rem).
 * @cssproperty --chorus-accent - Focus border, chips and the active suggestion derive from it.
 * @cssproperty --chorus-surface - Background of the field and the popup.
 * @cssproperty --chorus-border - Border of the field.
 * @cssproperty --chorus-radius - Corner radius of the popup (the field uses `--chorus-radius-small`).
 */
export class ChorusPeoplePicker extends ChorusElement {
  static override styles = [...ChorusElement.styles, formStyles, avatarStyles, peoplePickerStyles];

  /** Where searches go. Without it, typing shows that the feature is unavailable. */
  @property({ attribute: false }) people?: PeoplePort;

  /** The people picked, in order. Setting it from the host fires no event. */
  @property({ attribute: false }) value: Person[] = [];

  /** The most people that may be picked. */
  @property({ type: Number }) max = 10;

  /** Ids never offered, e.g. the current user's own. Attribute: ids separated by spaces or commas. */
  @property({ attribute: 'exclude-ids', converter: idList }) excludeIds: string[] = [];

  /** Visible label; defaults to the localized "Search for colleagues". */
  @property() label?: string;

  /** Placeholder of the input; defaults to the localized "Type a name…". */
  @property() placeholder?: string;

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Marks the field as required for assistive technology and with a visible asterisk. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Marks the field as invalid (`aria-invalid`), e.g. after a failed form validation. */
  @property({ type: Boolean, reflect: true }) invalid = false;

  /** An error message shown below the field and linked to the input; also marks it invalid. */
  @property() error = '';

  @state() private query = '';
  @state() private results: Person[] = [];
  @state() private status: SearchStatus = 'idle';
  @state() private open = false;
  @state() private activeIndex = -1;
  @state() private searchError = '';

  @query('input') private input!: HTMLInputElement;

  private readonly localize = new ChorusLocalize(this);
  private readonly announcer = new AnnouncerController(this);
  private searchAbort?: AbortController;
  private debounce?: ReturnType<typeof setTimeout>;

  /** Focuses the text input. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Suggestions actually offered: the results minus people picked or excluded. */
  private get offers(): Person[] {
    if (this.atMax) return [];
    const hidden = new Set([...this.excludeIds, ...this.value.map((p) => p.id)]);
    return this.results.filter((p) => !hidden.has(p.id));
  }

  private get atMax(): boolean {
    return this.value.length >= this.max;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelSearch();
    // A search cut short here would otherwise say "Searching…" forever if the element is moved back in.
    if (this.status === 'searching') this.status = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled') && this.disabled) {
      this.cancelSearch();
      this.open = false;
    }
    if (this.activeIndex >= this.offers.length) this.activeIndex = -1;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  // ── searching ────────────────────────────────────────────────────────────

  private cancelSearch(): void {
    clearTimeout(this.debounce);
    this.searchAbort?.abort();
    this.searchAbort = undefined;
  }

  private onInput(): void {
    this.query = this.input.value;
    this.activeIndex = -1;
    this.cancelSearch();
    const text = this.query.trim();
    if (!text) {
      this.results = [];
      this.status = 'idle';
      this.open = false;
      return;
    }
    this.open = true;
    // At the limit the popup only says so; no need to ask the backend.
    if (this.atMax) return;
    this.status = 'searching';
    this.debounce = setTimeout(() => void this.search(text), DEBOUNCE_MS);
  }

  private async search(text: string): Promise<void> {
    const abort = (this.searchAbort = new AbortController());
    try {
      if (!this.people) throw new UnsupportedError('people');
      const found = await this.people.searchPeople(text, { signal: abort.signal, limit: SEARCH_LIMIT });
      if (abort.signal.aborted) return;
      this.results = found;
      this.status = 'done';
      this.activeIndex = -1;
      const n = this.offers.length;
      this.announcer.announce(n ? this.localize.term('people.search.results', n) : this.localize.term('people.search.none'));
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      // Keep the typed text and say what went wrong; the user can type again to retry.
      this.results = [];
      this.status = 'error';
      this.searchError = errorText(this.localize, error);
      this.announcer.announce(this.searchError);
    } finally {
      if (this.searchAbort === abort) this.searchAbort = undefined;
    }
  }

  // ── picking and removing ────────────────────────────────────────────────

  private selectPerson(person: Person): void {
    if (this.atMax || this.value.some((p) => p.id === person.id)) return;
    this.cancelSearch();
    this.value = [...this.value, person];
    this.query = '';
    this.input.value = '';
    this.results = [];
    this.status = 'idle';
    this.open = false;
    this.activeIndex = -1;
    this.input.focus();
    const added = this.localize.term('people.added', person.name);
    this.announcer.announce(this.atMax ? `${added}. ${this.localize.term('people.max', this.max)}` : added);
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private removePerson(person: Person): void {
    if (this.disabled) return;
    this.value = this.value.filter((p) => p.id !== person.id);
    this.input.focus();
    this.announcer.announce(this.localize.term('people.removed', person.name));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ── keyboard and pointer ────────────────────────────────────────────────

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const count = this.offers.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this.query.trim()) return;
        const wasOpen = this.open;
        this.open = true;
        if (event.altKey || !count) return;
        const down = event.key === 'ArrowDown';
        if (!wasOpen || this.activeIndex < 0) this.activeIndex = down ? 0 : count - 1;
        else this.activeIndex = (this.activeIndex + (down ? 1 : -1) + count) % count;
        return;
      }
      case 'Enter': {
        // Never let Enter reach a form while the user is choosing someone.
        if (this.open || this.query) event.preventDefault();
        const person = this.open ? this.offers[this.activeIndex] : undefined;
        if (person) this.selectPerson(person);
        return;
      }
      case 'Escape': {
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.open = false;
          this.activeIndex = -1;
        } else if (this.query) {
          event.preventDefault();
          event.stopPropagation();
          this.cancelSearch();
          this.query = '';
          this.input.value = '';
          this.results = [];
          this.status = 'idle';
        }
        return;
      }
      case 'Backspace': {
        const last = this.value[this.value.length - 1];
        if (!this.input.value && last) {
          event.preventDefault();
          this.removePerson(last);
        }
        return;
      }
    }
  }

  private onBlur(): void {
    this.open = false;
    this.activeIndex = -1;
  }

  /** Clicking the empty part of the field focuses the input, as with a native text field. */
  private onFieldClick(event: MouseEvent): void {
    if (event.target === event.currentTarget) this.input.focus();
  }

  /** Keeps focus in the input while the pointer picks an option, so blur does not close the popup first. */
  private onPopupPointerdown(event: PointerEvent): void {
    event.preventDefault();
  }

  // ── rendering ───────────────────────────────────────────────────────────

  private renderChip(person: Person): TemplateResult {
    return html`<li class="chip" part="chip">${avatar(person, 'sm')}<span class="chip-name">${person.name}</span
      ><button type="button" class="chip-remove" part="chip-remove" aria-label=${this.localize.term('common.remove', person.name)}
        ?disabled=${this.disabled} @click=${() => this.removePerson(person)}>
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8" /></svg>
      </button></li>`;
  }

  private renderOption(person: Person, index: number): TemplateResult {
    const active = index === this.activeIndex;
    return html`<li role="option" id="option-${index}" class="option" part="option" aria-selected=${active ? 'true' : 'false'}
      @click=${() => this.selectPerson(person)} @pointermove=${() => (this.activeIndex = index)}>${avatar(person, 'md')}<span class="option-text"
        ><span class="option-name">${person.name}</span>${person.title ? html`<span class="option-title">${person.title}</span>` : nothing}</span
      ></li>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    let text = '';
    if (this.atMax) text = this.localize.term('people.max', this.max);
    else if (this.status === 'error') text = this.searchError;
    else if (this.status === 'searching') text = this.localize.term('people.search.searching');
    else if (this.status === 'done' && !this.offers.length) text = this.localize.term('people.search.none');
    if (!text) return nothing;
    return html`<p class="popup-status ${this.status === 'error' && !this.atMax ? 'popup-status--error' : ''}">${text}</p>`;
  }

  protected override render(): TemplateResult {
    const offers = this.offers;
    const expanded = this.open && !this.disabled;
    const count = this.value.length;
    const invalid = this.invalid || !!this.error;
    const describedBy = [count ? 'selected' : '', this.atMax ? 'max' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    const active = expanded && this.activeIndex >= 0 ? `option-${this.activeIndex}` : undefined;

    return html`<label id="label" for="input" class="label">${this.label || this.localize.term('people.search.label')}${
      this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing
    }</label>
      <div class="control">
        <div class="field ${invalid ? 'field--invalid' : ''}" part="field" @click=${this.onFieldClick}>
          ${
            count
              ? html`<ul class="chips" aria-label=${this.localize.term('people.selected', count)}>
                ${repeat(
                  this.value,
                  (p) => p.id,
                  (p) => this.renderChip(p),
                )}
              </ul>`
              : nothing
          }
          <input id="input" part="input" type="text" role="combobox" autocomplete="off" spellcheck="false"
            aria-autocomplete="list" aria-controls="listbox" aria-expanded=${expanded ? 'true' : 'false'}
            aria-activedescendant=${active ?? nothing} aria-describedby=${describedBy || nothing}
            aria-required=${this.required ? 'true' : 'false'} aria-invalid=${invalid ? 'true' : 'false'}
            placeholder=${this.atMax ? '' : (this.placeholder ?? this.localize.term('people.search.placeholder'))}
            .value=${this.query} ?disabled=${this.disabled}
            @input=${this.onInput} @keydown=${this.onKeydown} @blur=${this.onBlur} />
        </div>
        <div class="popup" part="popup" ?hidden=${!expanded} @pointerdown=${this.onPopupPointerdown}>
          ${this.renderStatus()}
          <ul id="listbox" role="listbox" part="listbox" class="listbox" aria-labelledby="label" ?hidden=${!offers.length}>
            ${repeat(
              offers,
              (p) => p.id,
              (p, i) => this.renderOption(p, i),
            )}
          </ul>
        </div>
      </div>
      <span id="selected" class="visually-hidden">${count ? this.localize.term('people.selected', count) : ''}</span>
      ${this.atMax ? html`<p id="max" class="hint">${this.localize.term('people.max', this.max)}</p>` : nothing}
      ${this.error ? html`<p id="error" class="field-error">${this.error}</p>` : nothing}
      ${this.announcer.render()}`;
  }
}
