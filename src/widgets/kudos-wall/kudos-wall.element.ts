import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ChorusAdapter } from '../../adapter/port.js';
import { ValidationError, isAbort } from '../../core/errors.js';
import { KudosGiveEvent, KudosGivenEvent } from '../../core/kudos.events.js';
import type { Kudos, KudosConfig, KudosFilter } from '../../core/kudos.js';
import type { KudosLiveEvent } from '../../core/live.js';
import type { Page, Person, Team } from '../../core/people.js';
import { ChorusElement } from '../../base/chorus-element.js';
import { ChorusProvider } from '../../provider/provider.element.js';
import { AnnouncerController } from '../../controllers/announcer.controller.js';
import { DraftController } from '../../controllers/draft.controller.js';
import { LiveController } from '../../controllers/live.controller.js';
import { WindowingController } from '../../controllers/windowing.controller.js';
import { WidgetController, type WidgetSetup } from '../../controllers/widget.controller.js';
import { ChorusLocalize } from '../../i18n/localize.js';
import { enKudos } from '../../i18n/en.kudos.js';
import { errorText } from '../../i18n/error-text.js';
import { emptyView, loadErrorView, noticeView, type Notice } from '../../ui/states.js';
import { KudosCards } from './card-actions.js';
import type { ComposerSubmitEvent, ChorusKudosComposer } from './composer.element.js';
import { loadOnce } from '../../base/load-once.js';
import { kudosCard } from './kudos-card.js';
import { KudosFeed, matchesFilter, pendingItem } from './kudos-feed.js';
import { kudosFilters } from './kudos-filters.js';
import { kudosWallStyles } from './kudos-wall.styles.js';
import { celebrationView, moreFooter, wallSkeleton } from './wall-views.js';

interface Loaded {
  config: KudosConfig;
  teams: Team[];
}
type Setup = WidgetSetup<'kudos', Loaded>;

/** From this many cards shown the wall renders only those in view (the virtualizer is loaded then, not before). */
const WINDOWED_FROM = 100;

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
 * @fires chorus-kudos-report - Before a kudos (or a comment on it: `commentId`) is reported (cancelable).
 * @fires chorus-kudos-reported - After a kudos (or a comment on it: `commentId`) was reported.
 * @fires chorus-error - When an adapter call fails: `{ operation, error }`. The wall also shows it.
 *
 * @csspart base - The wall's outer section.
 * @csspart composer - The composer's surface.
 * @csspart filters - The filter bar.
 * @csspart list - The list of kudos.
 * @csspart card - One kudos.
 * @csspart message - A kudos' message text.
 * @csspart value - A kudos' company-value badge.
 * @csspart hidden - On a hidden kudos, for its author and moderators: that a moderator (or enough reports) hid it, and why.
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
  /** @internal */
  // The composer and the people picker are defined when first shown (loadParts), under their own tags.
  static override dependencies = { 'chorus-provider': ChorusProvider };

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
  @state() private personFilter: Person | null = null;
  /** Bumped every minute so "5 minutes ago" stays true. */
  @state() private clock = 0;

  @query('chorus-kudos-composer') private composer?: ChorusKudosComposer;
  @query('.sentinel') private sentinel?: HTMLElement;

  /** Config, user and teams: everything the wall needs before it can draw a kudos. */
  private readonly widget: WidgetController<'kudos', Loaded> = new WidgetController(this, {
    port: 'kudos',
    load: async (kudos, { adapter, signal }) => {
      const [config, teams] = await Promise.all([kudos.getKudosConfig({ signal }), adapter.people?.listTeams({ signal }) ?? []]);
      return { config, teams };
    },
    loading: (): boolean => this.firstPage.status !== TaskStatus.COMPLETE && this.firstPage.status !== TaskStatus.ERROR,
  });
  private readonly localize = new ChorusLocalize(this, () => this.widget.locale, enKudos);
  private readonly announcer = new AnnouncerController(this);
  private readonly feed = new KudosFeed();
  /** Long walls render only the cards in view (a wall of 10,000 stays a few dozen cards in the DOM). */
  private readonly windowing = new WindowingController(this, WINDOWED_FROM);
  private readonly cards = new KudosCards({
    host: this,
    t: this.localize,
    feed: this.feed,
    drafts: new DraftController<{ text: string }>(this, () => this.draftKey),
    setup: () => this.widget.value,
    fail: (operation, error) => this.reportError(operation, error),
    notify: (notice) => this.showNotice(notice),
  });
  private observer?: IntersectionObserver;
  private moreAbort?: AbortController;
  private celebrateTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    new LiveController(
      this,
      'kudos',
      () => this.widget.adapter,
      (event) => this.onLive(event),
    );
  }

  /** Where the composer's and the cards' drafts are kept: per page and per wall (by id, else by its place among the walls without one). */
  private get draftKey(): string {
    if (this.id) return `chorus:kudos-draft:${location.pathname}#${this.id}`;
    const root = this.getRootNode() as Document | ShadowRoot;
    const place = root.querySelectorAll ? [...root.querySelectorAll(`${this.localName}:not([id])`)].indexOf(this) : 0;
    return `chorus:kudos-draft:${location.pathname}#${place > 0 ? `@${place}` : ''}`;
  }

  private get filter(): KudosFilter {
    return { valueId: this.filterValue || undefined, teamId: this.filterTeam || undefined, personId: this.filterPerson || undefined };
  }

  /** The first page for the current filter; later pages append through `loadMore`. */
  private readonly firstPage: Task<readonly [Setup | undefined, ...unknown[]], Page<Kudos>> = new Task(this, {
    args: () => [this.widget.value, this.filterValue, this.filterTeam, this.filterPerson, this.pageSize] as const,
    task: async ([setup], { signal }): Promise<Page<Kudos>> => {
      if (!setup) return initialState as never;
      this.moreAbort?.abort();
      return setup.port.listKudos({ filter: this.filter, limit: this.pageSize }, { signal });
    },
    // Only the latest run gets here: a page for a filter already changed again is dropped.
    onComplete: (page) => {
      this.feed.reset();
      this.feed.appendPage(page);
      this.moreError = '';
    },
    onError: (error) => void (isAbort(error) || this.reportError('listKudos', error)),
  });

  /** Why the composer's or the people picker's module did not load (shown with a retry), else null. */
  @state() private partsError: unknown = null;

  /** The composer and the people picker (the person filter) come from modules loaded on first use. */
  private loadParts(): void {
    const parts: Promise<unknown>[] = [];
    if (!this.noComposer) parts.push(loadOnce('kudos-composer', () => import('./composer.js')));
    if (!this.noFilters) parts.push(loadOnce('people-picker', () => import('../../ui/people-picker.js')));
    this.partsError = null;
    Promise.all(parts).catch((error: unknown) => (this.partsError = error));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('noComposer') || changed.has('noFilters')) this.loadParts();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
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
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void this.loadMore();
      },
      { rootMargin: '200px' },
    );
    this.observer.disconnect();
    this.observer.observe(this.sentinel);
  }

  // ---- actions -------------------------------------------------------------------------------

  /** Reports a failed call and says it in words, after `lead` when given. */
  private fail(operation: string, error: unknown, lead?: string): string {
    const text = errorText(this.localize, this.reportError(operation, error));
    return lead ? `${lead} ${text}` : text;
  }

  private showNotice(notice: Notice): void {
    this.notice = notice;
    if (notice.tone === 'info') this.announcer.announce(notice.text);
  }

  private async loadMore(): Promise<void> {
    const setup = this.widget.value;
    if (!setup || this.loadingMore || this.feed.done || !this.feed.loaded) return;
    this.loadingMore = true;
    this.moreError = '';
    const abort = (this.moreAbort = new AbortController());
    try {
      const page = await setup.port.listKudos({ filter: this.filter, cursor: this.feed.cursor, limit: this.pageSize }, { signal: abort.signal });
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
    const setup = this.widget.value;
    if (!setup || this.sending) return;
    const { draft, recipients } = event;
    if (!this.dispatchEvent(new KudosGiveEvent(draft))) {
      this.showNotice({ text: this.localize.term('kudos.compose.vetoed'), tone: 'info' });
      return;
    }
    const key = event.idempotencyKey;
    const pendingId = `pending-${key}`;
    // Optimistic: the card appears at once, and only when it fits the current filter.
    const optimistic = pendingItem(pendingId, draft, recipients, setup.user);
    const shown = matchesFilter(optimistic, this.filter);
    if (shown) this.feed.prepend(optimistic);
    this.sending = true;
    this.notice = null;
    if (this.composer) {
      this.composer.error = '';
      this.composer.fieldErrors = [];
    }
    try {
      const kudos = await setup.port.giveKudos(draft, { idempotencyKey: key });
      if (shown) this.feed.replace(pendingId, kudos);
      this.composer?.clear();
      this.celebrate();
      this.announcer.announce(this.localize.term('kudos.compose.sent', this.localize.list(recipients.map((p) => p.name))));
      this.dispatchEvent(new KudosGivenEvent(kudos));
    } catch (error) {
      this.feed.remove(pendingId);
      this.composer?.failed(error);
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

  private celebrate(): void {
    clearTimeout(this.celebrateTimer);
    this.celebrating = true;
    this.celebrateTimer = setTimeout(() => (this.celebrating = false), 1800);
  }

  private onLive(event: KudosLiveEvent): void {
    if (!this.feed.loaded) return;
    if (event.type === 'reset') return void this.resync();
    const shown = event.type === 'updated' ? { ...event, kudos: this.cards.withPending(event.kudos) } : event;
    const news = this.feed.applyLive(shown, this.filter, this.widget.value?.user?.id);
    if (news) this.announcer.announce(this.localize.term('kudos.new.from', news.author.name));
    if (event.type === 'updated') void this.cards.refreshComments(event.kudos.id);
    this.requestUpdate();
  }

  /**
   * Changes were missed that the backend could not replay: the first page again, keeping the
   * kudos still being sent (their answer replaces them). A failure changes nothing; the next reset
   * or a reload tries again.
   */
  private async resync(): Promise<void> {
    const setup = this.widget.value;
    const filter = this.filter;
    if (!setup) return;
    try {
      const page = await setup.port.listKudos({ filter, limit: this.pageSize });
      if (JSON.stringify(filter) !== JSON.stringify(this.filter) || this.firstPage.status === TaskStatus.PENDING) return;
      const pending = this.feed.items.filter((k) => k.pending);
      this.feed.reset();
      this.feed.appendPage({ ...page, items: page.items.map((kudos) => this.cards.withPending(kudos)) });
      for (const kudos of pending.reverse()) this.feed.prepend(kudos);
      this.requestUpdate();
    } catch {
      // Kept as shown.
    }
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
      ${this.widget.render({ loading: () => this.skeleton(), error: (e, retry) => this.loadError(e, retry), body: (setup) => this.body(setup) })}
      ${this.announcer.render()}
    </section>`;
  }

  private body(setup: Setup) {
    const t = this.localize;
    return html`${
      this.noComposer
        ? nothing
        : html`<div class="surface composer-surface" part="composer">
            ${
              this.partsError
                ? loadErrorView(t, this.partsError, {
                    heading: t.term('kudos.composer.load-error'),
                    retry: () => this.loadParts(),
                    loading: () => this.skeleton(),
                  })
                : nothing
            }
            <chorus-kudos-composer .config=${setup.config} .people=${this.widget.adapter?.people} .user=${setup.user}
              ?require-value=${this.requireValue} ?sending=${this.sending} .theme=${this.theme}
              .draftKey=${this.draftKey}
              @chorus-composer-submit=${(e: ComposerSubmitEvent) => void this.give(e)}></chorus-kudos-composer>
            ${celebrationView(this.celebrating)}
          </div>`
    }
      ${
        this.noFilters
          ? nothing
          : kudosFilters({
              t,
              config: setup.config,
              teams: setup.teams,
              people: this.widget.adapter?.people,
              filter: this.filter,
              theme: this.theme,
              person: this.personFilter,
              change: (f, p) => this.changeFilter(f, p),
            })
      }
      ${noticeView(t, this.notice, () => (this.notice = null))}
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
      return emptyView(filtered ? t.term('kudos.empty.filtered') : t.term('kudos.empty'), {
        // A celebration only for a wall with no kudos yet; an empty filter result is not news.
        icon: filtered ? undefined : '🎉',
        part: 'list',
        action: filtered ? { label: t.term('kudos.filter.clear'), run: () => this.changeFilter({}, null) } : undefined,
      });
    }
    const ctx = { t, config: setup.config, user: setup.user, actions: this.cards.actions };
    const lang = t.lang();
    const windowed = this.windowing.windowed(items.length);
    // Windowed, most cards are out of the DOM: each says where it stands ("57 of 230"; -1 while more can load).
    const size = this.feed.done ? items.length : -1;
    return html`<ul class="list ${windowed ? 'windowed' : ''}" part="list" aria-label=${t.term('kudos.list.label')} aria-busy=${this.firstPage.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${this.windowing.items(
          items,
          (k) => k.id,
          (k, i) => {
            const card = this.cards.state(k.id);
            // Items and card states are replaced, never mutated: an unchanged card skips rendering.
            return windowed
              ? guard([k, card, lang, setup, this.clock, i, size], () => html`<li aria-posinset=${i + 1} aria-setsize=${size}>${kudosCard(k, card, ctx)}</li>`)
              : guard([k, card, lang, setup, this.clock], () => html`<li>${kudosCard(k, card, ctx)}</li>`);
          },
        )}
      </ul>
      ${moreFooter({ t, error: this.moreError, done: this.feed.done, loading: this.loadingMore, loadMore: () => void this.loadMore() })}`;
  }

  private skeleton() {
    return wallSkeleton(this.localize);
  }

  private loadError(error: unknown, retry: () => unknown) {
    return loadErrorView(this.localize, error, { heading: this.localize.term('kudos.load-error'), retry, loading: () => this.skeleton() });
  }
}
