import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ChorusAdapter } from '../../adapter/port.js';
import { ForbiddenError, isAbort, ValidationError } from '../../core/errors.js';
import type { ModerationAction, ModerationKind, ModerationState, Queue, QueueItem, QueueOrder, QueueQuery } from '../../core/moderation.js';
import { actionsFor, MODERATION_KINDS, MODERATION_STATES, QUEUE_ORDERS } from '../../core/moderation.rules.js';
import { ModeratedEvent, ModerateEvent } from '../../core/moderation.events.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { buttonStyles } from '../../base/button.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { LiveController } from '../../controllers/live.controller.js';
import { WidgetController } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enModeration } from '../../i18n/en.moderation.js';
import { errorText, fieldErrorText } from '../../i18n/error-text.js';
import { emptyView, loadErrorView, loadingView } from '../../ui/states.js';
import { moderationStyles } from './moderation.styles.js';

export type { ModerationPort } from '../../adapter/moderation.port.js';
export type { Queue, QueueItem } from '../../core/moderation.js';

const keyOf = (item: QueueItem) => `${item.ref.kind}:${item.ref.id}`;

/**
 * The moderators' queue: every reported kudos and comment as a card (what was reported, the
 * reasons given with their counts, never who gave them; its state and history), filtered by kind
 * and state, newest report or most reported first, with the actions that apply (keep, hide,
 * restore, delete), each with the reason the history keeps. A new report or another moderator's
 * decision shows without a reload. Anyone but a moderator is told the queue is not for them.
 *
 * @summary The moderation queue of reported kudos and comments.
 * @tag chorus-moderation
 *
 * @fires chorus-moderate - Before an action is sent (cancelable): `{ ref, action, reason }`.
 * @fires chorus-moderated - After the backend recorded an action: `{ item }`, its new state and history.
 * @fires chorus-error - When loading or an action fails: `{ operation, error }`. The element also shows it.
 *
 * @csspart base - The outer section.
 * @csspart filters - The kind, state and order filters.
 * @csspart list - The list of reported items.
 * @csspart item - One reported item.
 *
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-danger - Errors and the delete action.
 * @cssproperty --chorus-radius - Corner radius of the card.
 *
 * @cssstate loading - While the queue loads.
 */
export class ChorusModeration extends ChorusElement {
  static override styles = [...ChorusElement.styles, buttonStyles, fieldStyles, ...moderationStyles];
  /** @internal */
  static override dependencies = { 'chorus-provider': ChorusProvider };

  /** Overrides the provider's (or the page's default) adapter for this element only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  @state() private kind: ModerationKind | '' = '';
  @state() private stateFilter: ModerationState | '' = 'open';
  @state() private order: QueueOrder = 'newest';
  /** The queue shown once loaded; refetched on a filter change or a live event. */
  @state() private queue: Queue | null = null;
  /** The reason typed per item: kept through failures, reloads and live refreshes. */
  @state() private reasons = new Map<string, string>();
  /** An action's failure, per item. */
  @state() private failures = new Map<string, string>();
  @state() private busy = new Set<string>();

  private readonly widget: WidgetController<'moderation', { queue: Queue }> = new WidgetController(this, {
    port: 'moderation',
    load: async (port, { signal }) => ({ queue: await port.listQueue(this.query(), { signal }) }),
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enModeration);
  private readonly announcer = new AnnouncerController(this);
  /** Only the latest refetch may replace the queue. */
  private fetches = 0;

  constructor() {
    super();
    new LiveController(
      this,
      'moderation',
      () => this.widget.adapter,
      () => void this.refetch(),
    );
  }

  private query(): QueueQuery {
    return { ...(this.kind ? { kind: this.kind } : {}), ...(this.stateFilter ? { state: this.stateFilter } : {}), order: this.order };
  }

  private shown(): Queue | null {
    return this.queue ?? this.widget.value?.queue ?? null;
  }

  protected override render(): TemplateResult {
    const t = this.localize;
    return html`<section part="base" class="card" aria-labelledby="title" dir=${t.dir()} lang=${t.lang()}>
      <h2 class="title" id="title" tabindex="-1">${t.term('moderation.label')}</h2>
      ${this.widget.setup.render({
        initial: () => this.loading(),
        pending: () => (this.widget.value ? this.body() : this.loading()),
        error: (error) =>
          error instanceof ForbiddenError
            ? html`<div class="load-error forbidden" role="alert"><p>${t.term('moderation.forbidden')}</p></div>`
            : loadErrorView(t, error, { heading: t.term('moderation.load-error'), retry: () => this.widget.retry(), loading: () => this.loading() }),
        complete: () => this.body(),
      })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(): TemplateResult {
    const queue = this.shown();
    return html`${this.filters()}
      ${
        queue && queue.items.length
          ? html`<ul part="list" class="list">
              ${repeat(queue.items, keyOf, (item) => this.card(item))}
            </ul>`
          : emptyView(this.localize.term('moderation.empty'))
      }`;
  }

  private filters(): TemplateResult {
    const t = this.localize;
    const pick = (label: string, value: string, options: [string, string][], change: (value: string) => void) =>
      html`<label class="field"
        ><span class="label">${label}</span>
        <select @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select></label
      >`;
    return html`<div class="filters" part="filters">
      ${pick(
        t.term('moderation.filter.kind'),
        this.kind,
        [['', t.term('moderation.filter.all')], ...MODERATION_KINDS.map((k): [string, string] => [k, t.term(`moderation.kind.${k}`)])],
        (v) => this.refilter(() => (this.kind = v as ModerationKind | '')),
      )}
      ${pick(
        t.term('moderation.filter.state'),
        this.stateFilter,
        [['', t.term('moderation.filter.all')], ...MODERATION_STATES.map((s): [string, string] => [s, t.term(`moderation.state.${s}`)])],
        (v) => this.refilter(() => (this.stateFilter = v as ModerationState | '')),
      )}
      ${pick(
        t.term('moderation.filter.order'),
        this.order,
        QUEUE_ORDERS.map((o): [string, string] => [o, t.term(`moderation.order.${o}`)]),
        (v) => this.refilter(() => (this.order = v as QueueOrder)),
      )}
    </div>`;
  }

  private card(item: QueueItem): TemplateResult {
    const t = this.localize;
    const key = keyOf(item);
    const reasonId = `reason-${key}`;
    const failure = this.failures.get(key);
    const actions = actionsFor(item.state);
    return html`<li part="item" class="item">
      <article aria-labelledby=${`what-${key}`}>
        <p class="meta" id=${`what-${key}`}>
          <span class="badge">${t.term(`moderation.kind.${item.ref.kind}`)}</span>
          <span class="badge state-${item.state}">${t.term(`moderation.state.${item.state}`)}</span>
          <span>${t.term('moderation.reports', item.reportCount)}</span>
        </p>
        <blockquote class="text" dir="auto">${item.text}</blockquote>
        <p class="muted">
          <bdi>${t.term('moderation.by', item.author.name)}</bdi>${
            item.recipients.length ? html` · <bdi>${t.term('moderation.to', t.list(item.recipients.map((p) => p.name)))}</bdi>` : nothing
          }
          · <bdi><time datetime=${item.createdAt}>${t.ago(item.createdAt)}</time></bdi>
        </p>
        ${
          item.reasons.length
            ? html`<h3 class="sub">${t.term('moderation.reasons')}</h3>
                <ul class="reasons">
                  ${item.reasons.map(
                    (r) =>
                      html`<li><span dir="auto">${r.reason || t.term('moderation.no-reason')}</span> <span class="count">${t.term('moderation.reason-count', r.count)}</span></li>`,
                  )}
                </ul>`
            : nothing
        }
        <details class="history">
          <summary>${t.term('moderation.history', item.history.length)}</summary>
          <ol>
            ${item.history.map(
              (h) =>
                html`<li>
                  ${h.action === 'auto-hide' ? t.term('moderation.action.auto-hide') : t.term('moderation.step', t.term(`moderation.action.${h.action}`), h.moderator?.name ?? '')}
                  · <bdi><time datetime=${h.at}>${t.ago(h.at)}</time></bdi>${h.reason ? html`: <q dir="auto">${h.reason}</q>` : nothing}
                </li>`,
            )}
          </ol>
        </details>
        ${
          actions.length
            ? html`<div class="decide">
                <label class="field" for=${reasonId}><span class="label">${t.term('moderation.reason')}</span></label>
                <textarea
                  id=${reasonId}
                  rows="2"
                  maxlength="2000"
                  aria-invalid=${failure ? 'true' : 'false'}
                  aria-describedby=${failure ? `failure-${key}` : nothing}
                  .value=${this.reasons.get(key) ?? ''}
                  @input=${(e: Event) => this.setReason(key, (e.target as HTMLTextAreaElement).value)}
                ></textarea>
                ${failure ? html`<p class="error-text" id=${`failure-${key}`} role="alert">${failure}</p>` : nothing}
                <div class="actions">
                  ${actions.map(
                    (action) =>
                      html`<button type="button" class=${action === 'delete' ? 'danger' : 'secondary'} ?disabled=${this.busy.has(key)} @click=${() => void this.act(item, action)}>
                        ${t.term(`moderation.action.${action}`)}
                      </button>`,
                  )}
                </div>
              </div>`
            : nothing
        }
      </article>
    </li>`;
  }

  private setReason(key: string, value: string): void {
    this.reasons = new Map(this.reasons).set(key, value);
  }

  private refilter(change: () => void): void {
    change();
    void this.refetch();
  }

  /** The queue again as filtered (after a filter change or a live event); a failure keeps what is shown. */
  private async refetch(): Promise<void> {
    const setup = this.widget.value;
    if (!setup) return;
    const run = ++this.fetches;
    try {
      const queue = await setup.port.listQueue(this.query());
      if (run === this.fetches) this.queue = queue;
    } catch (error) {
      if (!isAbort(error) && run === this.fetches) this.reportError('listQueue', error);
    }
  }

  private async act(item: QueueItem, action: ModerationAction): Promise<void> {
    const setup = this.widget.value;
    if (!setup) return;
    const t = this.localize;
    const key = keyOf(item);
    const reason = this.reasons.get(key) ?? '';
    if (!this.dispatchEvent(new ModerateEvent(item.ref, action, reason))) return;
    this.busy = new Set(this.busy).add(key);
    const failures = new Map(this.failures);
    failures.delete(key);
    this.failures = failures;
    try {
      const done = await setup.port.moderate(item.ref, action, reason);
      const reasons = new Map(this.reasons);
      reasons.delete(key);
      this.reasons = reasons;
      this.announcer.announce(t.term('moderation.done', t.term(`moderation.action.${action}`)));
      this.dispatchEvent(new ModeratedEvent(done));
      await this.refetch();
      // A card that left the list (its state no longer matches the filter) took the focus with it.
      await this.updateComplete;
      if (!this.shadowRoot?.activeElement) this.shadowRoot?.querySelector<HTMLElement>('#title')?.focus();
    } catch (error) {
      this.reportError('moderate', error);
      const field = error instanceof ValidationError ? error.forField('reason') : undefined;
      const text = field
        ? field.code === 'required'
          ? t.term('moderation.reason-required')
          : fieldErrorText(t, field)
        : `${errorText(t, error)} ${t.term('moderation.failed')}`;
      this.failures = new Map(this.failures).set(key, text);
      this.announcer.announce(text);
      if (field) {
        await this.updateComplete;
        this.shadowRoot?.getElementById(`reason-${key}`)?.focus();
      }
    } finally {
      const busy = new Set(this.busy);
      busy.delete(key);
      this.busy = busy;
    }
  }

  private loading(): TemplateResult {
    return loadingView(this.localize, html`<span class="bone"></span><span class="bone"></span><span class="bone"></span>`);
  }
}
