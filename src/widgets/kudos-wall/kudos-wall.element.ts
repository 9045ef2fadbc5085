import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ChorusAdapter, KudosPort } from '../../adapter/port.js';
import { ChorusError, UnsupportedError, ValidationError, isAbort, isChorusError, NetworkError } from '../../core/errors.js';
import {
  ChorusErrorEvent, KudosCommentEvent, KudosCommentedEvent, KudosGiveEvent, KudosGivenEvent, KudosReactEvent,
  KudosReactedEvent, KudosReportEvent, KudosReportedEvent,
} from '../../core/events.js';
import { idempotencyKey } from '../../core/idempotency-key.js';
import type { KudosConfig, KudosFilter } from '../../core/kudos.js';
import type { KudosLiveEvent } from '../../core/live.js';
import type { CurrentUser, Person, Team } from '../../core/people.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { AdapterController } from '../../controllers/adapter.controller.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { DraftController } from '../../controllers/draft.controller.js';
import { LiveController } from '../../controllers/live.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enKudos } from '../../i18n/en.kudos.js';
import { errorText, fieldErrorText } from '../../i18n/error-text.js';
import { ComposerSubmitEvent, type ChorusKudosComposer } from './composer.element.js';
import { kudosCard, type CardActions, type CardState } from './kudos-card.js';
import { KudosFeed, matchesFilter, withReaction, type FeedItem } from './kudos-feed.js';
import { kudosFilters } from './kudos-filters.js';
import { kudosWallStyles } from './kudos-wall.styles.js';

interface Setup {
  kudos: KudosPort;
  config: KudosConfig;
  user: CurrentUser | undefined;
  teams: Team[];
}

/** Shared by every card nobody has touched: the same object on each render, so `guard` can skip. */
const NO_CARD_STATE: CardState = Object.freeze({});

interface Notice {
  text: string;
  tone: 'error' | 'info';
}

/**
 * Peer recognition: give kudos to colleagues with a company value, react, comment, filter and
 * page through the wall. Talks to the backend only through the adapter port.
 *
 * @summary A kudos wall with composer, reactions, comments, filters and live updates.
 * @tag chorus-kudos-wall
 *
 * @fires chorus-kudos-give - Before kudos are sent (cancelable). `event.draft` holds them.
 * @fires chorus-kudos-given - After the backend accepted kudos. `event.kudos`.
 * @fires chorus-kudos-react - Before a reaction is added or removed (cancelable).
 * @fires chorus-kudos-reacted - After a reaction was saved.
 * @fires chorus-kudos-comment - Before a comment is posted (cancelable).
 * @fires chorus-kudos-commented - After a comment was posted.
 * @fires chorus-kudos-report - Before a kudos is reported (cancelable).
 * @fires chorus-kudos-reported - After a kudos was reported.
 * @fires chorus-error - When an adapter call fails: `{ operation, error }`. The wall also shows it.
 *
 * @csspart base - The wall's outer section.
 * @csspart composer - The composer's surface.
 * @csspart filters - The filter bar.
 * @csspart list - The list of kudos.
 * @csspart card - One kudos.
 * @csspart message - A kudos' message text.
 * @csspart value - A kudos' company-value badge.
 * @csspart reaction - A reaction button.
 * @csspart more - The "show more" button.
 *
 * @cssproperty --chorus-accent - Accent colour (buttons, selected values). Defaults to Fluent's brand colour.
 * @cssproperty --chorus-surface - Card background.
 * @cssproperty --chorus-surface-subtle - Wall background behind cards.
 * @cssproperty --chorus-text - Main text colour.
 * @cssproperty --chorus-text-subtle - Secondary text colour.
 * @cssproperty --chorus-border - Border colour.
 * @cssproperty --chorus-radius - Corner radius of cards.
 * @cssproperty --chorus-font-size - Base font size (the font family is inherited from the page).
 *
 * @cssstate loading - While the first page loads.
 */
export class ChorusKudosWall extends ChorusElement {
  static override styles = [...ChorusElement.styles, kudosWallStyles];

  /** Overrides the provider's (or the page's default) adapter for this wall only. */
  @property({ attribute: false }) adapter?: ChorusAdapter;

  /** Heading text; defaults to the localized "Kudos". */
  @property() heading?: string;

  /** Requires a company value on every kudos, even if the backend does not. */
  @property({ type: Boolean, attribute: 'require-value' }) requireValue = false;

  /** Kudos per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Loads the next page when the end of the list scrolls into view (the button stays as a fallback). */
  @property({ type: Boolean }) infinite = false;

  /** Hides the composer: a read-only wall. */
  @property({ type: Boolean, attribute: 'no-composer' }) noComposer = false;

  /** Hides the filter bar. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /** Shows only kudos tagged with this company value id. */
  @property({ attribute: 'filter-value' }) filterValue?: string;

  /** Shows only kudos to or from members of this team id. */
  @property({ attribute: 'filter-team' }) filterTeam?: string;

  /** Shows only kudos to or from this person id. */
  @property({ attribute: 'filter-person' }) filterPerson?: string;

  @state() private sending = false;
  @state() private loadingMore = false;
  @state() private moreError = '';
  @state() private notice: Notice | null = null;
  @state() private celebrating = false;
  @state() private cards = new Map<string, CardState>();
  @state() private personFilter: Person | null = null;
  /** Bumped every minute so "5 minutes ago" stays true. */
  @state() private clock = 0;

  @query('chorus-kudos-composer') private composer?: ChorusKudosComposer;
  @query('.sentinel') private sentinel?: HTMLElement;

  private readonly adapters = new AdapterController(this);
  private readonly localize = new ChorusLocalize(this, () => this.adapters.locale, enKudos);
  private readonly announcer = new AnnouncerController(this);
  private readonly feed = new KudosFeed();
  private readonly cardDrafts = new DraftController<{ text: string }>(this, () => this.draftKey);
  private readonly internals = this.attachInternals();
  private observer?: IntersectionObserver;
  private moreAbort?: AbortController;
  private celebrateTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    new LiveController(this, 'kudos', () => this.adapters.adapter, (event) => this.onLive(event));
  }

  /** Where the composer's and the cards' drafts are kept: per page and per wall. */
  private get draftKey(): string {
    return `chorus:kudos-draft:${location.pathname}#${this.id}`;
  }

  private get filter(): KudosFilter {
    return { valueId: this.filterValue || undefined, teamId: this.filterTeam || undefined, personId: this.filterPerson || undefined };
  }

  /** Config, user and teams: everything the wall needs before it can draw a kudos. */
  private readonly setup = new Task(this, {
    args: () => [this.adapters.adapter] as const,
    task: async ([adapter], { signal }): Promise<Setup> => {
      const knownUser = this.adapters.context?.user;
      if (!adapter) return initialState as never;
      const kudos = adapter.kudos;
      if (!kudos) throw new UnsupportedError('kudos');
      const [config, user, teams] = await Promise.all([
        kudos.getKudosConfig({ signal }),
        knownUser ?? adapter.me?.getCurrentUser({ signal }),
        adapter.people?.listTeams({ signal }) ?? [],
      ]);
      return { kudos, config, user, teams };
    },
  });

  /** The first page for the current filter; later pages append through `loadMore`. */
  private readonly firstPage = new Task(this, {
    args: () => [this.setup.value, this.filterValue, this.filterTeam, this.filterPerson, this.pageSize] as const,
    task: async ([setup], { signal }) => {
      if (!setup) return initialState as never;
      this.moreAbort?.abort();
      const page = await setup.kudos.listKudos({ filter: this.filter, limit: this.pageSize }, { signal });
      this.feed.reset();
      this.feed.appendPage(page);
      this.moreError = '';
      return this.feed;
    },
  });

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loading = this.firstPage.status !== TaskStatus.COMPLETE && this.firstPage.status !== TaskStatus.ERROR;
    if (loading) this.internals.states.add('loading');
    else this.internals.states.delete('loading');
    this.observeSentinel();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.clockTimer = setInterval(() => this.clock++, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clockTimer);
    this.observer?.disconnect();
    this.observer = undefined;
    this.moreAbort?.abort();
    clearTimeout(this.celebrateTimer);
  }

  private observeSentinel(): void {
    if (!this.infinite || !this.sentinel) {
      this.observer?.disconnect();
      return;
    }
    this.observer ??= new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void this.loadMore();
    }, { rootMargin: '200px' });
    this.observer.disconnect();
    this.observer.observe(this.sentinel);
  }

  // ---- actions -------------------------------------------------------------------------------

  private fail(operation: string, error: unknown, text?: string): string {
    const typed = isChorusError(error) ? error : new NetworkError(String(error), { cause: error });
    this.dispatchEvent(new ChorusErrorEvent(operation, typed));
    const message = text ? `${text} ${errorText(this.localize, typed)}` : errorText(this.localize, typed);
    return message;
  }

  private showNotice(notice: Notice): void {
    this.notice = notice;
    if (notice.tone === 'info') this.announcer.announce(notice.text);
  }

  private async loadMore(): Promise<void> {
    const setup = this.setup.value;
    if (!setup || this.loadingMore || this.feed.done || !this.feed.loaded) return;
    this.loadingMore = true;
    this.moreError = '';
    const abort = (this.moreAbort = new AbortController());
    try {
      const page = await setup.kudos.listKudos({ filter: this.filter, cursor: this.feed.cursor, limit: this.pageSize }, { signal: abort.signal });
      const before = this.feed.items.length;
      this.feed.appendPage(page);
      this.announcer.announce(this.localize.term('kudos.more.loaded', this.feed.items.length - before));
    } catch (error) {
      if (!isAbort(error)) this.moreError = this.fail('listKudos', error);
    } finally {
      if (this.moreAbort === abort) this.loadingMore = false;
    }
  }

  private async give(event: ComposerSubmitEvent): Promise<void> {
    const setup = this.setup.value;
    if (!setup || this.sending) return;
    const { draft, recipients } = event;
    if (!this.dispatchEvent(new KudosGiveEvent(draft))) {
      this.showNotice({ text: this.localize.term('kudos.compose.vetoed'), tone: 'info' });
      return;
    }
    const key = idempotencyKey();
    const pendingId = `pending-${key}`;
    const author = setup.user ?? { id: 'me', name: '', teamId: '', roles: [] };
    // Optimistic: the card appears at once, and only when it fits the current filter.
    const optimistic: FeedItem = {
      id: pendingId, author, recipients, message: draft.message, valueId: draft.valueId, image: draft.image,
      visibility: draft.visibility, createdAt: new Date().toISOString(), reactions: [], commentCount: 0, reportedByMe: false, pending: true,
    };
    const shown = matchesFilter(optimistic, this.filter);
    if (shown) this.feed.prepend(optimistic);
    this.sending = true;
    this.notice = null;
    if (this.composer) { this.composer.error = ''; this.composer.fieldErrors = []; }
    try {
      const kudos = await setup.kudos.giveKudos(draft, { idempotencyKey: key });
      if (shown) this.feed.replace(pendingId, kudos);
      this.composer?.clear();
      this.celebrate();
      this.announcer.announce(this.localize.term('kudos.compose.sent', this.localize.list(recipients.map((p) => p.name))));
      this.dispatchEvent(new KudosGivenEvent(kudos));
    } catch (error) {
      this.feed.remove(pendingId);
      const message = this.fail('giveKudos', error, this.localize.term('kudos.compose.failed'));
      if (this.composer) {
        this.composer.error = message;
        if (error instanceof ValidationError) {
          this.composer.fieldErrors = error.fieldErrors;
          void this.composer.updateComplete.then(() => this.composer?.focusFirstInvalid());
        }
      }
      this.announcer.announce(message);
    } finally {
      this.sending = false;
    }
  }

  private keepCardDraft(part: string, text: string | undefined): void {
    if (text) this.cardDrafts.save({ text }, part);
    else this.cardDrafts.clear(part);
  }

  private celebrate(): void {
    clearTimeout(this.celebrateTimer);
    this.celebrating = true;
    this.celebrateTimer = setTimeout(() => (this.celebrating = false), 1800);
  }

  /** A card's state; the same object until that card changes, so its `guard` skips it otherwise. */
  private cardState(id: string): CardState {
    return this.cards.get(id) ?? NO_CARD_STATE;
  }

  private readonly actions: CardActions = {
    patch: (id, patch) => {
      const next = { ...this.cardState(id), ...patch };
      // Half-typed comments and report reasons are drafts like the composer's: kept through a reload.
      if (patch.commentsOpen && next.commentDraft === undefined) next.commentDraft = this.cardDrafts.load(`comment:${id}`)?.text;
      if (patch.reportOpen && next.reportReason === undefined) next.reportReason = this.cardDrafts.load(`report:${id}`)?.text;
      if ('commentDraft' in patch) this.keepCardDraft(`comment:${id}`, patch.commentDraft);
      if ('reportReason' in patch) this.keepCardDraft(`report:${id}`, patch.reportReason);
      this.cards = new Map(this.cards).set(id, next);
    },

    react: async (kudos, emoji, active) => {
      const setup = this.setup.value;
      if (!setup?.user) return;
      if (!this.dispatchEvent(new KudosReactEvent(kudos.id, emoji, active))) return;
      const before = this.feed.get(kudos.id);
      if (!before) return;
      this.feed.replace(kudos.id, withReaction(before, emoji, active, setup.user));
      this.requestUpdate();
      try {
        const saved = await setup.kudos.setReaction(kudos.id, emoji, active);
        if (this.feed.has(kudos.id)) this.feed.replace(kudos.id, saved);
        this.requestUpdate();
        this.dispatchEvent(new KudosReactedEvent(saved, emoji, active));
      } catch (error) {
        // Roll back only our own change, keeping anything that arrived live meanwhile.
        const now = this.feed.get(kudos.id);
        if (now) this.feed.replace(kudos.id, withReaction(now, emoji, !active, setup.user));
        this.showNotice({ text: this.fail('setReaction', error, this.localize.term('kudos.reaction.failed')), tone: 'error' });
      }
    },

    toggleComments: async (kudos) => {
      const setup = this.setup.value;
      const open = !this.cardState(kudos.id).commentsOpen;
      this.actions.patch(kudos.id, { commentsOpen: open });
      if (!open || !setup) return;
      this.actions.patch(kudos.id, { commentsLoading: true, commentsError: '' });
      try {
        const comments = await setup.kudos.listComments(kudos.id);
        this.actions.patch(kudos.id, { comments, commentsLoading: false });
      } catch (error) {
        this.actions.patch(kudos.id, { commentsLoading: false, commentsError: this.fail('listComments', error) });
      }
    },

    comment: async (kudos) => {
      const setup = this.setup.value;
      const card = this.cardState(kudos.id);
      const message = (card.commentDraft ?? '').trim();
      if (!setup || card.commentSending) return;
      if (!message) {
        this.actions.patch(kudos.id, { commentError: this.localize.term('common.field.required') });
        return;
      }
      if (!this.dispatchEvent(new KudosCommentEvent(kudos.id, message))) return;
      this.actions.patch(kudos.id, { commentSending: true, commentError: '' });
      try {
        const comment = await setup.kudos.addComment(kudos.id, message, { idempotencyKey: idempotencyKey() });
        const comments = [...(this.cardState(kudos.id).comments ?? []).filter((c) => c.id !== comment.id), comment];
        this.actions.patch(kudos.id, { comments, commentDraft: '', commentSending: false });
        const current = this.feed.get(kudos.id);
        if (current) this.feed.replace(kudos.id, { ...current, commentCount: Math.max(current.commentCount, comments.length) });
        this.dispatchEvent(new KudosCommentedEvent(comment));
      } catch (error) {
        const field = error instanceof ValidationError ? error.forField('message') : undefined;
        const text = field ? fieldErrorText(this.localize, field) : this.fail('addComment', error, this.localize.term('kudos.comments.failed'));
        // The draft stays in the field: nothing typed is lost.
        this.actions.patch(kudos.id, { commentSending: false, commentError: text });
      }
    },

    report: async (kudos) => {
      const setup = this.setup.value;
      if (!setup) return;
      const reason = (this.cardState(kudos.id).reportReason ?? '').trim();
      if (!this.dispatchEvent(new KudosReportEvent(kudos.id, reason))) return;
      try {
        await setup.kudos.reportKudos(kudos.id, reason);
        const current = this.feed.get(kudos.id);
        if (current) this.feed.replace(kudos.id, { ...current, reportedByMe: true });
        this.actions.patch(kudos.id, { reportOpen: false, reportReason: '' });
        this.showNotice({ text: this.localize.term('kudos.report.done'), tone: 'info' });
        this.dispatchEvent(new KudosReportedEvent(kudos.id));
      } catch (error) {
        this.showNotice({ text: this.fail('reportKudos', error), tone: 'error' });
      }
    },

    remove: async (kudos) => {
      const setup = this.setup.value;
      if (!setup) return;
      const removed = this.feed.remove(kudos.id);
      this.actions.patch(kudos.id, { confirmDelete: false });
      try {
        await setup.kudos.deleteKudos(kudos.id);
        this.showNotice({ text: this.localize.term('kudos.delete.done'), tone: 'info' });
      } catch (error) {
        if (removed) this.feed.restore(removed);
        this.showNotice({ text: this.fail('deleteKudos', error, this.localize.term('kudos.delete.failed')), tone: 'error' });
      }
    },
  };

  private onLive(event: KudosLiveEvent): void {
    if (!this.feed.loaded) return;
    if (event.type === 'deleted') {
      this.feed.remove(event.id);
    } else if (event.type === 'updated') {
      const current = this.feed.get(event.kudos.id);
      if (current) this.feed.replace(current.id, { ...event.kudos, fresh: current.fresh });
    } else if (!this.feed.has(event.kudos.id) && matchesFilter(event.kudos, this.filter)) {
      const mine = event.kudos.author.id === this.setup.value?.user?.id;
      // Our own kudos arrive live too while the give call is still in flight; the pending card stands for it.
      if (mine && this.feed.items.some((k) => k.pending)) return;
      this.feed.prepend({ ...event.kudos, fresh: !mine });
      if (!mine) this.announcer.announce(this.localize.term('kudos.new.from', event.kudos.author.name));
    }
    this.requestUpdate();
  }

  private changeFilter(filter: KudosFilter, person?: Person | null): void {
    if (person !== undefined) this.personFilter = person;
    this.filterValue = filter.valueId;
    this.filterTeam = filter.teamId;
    this.filterPerson = filter.personId;
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render() {
    const t = this.localize;
    return html`<section part="base" aria-labelledby="heading" dir=${t.dir()} lang=${t.lang()}>
      <h2 id="heading" class="wall-heading">${this.heading ?? t.term('kudos.heading')}</h2>
      ${this.setup.render({
        initial: () => this.skeleton(),
        pending: () => this.skeleton(),
        error: (error) => this.loadError(error, () => this.setup.run()),
        complete: (setup) => this.body(setup),
      })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(setup: Setup) {
    const t = this.localize;
    return html`${this.noComposer
        ? nothing
        : html`<div class="surface composer-surface" part="composer">
            <chorus-kudos-composer .config=${setup.config} .people=${this.adapters.adapter?.people} .user=${setup.user}
              ?require-value=${this.requireValue} ?sending=${this.sending} .theme=${this.theme}
              .draftKey=${this.draftKey}
              @chorus-composer-submit=${(e: ComposerSubmitEvent) => void this.give(e)}></chorus-kudos-composer>
            ${this.celebration()}
          </div>`}
      ${this.noFilters
        ? nothing
        : kudosFilters({
            t, config: setup.config, teams: setup.teams, people: this.adapters.adapter?.people, filter: this.filter, theme: this.theme,
            person: this.personFilter, change: (f, p) => this.changeFilter(f, p),
          })}
      ${this.notice
        ? html`<div class="notice ${this.notice.tone}" role=${this.notice.tone === 'error' ? 'alert' : 'status'}>
            <span>${this.notice.text}</span>
            <button class="ghost" @click=${() => (this.notice = null)}>${t.term('common.dismiss')}</button>
          </div>`
        : nothing}
      ${this.firstPage.render({
        initial: () => this.skeleton(),
        pending: () => (this.feed.loaded ? this.list(setup) : this.skeleton()),
        error: (error) => this.loadError(error, () => this.firstPage.run()),
        complete: () => this.list(setup),
      })}`;
  }

  private list(setup: Setup) {
    const t = this.localize;
    const items = this.feed.items;
    if (!items.length) {
      const filtered = !!(this.filterValue || this.filterTeam || this.filterPerson);
      return html`<div class="empty" part="list">
        <p class="empty-icon" aria-hidden="true">🎉</p>
        <p>${filtered ? t.term('kudos.empty.filtered') : t.term('kudos.empty')}</p>
        ${filtered ? html`<button class="secondary" @click=${() => this.changeFilter({}, null)}>${t.term('kudos.filter.clear')}</button>` : nothing}
      </div>`;
    }
    const ctx = { t, config: setup.config, user: setup.user, actions: this.actions };
    const lang = t.lang();
    return html`<ul class="list" part="list" aria-label=${t.term('kudos.list.label')} aria-busy=${this.firstPage.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${repeat(items, (k) => k.id, (k) => {
          const card = this.cardState(k.id);
          // Items and card states are replaced, never mutated: an unchanged card skips rendering.
          return guard([k, card, lang, setup, this.clock], () => html`<li>${kudosCard(k, card, ctx)}</li>`);
        })}
      </ul>
      <div class="more">
        ${this.moreError
          ? html`<p class="error" role="alert">${this.moreError}</p>`
          : nothing}
        ${this.feed.done
          ? html`<p class="muted">${t.term('kudos.end')}</p>`
          : html`<button class="secondary" part="more" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${() => void this.loadMore()}>
              ${this.loadingMore ? t.term('kudos.more.loading') : this.moreError ? t.term('common.retry') : t.term('kudos.more')}
            </button>`}
        <div class="sentinel" aria-hidden="true"></div>
      </div>`;
  }

  private skeleton() {
    return html`<div class="skeleton" role="status"><span class="visually-hidden">${this.localize.term('common.loading')}</span>
      ${[0, 1, 2].map(() => html`<div class="surface ghost-card" aria-hidden="true"><span></span><span></span><span></span></div>`)}
    </div>`;
  }

  private loadError(error: unknown, retry: () => unknown) {
    const message = isAbort(error) ? '' : error instanceof ChorusError ? errorText(this.localize, error) : errorText(this.localize, null);
    return html`<div class="load-error" role="alert">
      <p><strong>${this.localize.term('kudos.load-error')}</strong> ${message}</p>
      <button class="secondary" @click=${() => void retry()}>${this.localize.term('common.retry')}</button>
    </div>`;
  }

  private celebration() {
    if (!this.celebrating) return nothing;
    return html`<div class="celebrate" aria-hidden="true">${['🎉', '👏', '✨', '🙌', '🎊', '💙', '⭐'].map((e, i) => html`<span style="--i:${i}">${e}</span>`)}</div>`;
  }
}
