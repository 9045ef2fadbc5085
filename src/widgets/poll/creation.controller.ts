import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PollPort } from '../../adapter/port.js';
import { ValidationError, type ChorusError } from '../../core/errors.js';
import { PollCreateEvent, PollCreatedEvent } from '../../core/poll.events.js';
import type { Poll, PollLimits } from '../../core/poll.js';
import { errorText } from '../../i18n/error-text.js';
import type { ChorusLocalize } from '../../i18n/localize.js';
import type { ChorusPollComposer, PollComposerSubmitEvent } from './composer.element.js';
import { copyText } from '../../ui/clipboard.js';
import { loadOnce } from '../../base/load-once.js';
import { loadErrorView } from '../../ui/states.js';
import { pollSnippet } from './snippet.js';

type Host = ReactiveControllerHost & HTMLElement & { theme?: 'light' | 'dark'; now: () => number; topic?: string };

export interface CreationOptions {
  t: ChorusLocalize;
  port(): PollPort | undefined;
  composer(): ChorusPollComposer | undefined;
  fail(operation: string, error: unknown): ChorusError;
  /** The new poll, to show at once. */
  created(poll: Poll): void;
}

/**
 * Where poll authors create polls: the composer alone when no poll is shown, or below the poll
 * behind a toggle; the create call (vetoable, field errors back to the composer); then the new
 * poll's id to copy.
 */
export class PollCreationController implements ReactiveController {
  private state: { open: boolean; creating: boolean; created: Poll | null; copied: 'done' | 'failed' | null; loadFailed: unknown } = {
    loadFailed: null,
    open: false,
    creating: false,
    created: null,
    copied: null,
  };

  constructor(
    private readonly host: Host,
    private readonly o: CreationOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(patch: Partial<PollCreationController['state']>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  private async create(event: PollComposerSubmitEvent): Promise<void> {
    const port = this.o.port();
    const composer = this.o.composer();
    if (!port || !composer || this.state.creating) return;
    const t = this.o.t;
    composer.error = '';
    composer.fieldErrors = [];
    if (!this.host.dispatchEvent(new PollCreateEvent(event.draft))) {
      composer.error = t.term('poll.compose.vetoed');
      return;
    }
    this.set({ creating: true });
    try {
      const poll = await port.createPoll(event.draft, { idempotencyKey: event.idempotencyKey });
      composer.clear();
      this.set({ open: false, created: poll, copied: null });
      this.o.created(poll);
      this.host.dispatchEvent(new PollCreatedEvent(poll));
    } catch (error) {
      composer.failed(error);
      const typed = this.o.fail('createPoll', error);
      composer.error = `${t.term('poll.compose.failed')} ${errorText(t, typed)}`;
      if (typed instanceof ValidationError) {
        composer.fieldErrors = typed.fieldErrors;
        void composer.updateComplete.then(() => composer.focusFirstInvalid());
      }
    } finally {
      this.set({ creating: false });
    }
  }

  /** The composer's module, imported when an author first opens it, so the poll's own bundle does not carry it. */
  private loadComposer(): void {
    loadOnce('poll-composer', () => import('./composer.js')).catch((error: unknown) => this.set({ loadFailed: error }));
  }

  render(limits: PollLimits, standalone: boolean): TemplateResult {
    const t = this.o.t;
    const open = standalone || this.state.open;
    if (open && !this.state.loadFailed) this.loadComposer();
    if (open && this.state.loadFailed)
      return loadErrorView(t, this.state.loadFailed, {
        heading: t.term('poll.compose.load-error'),
        retry: () => this.set({ loadFailed: null }),
        loading: () => html``,
      });
    return html`<div class="composer-surface${standalone ? '' : ' below'}" part="composer">
      ${
        standalone
          ? nothing
          : html`<button type="button" class="secondary toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="composer"
            @click=${() => this.set({ open: !this.state.open })}>${t.term('poll.compose.toggle')}</button>`
      }
      ${
        open
          ? html`<chorus-poll-composer id="composer" .theme=${this.host.theme} .limits=${limits} .now=${this.host.now} .topic=${this.host.topic} ?sending=${this.state.creating}
            .draftKey=${`chorus:poll-draft:${location.pathname}#${this.host.id}`}
            @chorus-poll-composer-submit=${(e: PollComposerSubmitEvent) => void this.create(e)}></chorus-poll-composer>`
          : nothing
      }
    </div>`;
  }

  /** "Poll created", with a ready-made snippet to copy into the page that will show it. */
  renderCreated(shownId: string | undefined): TemplateResult | typeof nothing {
    const poll = this.state.created;
    if (!poll || poll.id !== shownId) return nothing;
    const t = this.o.t;
    const snippet = pollSnippet(poll);
    const copy = async (event: Event) => {
      const field = (event.target as HTMLElement).closest('.created')?.querySelector('textarea');
      const copied = await copyText(snippet, field);
      this.set({ copied: copied ? 'done' : 'failed' });
    };
    return html`<div class="notice info created" role="status">
      <span>${t.term(poll.topic ? 'poll.compose.created.topic' : 'poll.compose.created')}</span>
      <label class="snippet-label" for="poll-snippet">${t.term('poll.compose.snippet')}</label>
      <textarea id="poll-snippet" class="snippet" readonly rows="2" dir="ltr" spellcheck="false" .value=${snippet}
        aria-describedby=${this.state.copied === 'failed' ? 'snippet-failed' : nothing}
        @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}></textarea>
      ${this.state.copied === 'failed' ? html`<p class="field-error" id="snippet-failed">${t.term('poll.compose.copy-failed')}</p>` : nothing}
      <div class="created-actions">
        <button type="button" class="secondary" @click=${copy}>${t.term(this.state.copied === 'done' ? 'poll.compose.copied' : 'poll.compose.copy')}</button>
        <button type="button" class="ghost" @click=${() => this.set({ created: null, copied: null })}>${t.term('common.dismiss')}</button>
      </div>
    </div>`;
  }
}
